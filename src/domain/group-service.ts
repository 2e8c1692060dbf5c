import { randomUUID } from 'node:crypto';
import { systemActor, type Actor } from './audit';
import type { AuditLog } from './audit-log';
import type { BookingService } from './booking-service';
import type { Group, Location } from './catalog';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { addDays, localDateOf, weekdayOf, type LocalDate } from './dates';
import { DomainError, invalid, notFound } from './errors';
import { firstLessonDate } from './matching';
import type { NoticeService } from './notices';
import type { Store } from './store';
import type { Intake } from './intake';

/** What a coordinator fills in for a group or a 1-on-1 slot. */
export type GroupInput = Omit<Group, 'id' | 'createdAt' | 'overflow' | 'cancelledSessions' | 'cancelledAt'>;
export type LocationInput = Omit<Location, 'id'>;

/**
 * The coordinators' work on groups: create and edit them, confirm a group the bot
 * opened, and move a worker. A move goes through the booking service, whose claim on a
 * seat is one transaction, so a group never overfills and the worker is never in two
 * groups or none.
 */
export class GroupService {
  constructor(
    private readonly store: Store,
    private readonly catalog: CatalogService,
    private readonly bookings: BookingService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly notices: NoticeService,
  ) {}

  async create(input: GroupInput, by: Actor): Promise<Group> {
    (await this.catalog.current()).location(input.locationId);
    const group: Group = { ...normalized(input), id: randomUUID(), createdAt: this.clock.now().toISOString() };
    await this.catalog.saveGroup(group);
    await this.audit.record(by, 'group.created', { groupId: group.id });
    return group;
  }

  /** Changes a group; the capacity never drops below the seats taken, counted while the group is locked. */
  async update(groupId: string, input: GroupInput, by: Actor): Promise<Group> {
    (await this.catalog.current()).location(input.locationId);
    return this.store.transaction(async (tx) => {
      const current = await tx.groups.lock(groupId);
      if (!current) throw notFound('group', groupId);
      const taken = await tx.intakes.count({ bookedGroupId: groupId });
      if (input.capacity < taken) throw invalid(`${taken} workers are booked, so capacity cannot be ${input.capacity}`, 'capacity');
      const { overflow, cancelledSessions, cancelledAt } = current;
      const group: Group = { ...normalized(input), id: current.id, createdAt: current.createdAt, ...(overflow ? { overflow } : {}), ...(cancelledSessions ? { cancelledSessions } : {}), ...(cancelledAt ? { cancelledAt } : {}) };
      await this.catalog.saveGroup(group);
      await this.audit.record(by, 'group.changed', { groupId, detail: changedFields(current, group).join(', ') });
      return group;
    });
  }

  /** A coordinator has seen the group the bot opened and found it a teacher. */
  async confirmOverflow(groupId: string, by: Actor): Promise<Group> {
    const group = (await this.catalog.current()).group(groupId);
    if (!group.overflow) throw invalid(`group ${groupId} was not opened by the bot`);
    const confirmed: Group = { ...group, overflow: { ...group.overflow, confirmed: true } };
    await this.catalog.saveGroup(confirmed);
    await this.audit.record(by, 'group.overflow-confirmed', { groupId });
    return confirmed;
  }

  /**
   * Moves the worker into another group; the old seat is freed in the same step. Throws
   * group-full when no seat is free. A coordinator's move is told to the worker at once.
   */
  async move(intakeId: string, groupId: string, by: Actor): Promise<Intake> {
    const before = await this.store.intakes.get(intakeId);
    const moved = await this.bookings.move(intakeId, groupId, by);
    const changed = before?.status !== 'booked' || before.booking?.groupId !== moved.booking?.groupId;
    if (changed && by.kind !== 'worker') await this.notices.tell(intakeId, 'moved');
    return moved;
  }

  /**
   * Calls off one lesson of a group. Who would have had their first lesson then now starts
   * a week later; every booked worker is told at once.
   */
  async cancelSession(groupId: string, date: LocalDate, by: Actor): Promise<Group> {
    const group = (await this.catalog.current()).group(groupId);
    if (!group.times.some((session) => session.weekday === weekdayOf(date))) throw invalid(`group ${groupId} has no lesson on ${date}`, 'date');
    if (date < localDateOf(this.clock.now())) throw invalid(`${date} is in the past`, 'date');
    if (group.endDate && date > group.endDate) throw invalid(`group ${groupId} ends before ${date}`, 'date');
    const cancelledSessions = [...new Set([...(group.cancelledSessions ?? []), date])].sort();
    const changed: Group = { ...group, cancelledSessions };
    await this.catalog.saveGroup(changed);
    await this.audit.record(by, 'group.session-cancelled', { groupId, detail: date });
    for (const intake of await this.bookings.roster(groupId)) {
      if (intake.booking?.firstLesson === date) await this.postponeFirstLesson(intake, changed, date);
      await this.notices.tell(intake.id, 'session-cancelled', date);
    }
    return changed;
  }

  /**
   * Stops a whole group: no new lessons, no new bookings. Each booked worker gets the best
   * other seat (or the fallback seat: there is always a place) and is told at once.
   */
  async cancelGroup(groupId: string, by: Actor): Promise<Group> {
    const group = (await this.catalog.current()).group(groupId);
    if (group.cancelledAt) return group;
    const cancelled: Group = { ...group, cancelledAt: this.clock.now().toISOString() };
    await this.catalog.saveGroup(cancelled);
    await this.audit.record(by, 'group.cancelled', { groupId });
    for (const intake of await this.bookings.roster(groupId)) {
      await this.reseat(intake.id, by);
      await this.notices.tell(intake.id, 'group-cancelled', groupId);
    }
    return cancelled;
  }

  private async reseat(intakeId: string, by: Actor): Promise<void> {
    for (const offer of await this.bookings.moveOptions(intakeId)) {
      try {
        await this.bookings.move(intakeId, offer.groupId, by);
        return;
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'group-full')) throw error;
      }
    }
    await this.bookings.bookFallback(intakeId);
  }

  private async postponeFirstLesson(intake: Intake, group: Group, date: LocalDate): Promise<void> {
    const next = firstLessonDate(group, addDays(date, 1));
    if (!next) return this.reseat(intake.id, systemActor);
    await this.store.transaction(async (tx) => {
      const current = await tx.intakes.lock(intake.id);
      if (current?.status !== 'booked' || current.booking?.groupId !== group.id) return;
      await tx.intakes.put({ ...current, booking: { ...current.booking, firstLesson: next }, updatedAt: this.clock.now().toISOString() });
    });
  }

  async createLocation(input: LocationInput, id: string, by: Actor): Promise<Location> {
    if ((await this.catalog.current()).findLocation(id)) throw invalid(`place ${id} already exists`, 'id');
    const location: Location = { ...input, id };
    await this.catalog.saveLocation(location);
    await this.audit.record(by, 'location.created', { detail: id });
    return location;
  }
}

function normalized(input: GroupInput): GroupInput {
  const { endDate, bring, ...rest } = input;
  if (rest.kind === 'one-on-one' && rest.capacity !== 1) throw invalid('a 1-on-1 slot has capacity 1', 'capacity');
  if (endDate && endDate < rest.startDate) throw invalid('the end date is before the start date', 'endDate');
  return { ...rest, ...(endDate ? { endDate } : {}), ...(bring ? { bring } : {}) };
}

function changedFields(before: Group, after: Group): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Group>;
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
