import type { Group } from './catalog';
import type { Intake } from './intake';
import { workerLocationId, type GroupOf } from './participation';
import { differences, nearnessOf, timeOfDayRank, type Difference } from './seat-fit';

export interface MoveFit {
  group: Group;
  /** How the group's best weekly lesson differs from the worker's wish; empty when it fits. */
  differences: Difference[];
}

/** After the time of day (set by the worker's shifts, as in seat-fit), what weighs most when a coordinator moves someone. */
const WEIGHT: Difference[] = ['goals', 'location', 'day', 'format'];

function score(group: Group, differs: Difference[], request: Parameters<typeof nearnessOf>[2]): number[] {
  return [timeOfDayRank(nearnessOf(group, differs, request)), ...WEIGHT.map((d) => Number(differs.includes(d)))];
}

function compare(a: number[], b: number[]): number {
  const i = a.findIndex((value, k) => value !== b[k]);
  return i === -1 ? 0 : a[i] - b[i];
}

/**
 * The groups a worker can move to, the best fit first: the time of day the worker asked
 * for, then the goals, the place, the day and group or 1 on 1; then by name.
 */
export function byFit(groups: Group[], intake: Intake, groupOf: GroupOf): MoveFit[] {
  const locationId = intake.preferredLocationId ?? workerLocationId(intake, groupOf);
  const request = { goals: intake.goals.choices, availability: intake.availability, format: intake.format, ...(locationId ? { preferredLocationId: locationId } : {}) };
  const scored = groups.map((group) => {
    const options = group.times.map((session) => {
      const differs = differences(group, session, request);
      return { differs, score: score(group, differs, request) };
    });
    const best = options.sort((a, b) => compare(a.score, b.score))[0] ?? { differs: [], score: [3] };
    return { group, differences: best.differs, score: best.score };
  });
  return scored
    .sort((a, b) => compare(a.score, b.score) || a.group.name.localeCompare(b.group.name))
    .map(({ group, differences: differs }) => ({ group, differences: differs }));
}
