import type { Store } from '../storage/store';
import { BookingService, type OverflowName } from './booking-service';
import type { Group, Location } from './catalog';
import { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { Collection } from './collection';
import type { Intake } from './intake';
import { IntakeService } from './intake-service';

export interface Domain {
  clock: Clock;
  catalog: CatalogService;
  intakes: IntakeService;
  bookings: BookingService;
}

export interface DomainOptions {
  store: Store;
  clock: Clock;
  overflowName: OverflowName;
}

/** Builds the domain services over a store and loads what is stored. */
export async function openDomain({ store, clock, overflowName }: DomainOptions): Promise<Domain> {
  const locations = new Collection<Location>(store, 'locations');
  const groups = new Collection<Group>(store, 'groups');
  const intakes = new Collection<Intake>(store, 'intakes', { compact: true });
  const catalog = new CatalogService(locations, groups);
  const domain = {
    clock,
    catalog,
    intakes: new IntakeService(intakes, clock),
    bookings: new BookingService(intakes, catalog, clock, overflowName),
  };
  await Promise.all([locations.load(), groups.load(), intakes.load()]);
  return domain;
}
