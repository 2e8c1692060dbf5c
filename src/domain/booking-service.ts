import { randomUUID } from 'node:crypto';
import type { Actor } from './audit';
import type { AuditLog } from './audit-log';
import type { Group, LessonTime } from './catalog';
import type { Catalog, CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { addDays, localDateOf } from './dates';
import { DomainError, groupFull, invalid, notFound } from './errors';
import { fallbackSeat } from './fallback-seat';
import type { Intake, IntakeDraft } from './intake';
import { seatOffers, firstLessonFor, type SeatOffer } from './seat-offers';
import { findOneOnOne, findPlace, firstLessonDate, lessonTimeFits, MAX_ALTERNATIVES, type Offer, type PlaceRequest, type PlaceSearch } from './matching';
import { overflowGroup } from './overflow';
import type { Store, Tables } from './store';
import type { Availability, Goal } from './types';

export type OverflowName = (goals: Goal[], time: LessonTime) => string;

/** Seats taken per group, as the database counts them now. */
export type SeatCounts = ReadonlyMap<string, number>;

/**
 * Books workers into groups. There is no waiting list: every finished sign-up ends in a
 * seat. The rule that a group never has more workers than seats lives in the database:
 * each claim locks the group, counts its booked files and writes the booking in one
 * transaction, so two workers (on two instances, even) can never both get the last seat.
 */
export class BookingService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly overflowName: OverflowName,
    private readonly audit: AuditLog,
  ) {}

  seatsTaken(groupId: string): Promise<number> {
    return this.store.intakes.count({ bookedGroupId: groupId });
  }

  /** Seats taken in every group, in one query. */
  seatCounts(): Promise<SeatCounts> {
    return this.store.intakes.countBy('bookedGroupId');
  }

  async freeSeats(groupId: string): Promise<number> {
    const group = (await this.catalog.current()).group(groupId);
    return Math.max(0, group.capacity - (await this.seatsTaken(groupId)));
  }

  roster(groupId: string): Promise<Intake[]> {
    return this.store.intakes.find({ bookedGroupId: groupId });
  }

  async findPlace(intakeId: string): Promise<PlaceSearch> {
    const [intake, catalog, seats] = await Promise.all([this.intake(intakeId), this.catalog.current(), this.seatCounts()]);
    return findPlace([...catalog.groups], freeIn(catalog, seats), requestOf(intake), this.firstPossibleDay());
  }

  /**
   * The real seats to offer a worker who is still signing up, up to three, earliest first,
   * each within a week. Seats the worker already refused are left out.
   */
  async offers(request: PlaceRequest, refused: string[] = []): Promise<SeatOffer[]> {
    const [catalog, seats] = await Promise.all([this.catalog.current(), this.seatCounts()]);
    const groups = catalog.groups.filter((group) => !refused.includes(group.id));
    return seatOffers([...groups], freeIn(catalog, seats), request, this.firstPossibleDay());
  }

  /**
   * Book first, ask the rest after: stores the worker's file and claims the seat in one
   * transaction, so there is never a file without a seat or a seat without a file. Retried
   * with the same request key (the same tap again, after a crash), it returns that booking.
   * Throws group-full when someone else just took the last seat.
   */
  async signUp(draft: IntakeDraft, groupId: string, requestKey: string): Promise<Intake> {
    return this.store.transaction(async (tx) => {
      const [stored] = await tx.intakes.find({ requestKey });
      if (stored) return stored.status === 'booked' ? stored : this.claim(tx, stored, groupId, 'booked');
      const intake = this.newFile(draft, requestKey);
      await tx.intakes.insert(intake);
      return this.claim(tx, intake, groupId, 'booked');
    });
  }

  /**
   * For a worker who wants none of the seats offered: a volunteer within a week at the asked
   * time of day, else a group the bot opened, else a new group within a week that a
   * coordinator confirms by `overflow.confirmBy`. Never one of the refused seats.
   */
  async signUpElsewhere(draft: IntakeDraft, refused: string[], requestKey: string): Promise<Intake> {
    for (;;) {
      try {
        return await this.signUpElsewhereOnce(draft, refused, requestKey);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'group-full')) throw error;
      }
    }
  }

  private async signUpElsewhereOnce(draft: IntakeDraft, refused: string[], requestKey: string): Promise<Intake> {
    const [stored] = await this.store.intakes.find({ requestKey });
    if (stored?.status === 'booked') return stored;
    const [catalog, seats] = await Promise.all([this.catalog.current(), this.seatCounts()]);
    const now = this.clock.now().toISOString();
    const seat = fallbackSeat([...catalog.groups], [...catalog.locations], freeIn(catalog, seats), requestOfDraft(draft), this.firstPossibleDay(), { id: randomUUID(), now, nameOf: this.overflowName }, refused);
    return this.store.transaction(async (tx) => {
      if (seat.action === 'open') {
        await tx.groups.put(seat.group);
        await tx.bumpCatalogVersion();
      }
      const [again] = await tx.intakes.find({ requestKey });
      const intake = again ?? this.newFile(draft, requestKey);
      if (!again) await tx.intakes.insert(intake);
      return this.claim(tx, intake, seat.offer.groupId, 'booked', seat.offer.firstLesson);
    });
  }

  private newFile(draft: IntakeDraft, requestKey: string): Intake {
    const now = this.clock.now().toISOString();
    return { ...draft, requestKey, id: randomUUID(), status: 'new', evaluations: [], history: [{ at: now, event: 'submitted' }], createdAt: now, updatedAt: now };
  }

  /** Books a worker who has no seat yet; a worker already in that group stays as they are. */
  async book(intakeId: string, groupId: string): Promise<Intake> {
    return this.store.transaction(async (tx) => this.claim(tx, await this.lockIntake(tx, intakeId), groupId, 'booked'));
  }

  /**
   * Groups a booked worker could move to: those that fit their answers, with a free seat,
   * best first, the current group left out.
   */
  /**
   * Other seats for a booked worker. `wish` is what the worker said when asking to move
   * ("ik kan dinsdag niet meer", "kan het op woensdag"): its days and day parts take the place
   * of the sign-up's for this move, and a seat against it is never offered (none at all, then:
   * the dialog gives the contact). A day of the current lesson in the wish is the one to leave
   * ("mijn les van donderdag verzetten"), not one wanted. The file keeps its own answers.
   */
  async moveOptions(intakeId: string, asked?: Availability): Promise<Offer[]> {
    const [intake, catalog, seats] = await Promise.all([this.intake(intakeId), this.catalog.current(), this.seatCounts()]);
    const current = intake.booking?.groupId;
    const others = catalog.groups.filter((group) => group.id !== current);
    const free = freeIn(catalog, seats);
    const from = this.firstPossibleDay();
    const request = requestOf(intake);
    const wish = asked && withoutCurrentDays(asked, current ? catalog.findGroup(current) : undefined);
    const wanted = wished(request.availability, wish);
    const search = findPlace(others, free, { ...request, availability: { days: [], dayParts: [] } }, from);
    const fits = findPlace(others, free, { ...request, availability: wanted }, from);
    const all = [fits.match, ...fits.alternatives, search.match, ...search.alternatives].filter((o): o is Offer => !!o);
    const offers = all.filter((offer, i) => all.findIndex((o) => o.groupId === offer.groupId) === i);
    const saidNo = (offer: Offer) => !!wish && !catalog.findGroup(offer.groupId)?.times.some((session) => lessonTimeFits(session, wish));
    const kept = offers.filter((offer) => !saidNo(offer));
    if (wish && kept.length === 0) return [];
    // Each seat at its lesson nearest the wish, as move() will book it: "Wo 10.00", not "Ma 10.00".
    const nearest = (offer: Offer): Offer => {
      const group = catalog.findGroup(offer.groupId);
      const placed = group && firstLessonFor(group, { ...request, availability: wanted }, from);
      return placed ? { ...offer, firstLesson: placed.firstLesson } : offer;
    };
    return kept.slice(0, MAX_ALTERNATIVES).map(nearest);
  }

  /**
   * Moves a worker to another group in one transaction: the old seat is given up and the
   * new one taken together, so there are never two seats and never none. The worker in the
   * chat and a coordinator move through here alike: one 'moved' event, one audit entry. A
   * worker without a seat (new, or cancelled) is booked instead.
   */
  async move(intakeId: string, groupId: string, by: Actor, asked?: Availability): Promise<Intake> {
    const catalog = asked && (await this.catalog.current());
    return this.store.transaction(async (tx) => {
      const intake = await this.lockIntake(tx, intakeId);
      const from = intake.status === 'booked' ? intake.booking?.groupId : undefined;
      if (from === groupId) return intake;
      // The lesson nearest the wish, as moveOptions showed it on the button.
      const current = intake.booking?.groupId;
      const wish = asked && withoutCurrentDays(asked, current ? catalog?.findGroup(current) : undefined);
      const moved = await this.claim(tx, intake, groupId, from ? 'moved' : 'booked', undefined, wish && wished(intake.availability, wish));
      await this.audit.record(by, 'worker.moved', { intakeId, groupId, ...(from ? { detail: `from ${from}` } : {}) });
      return moved;
    });
  }

  /** Gives the seat back. The file stays, with the booking kept for the history. */
  async cancel(intakeId: string): Promise<Intake> {
    return this.store.transaction(async (tx) => {
      const intake = await this.lockIntake(tx, intakeId);
      if (intake.status === 'cancelled') return intake;
      const now = this.clock.now().toISOString();
      const cancelled: Intake = {
        ...intake,
        status: 'cancelled',
        history: [...intake.history, { at: now, event: 'cancelled', groupId: intake.booking?.groupId }],
        updatedAt: now,
      };
      await tx.intakes.put(cancelled);
      return cancelled;
    });
  }

  /**
   * For a worker who wants none of the offers, or when every seat is taken: a free 1-on-1
   * volunteer whose times fit, or else a new group, flagged for the coordinator. Others may
   * take a seat in between; then it looks again.
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
    const [intake, catalog, seats] = await Promise.all([this.intake(intakeId), this.catalog.current(), this.seatCounts()]);
    const request = requestOf(intake);
    const from = this.firstPossibleDay();
    const free = freeIn(catalog, seats);
    const oneOnOne = findOneOnOne([...catalog.groups], free, request.availability, from);
    if (oneOnOne) return this.book(intakeId, oneOnOne.groupId);

    const openOverflow = catalog.groups.filter((g) => g.overflow && free(g.id) > 0).find((g) => findPlace([g], () => 1, request, from).match);
    if (openOverflow) return this.book(intakeId, openOverflow.id);

    const now = this.clock.now().toISOString();
    const group: Group = overflowGroup([...catalog.groups], [...catalog.locations], request, from, randomUUID(), now, this.overflowName);
    return this.store.transaction(async (tx) => {
      await tx.groups.put(group);
      await tx.bumpCatalogVersion();
      return this.claim(tx, await this.lockIntake(tx, intakeId), group.id, 'booked');
    });
  }

  /** Takes a seat in the group for the worker, inside the caller's transaction; throws group-full when none is left. */
  private async claim(tx: Tables, intake: Intake, groupId: string, event: 'booked' | 'moved', at?: string, availability?: Availability): Promise<Intake> {
    const group = await tx.groups.lock(groupId);
    if (!group) throw notFound('group', groupId);
    if (intake.status === 'booked' && intake.booking?.groupId === groupId) return intake;
    if ((await tx.intakes.count({ bookedGroupId: groupId })) >= group.capacity) throw groupFull(groupId);
    // The lesson nearest the worker's wish: a Tuesday-only worker in a Tuesday and Thursday group starts on a Tuesday.
    const from = this.firstPossibleDay();
    const request = availability ? { ...requestOf(intake), availability } : requestOf(intake);
    const firstLesson = at ?? firstLessonFor(group, request, from)?.firstLesson ?? firstLessonDate(group, from);
    if (!firstLesson) throw invalid(`group ${groupId} has no lessons left`);
    const now = this.clock.now().toISOString();
    const booked: Intake = {
      ...intake,
      status: 'booked',
      booking: { groupId, firstLesson, bookedAt: now },
      history: [...intake.history, { at: now, event, groupId }],
      updatedAt: now,
    };
    await tx.intakes.put(booked);
    return booked;
  }

  private async lockIntake(tx: Tables, id: string): Promise<Intake> {
    const intake = await tx.intakes.lock(id);
    if (!intake) throw notFound('intake', id);
    return intake;
  }

  private async intake(id: string): Promise<Intake> {
    const intake = await this.store.intakes.get(id);
    if (!intake) throw notFound('intake', id);
    return intake;
  }

  /** Lessons start tomorrow at the earliest, so there is time for a reminder. */
  private firstPossibleDay(): string {
    return addDays(localDateOf(this.clock.now()), 1);
  }
}

/** The sign-up's days and day parts, with those the worker named when moving put in their place. */
function wished(base: Availability, wish: Availability | undefined): Availability {
  if (!wish) return base;
  return {
    days: wish.days.length > 0 ? wish.days : base.days,
    dayParts: wish.dayParts.length > 0 ? wish.dayParts : base.dayParts,
    ...(base.time ? { time: base.time } : {}),
  };
}

/** "mijn les van donderdag verzetten": the days of the current lesson are the ones to leave. */
function withoutCurrentDays(wish: Availability, current: Group | undefined): Availability {
  const days = wish.days.filter((day) => !current?.times.some((session) => session.weekday === day));
  return { days, dayParts: wish.dayParts };
}

function requestOf(intake: Intake): PlaceRequest {
  return requestOfDraft(intake);
}

function requestOfDraft(draft: IntakeDraft): PlaceRequest {
  return {
    goals: draft.goals.choices,
    availability: draft.availability,
    format: draft.format,
    ...(draft.preferredLocationId ? { preferredLocationId: draft.preferredLocationId } : {}),
  };
}

/** Free seats per group, from the catalog's capacities and the counted bookings. */
export function freeIn(catalog: Catalog, seats: SeatCounts): (groupId: string) => number {
  return (groupId) => Math.max(0, (catalog.findGroup(groupId)?.capacity ?? 0) - (seats.get(groupId) ?? 0));
}
