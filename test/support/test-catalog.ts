import { openDomain, type Domain } from '../../src/domain';
import type { Group, Location } from '../../src/domain/catalog';
import type { Clock } from '../../src/domain/clock';
import { testSettings } from './domain-settings';
import { memoryStore } from './test-store';

/** Wednesday 25 November 2026, 10:00 in the Netherlands; the first possible lesson day is Thursday the 26th. */
export const WEDNESDAY: Clock = { now: () => new Date('2026-11-25T09:00:00Z') };

/** Tuesday and Thursday 9.30, an hour and a half each. */
export const TUESDAY_AND_THURSDAY: Group['times'] = [
  { weekday: 'tue', start: '09:30', minutes: 90 },
  { weekday: 'thu', start: '09:30', minutes: 90 },
];

/** A reading-and-writing group at 'lib' on Tuesday 9.30 with Anja, unless `fields` say otherwise. */
export function testGroup(id: string, fields: Partial<Group> = {}): Group {
  return {
    id,
    kind: 'group',
    name: id,
    goals: ['reading', 'writing'],
    times: [{ weekday: 'tue', start: '09:30', minutes: 90 }],
    locationId: 'lib',
    capacity: 8,
    startDate: '2026-09-01',
    teacher: 'Anja',
    createdAt: '2026-09-01T00:00:00Z',
    ...fields,
  };
}

/** A domain on an in-memory database holding these places and groups. */
export async function domainWith(locations: Location[], groups: Group[], clock: Clock = WEDNESDAY): Promise<Domain> {
  const domain = await openDomain({ store: await memoryStore(), clock, overflowName: (goals) => `new ${goals.join('+')}`, settings: testSettings() });
  for (const location of locations) await domain.catalog.saveLocation(location);
  for (const group of groups) await domain.catalog.saveGroup(group);
  return domain;
}
