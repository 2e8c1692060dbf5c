import demo from '../src/demo/demo-data.json';
import { groupSchema } from '../src/domain/schemas';
import { catalogStates, daysTable, seatsFor } from '../src/domain/first-lesson-report';
import { wishSpread } from '../src/domain/wish-spread';

/**
 * Days from sign-up to first lesson over the wish spread, for the demo catalog as it is,
 * crowded and full. No server: the same pure functions the booking service calls.
 * `npx tsc -p bench/tsconfig.json && node dist/bench/first-lesson.js`
 */
const groups = demo.groups.map((group) => groupSchema.parse({ ...group, createdAt: '2026-09-01T00:00:00.000Z' }));
const wishes = wishSpread();
const results = catalogStates(groups, demo.locations).map((catalog) => ({ catalog: catalog.name, outcomes: seatsFor(catalog, wishes) }));
process.stdout.write(`## Days from sign-up to first lesson (${wishes.length} wishes per catalog)\n\n${daysTable(results)}\n`);
