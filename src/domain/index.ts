import type { Store } from '../storage/store';
import { AmbassadorService } from './ambassador-service';
import type { Ambassador } from './ambassadors';
import { BookingService, type OverflowName } from './booking-service';
import type { Group, Location } from './catalog';
import { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import { Collection } from './collection';
import type { Handoff } from './handoff';
import { HandoffService } from './handoff-service';
import type { Intake } from './intake';
import { IntakeService } from './intake-service';

export interface Domain {
  clock: Clock;
  catalog: CatalogService;
  intakes: IntakeService;
  bookings: BookingService;
  ambassadors: AmbassadorService;
  handoffs: HandoffService;
}

export interface DomainOptions {
  store: Store;
  clock: Clock;
  overflowName: OverflowName;
  /** How long a worker waits at most for a taalambassadeur to answer. */
  handoffMinutes?: number;
}

/** Builds the domain services over a store and loads what is stored. */
export async function openDomain({ store, clock, overflowName, handoffMinutes = 10 }: DomainOptions): Promise<Domain> {
  const locations = new Collection<Location>(store, 'locations');
  const groups = new Collection<Group>(store, 'groups');
  const intakes = new Collection<Intake>(store, 'intakes');
  const ambassadorDocs = new Collection<Ambassador>(store, 'ambassadors');
  const handoffDocs = new Collection<Handoff>(store, 'handoffs');
  const catalog = new CatalogService(locations, groups);
  const ambassadors = new AmbassadorService(ambassadorDocs, intakes, catalog, clock);
  const domain = {
    clock,
    catalog,
    intakes: new IntakeService(intakes, clock),
    bookings: new BookingService(intakes, catalog, clock, overflowName),
    ambassadors,
    handoffs: new HandoffService(handoffDocs, ambassadors, catalog, clock, handoffMinutes),
  };
  await Promise.all([locations.load(), groups.load(), intakes.load(), ambassadorDocs.load(), handoffDocs.load()]);
  return domain;
}
