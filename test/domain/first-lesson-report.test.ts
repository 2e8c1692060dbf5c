import demo from '../../src/demo/demo-data.json';
import type { Location } from '../../src/domain/catalog';
import { groupSchema } from '../../src/domain/schemas';
import { catalogStates, daysTable, seatsFor } from '../../src/domain/first-lesson-report';
import { wishSpread } from '../../src/domain/wish-spread';

const groups = demo.groups.map((group) => groupSchema.parse({ ...group, createdAt: '2026-09-01T00:00:00.000Z' }));
const locations: Location[] = demo.locations;
const wishes = wishSpread();
const results = catalogStates(groups, locations).map((catalog) => ({ catalog: catalog.name, outcomes: seatsFor(catalog, wishes) }));

describe('days from sign-up to the first lesson, over a spread of wishes', () => {
  it('covers a few hundred wishes: every day and day part, single slots, clock times, 1-on-1 and group', () => {
    expect(wishes.length).toBeGreaterThanOrEqual(300);
    const labels = wishes.map((w) => w.label).join('\n');
    for (const label of ['only fri afternoon', 'only sun evening', 'not mon', 'tue at 15:00', 'after 14:00', 'before 12:00', 'one-on-one', 'group']) {
      expect(labels).toContain(label);
    }
  });

  it.each(results.map((r) => [r.catalog, r]))('gives every worker a first lesson within 7 days of sign-up (%s catalog)', (_name, { outcomes }) => {
    const late = outcomes.filter((o) => o.firstOffer > 7 || o.fallback > 7 || o.firstOffer < 1 || o.fallback < 1).map((o) => `${o.wish.signUp} ${o.wish.label}`);
    expect(late).toEqual([]);
  });

  it('writes the distribution as a markdown table', () => {
    const table = daysTable(results);
    expect(table).toContain('| **within 7 days** | 100% | 100% | 100% | 100% | 100% | 100% |');
    process.stdout.write(`\nDays from sign-up to first lesson, ${wishes.length} wishes per catalog:\n\n${table}\n\n`);
  });
});
