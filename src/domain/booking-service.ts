import { randomUUID } from 'node:crypto';
import type { Group, LessonTime } from './catalog';
import type { CatalogService } from './catalog-service';
import type { Actor, AuditLog } from './audit';
import type { Clock } from './clock';
import type { Collection } from './collection';
import { addDays, localDateOf } from './dates';
import { DomainError, groupFull, invalid, notFound } from './errors';
import type { Intake } from './intake';
import { findOneOnOne, findPlace, firstLessonDate, MAX_ALTERNATIVES, type Offer, type PlaceRequest, type PlaceSearch } from './matching';
import { overflowGroup } from './overflow';
import type { Goal } from './types';

const BY_GROUP = 'booked-group';

export type OverflowName = (goals: Goal[], session: LessonTime) => string;

/**
 * Books workers into groups. There is no waiting list: every finished sign-up ends
 * in a seat. Seats are counted from the files themselves, and the check for a free
 * seat and the claim on it happen in one synchronous step, so two workers can never
 * both get the last seat.
 */
export class BookingService {
  constructor(
    private readonly intakes: Collection<Intake>,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly overflowName: OverflowName,
    private readonly audit: AuditLog,
  ) {
    intakes.addIndex(BY_GROUP, (intake) => (intake.status === 'booked' && intake.booking ? intake.booking.groupId : ''));
  }

  seatsTaken(groupId: string): number {
    return this.intakes.countBy(BY_GROUP, groupId);
  }

  freeSeats(groupId: string): number {
    return Math.max(0, this.catalog.group(groupId).capacity - this.seatsTaken(groupId));
  }

  roster(groupId: string): Intake[] {
    return this.intakes.findBy(BY_GROUP, groupId);
  }

  findPlace(intakeId: string): PlaceSearch {
    return findPlace(this.catalog.allGroups(), (id) => this.freeSeats(id), this.requestOf(this.intake(intakeId)), this.firstPossibleDay());
  }

  /** Books a worker who has no seat yet. */
  async book(intakeId: string, groupId: string): Promise<Intake> {
    return this.claim(this.intake(intakeId), groupId, 'booked');
  }

  private async claim(intake: Intake, groupId: string, event: 'booked' | 'moved'): Promise<Intake> {
    const intakeId = intake.id;
    const group = this.catalog.group(groupId);
    const alreadyThere = intake.status === 'booked' && intake.booking?.groupId === groupId;
    if (!alreadyThere && this.freeSeats(groupId) <= 0) throw groupFull(groupId);
    const firstLesson = firstLessonDate(group, this.firstPossibleDay());
    if (!firstLesson) throw invalid(`group ${groupId} has no lessons left`);

    const now = this.clock.now().toISOString();
    await this.intakes.save({
      ...intake,
      status: 'booked',
      booking: { groupId, firstLesson, bookedAt: now },
      history: [...intake.history, { at: now, event, groupId }],
      updatedAt: now,
    });
    return this.intake(intakeId);
  }

  /**
   * Groups a booked worker could move to: those that fit their answers, with a free seat,
   * best first, the current group left out.
   */
  moveOptions(intakeId: string): Offer[] {
    const intake = this.intake(intakeId);
    const current = intake.booking?.groupId;
    const others = this.catalog.allGroups().filter((group) => group.id !== current);
    const request = { ...this.requestOf(intake), availability: { days: [], dayParts: [] } };
    const search = findPlace(others, (id) => this.freeSeats(id), request, this.firstPossibleDay());
    const fits = findPlace(others, (id) => this.freeSeats(id), this.requestOf(intake), this.firstPossibleDay());
    const offers = [fits.match, ...fits.alternatives, search.match, ...search.alternatives].filter((o): o is Offer => !!o);
    return offers.filter((offer, i) => offers.findIndex((o) => o.groupId === offer.groupId) === i).slice(0, MAX_ALTERNATIVES);
  }

  /**
   * Moves a worker to another group in one write: the old seat is given up and the new one
   * taken together, so there are never two seats and never none. The worker in the chat and
   * a coordinator move through here alike: one 'moved' event, one audit entry. A worker
   * without a seat (new, or cancelled) is booked instead.
   */
  async move(intakeId: string, groupId: string, by: Actor): Promise<Intake> {
    const intake = this.intake(intakeId);
    const from = intake.status === 'booked' ? intake.booking?.groupId : undefined;
    if (from === groupId) return intake;
    const moved = await this.claim(intake, groupId, from ? 'moved' : 'booked');
    await this.audit.record(by, 'worker.moved', { intakeId, groupId, ...(from ? { detail: `from ${from}` } : {}) });
    return moved;
  }

  /** Gives the seat back. The file stays, with the booking kept for the history. */
  async cancel(intakeId: string): Promise<Intake> {
    const intake = this.intake(intakeId);
    if (intake.status === 'cancelled') return intake;
    const now = this.clock.now().toISOString();
    await this.intakes.save({
      ...intake,
      status: 'cancelled',
      history: [...intake.history, { at: now, event: 'cancelled', groupId: intake.booking?.groupId }],
      updatedAt: now,
    });
    return this.intake(intakeId);
  }

  /**
   * For a worker who wants none of the offers, or when every seat is taken:
   * a free 1-on-1 volunteer whose times fit, or else a new group, flagged for the coordinator.
   * Others may fill a seat while a new group is being saved; then it looks again.
   */
  async bookFallback(intakeId: string): Promise<Intake> {
    for (;;) {
      try {
        return await this.bookFallbackOnce(intakeId);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'group-full')) throw error;
      }
    }
  }

  private async bookFallbackOnce(intakeId: string): Promise<Intake> {
    const request = this.requestOf(this.intake(intakeId));
    const from = this.firstPossibleDay();
    const groups = this.catalog.allGroups();
    const oneOnOne = findOneOnOne(groups, (id) => this.freeSeats(id), request.availability, from);
    if (oneOnOne) return this.book(intakeId, oneOnOne.groupId);

    const openOverflow = groups
      .filter((g) => g.overflow && this.freeSeats(g.id) > 0)
      .find((g) => findPlace([g], () => 1, request, from).match);
    if (openOverflow) return this.book(intakeId, openOverflow.id);

    const now = this.clock.now().toISOString();
    const group: Group = overflowGroup(groups, this.catalog.allLocations(), request, from, randomUUID(), now, this.overflowName);
    await this.catalog.saveGroup(group);
    return this.book(intakeId, group.id);
  }

  private requestOf(intake: Intake): PlaceRequest {
    return { goals: intake.goals.choices, availability: intake.availability, format: intake.format };
  }

  private intake(id: string): Intake {
    const intake = this.intakes.get(id);
    if (!intake) throw notFound('intake', id);
    return intake;
  }

  /** Lessons start tomorrow at the earliest, so there is time for a reminder. */
  private firstPossibleDay(): string {
    return addDays(localDateOf(this.clock.now()), 1);
  }
}
