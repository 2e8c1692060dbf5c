import type { Store } from '../storage/store';
import { BookingService, type OverflowName } from './booking-service';
import type { Group, Location } from './catalog';
import { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { Collection } from './collection';
import type { Intake } from './intake';
import { IntakeService } from './intake-service';
import { NoticeService, type Notice } from './notices';

export interface Domain {
  clock: Clock;
  catalog: CatalogService;
  intakes: IntakeService;
  bookings: BookingService;
  notices: NoticeService;
}

export interface DomainOptions {
  store: Store;
  clock: Clock;
  overflowName: OverflowName;
  /** The hour (Netherlands time) of the reminder the day before the first lesson. */
  reminderHour?: number;
}

/** Builds the domain services over a store and loads what is stored. */
export async function openDomain({ store, clock, overflowName, reminderHour = 17 }: DomainOptions): Promise<Domain> {
  const locations = new Collection<Location>(store, 'locations');
  const groups = new Collection<Group>(store, 'groups');
  const intakes = new Collection<Intake>(store, 'intakes');
  const notices = new Collection<Notice>(store, 'notices');
  const catalog = new CatalogService(locations, groups);
  const bookings = new BookingService(intakes, catalog, clock, overflowName);
  const domain = {
    clock,
    catalog,
    intakes: new IntakeService(intakes, clock),
    bookings,
    notices: new NoticeService(notices, intakes, catalog, (groupId) => bookings.roster(groupId), clock, reminderHour),
  };
  await Promise.all([locations.load(), groups.load(), intakes.load(), notices.load()]);
  return domain;
}
