import { randomUUID } from 'node:crypto';
import type { Actor } from './audit';
import type { AuditLog } from './audit-log';
import type { BookingService } from './booking-service';
import type { Group, Location } from './catalog';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { invalid, notFound } from './errors';
import type { Store } from './store';
import type { Intake } from './intake';

/** What a coordinator fills in for a group or a 1-on-1 slot. */
export type GroupInput = Omit<Group, 'id' | 'createdAt' | 'overflow'>;
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
      const group: Group = { ...normalized(input), id: current.id, createdAt: current.createdAt, ...(current.overflow ? { overflow: current.overflow } : {}) };
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

  /** Moves the worker into another group; the old seat is freed in the same step. Throws group-full when no seat is free. */
  move(intakeId: string, groupId: string, by: Actor): Promise<Intake> {
    return this.bookings.move(intakeId, groupId, by);
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
