import type { Group } from './catalog';
import type { Intake } from './intake';
import { workerLocationId, type GroupOf } from './participation';
import { differences, nearnessOf, NEARNESS, type Difference } from './seat-fit';

export interface MoveFit {
  group: Group;
  /** How the group's best weekly lesson differs from the worker's wish; empty when it fits. */
  differences: Difference[];
}

/**
 * The groups a worker can move to, the best fit first: the time of day the worker asked
 * for, then the fewest differences in goals, day and place, then by name.
 */
export function byFit(groups: Group[], intake: Intake, groupOf: GroupOf): MoveFit[] {
  const locationId = intake.preferredLocationId ?? workerLocationId(intake, groupOf);
  const request = { goals: intake.goals.choices, availability: intake.availability, format: intake.format, ...(locationId ? { preferredLocationId: locationId } : {}) };
  const scored = groups.map((group) => {
    const options = group.times.map((session) => {
      const differs = differences(group, session, request);
      return { differs, rank: NEARNESS.indexOf(nearnessOf(group, differs, request)) };
    });
    const best = options.sort((a, b) => a.rank - b.rank || a.differs.length - b.differs.length)[0] ?? { differs: [], rank: NEARNESS.length };
    return { group, differences: best.differs, rank: best.rank };
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.differences.length - b.differences.length || a.group.name.localeCompare(b.group.name))
    .map(({ group, differences: differs }) => ({ group, differences: differs }));
}
