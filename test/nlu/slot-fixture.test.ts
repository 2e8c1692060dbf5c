import { HELD_OUT_BATCHES, SLOT_GROUPS, TUNING_BATCHES, scoreBatch, type SlotScore } from '../support/slot-score';

const GROUP_MINIMUM = 0.9;

/** Sums batches per group; held-out batches are scored, never their misses shown. */
function total(batches: string[]): Map<string, { cases: number; right: number }> {
  const sums = new Map<string, { cases: number; right: number }>();
  for (const score of batches.flatMap(scoreBatch)) {
    const sum = sums.get(score.group) ?? { cases: 0, right: 0 };
    sums.set(score.group, { cases: sum.cases + score.cases, right: sum.right + score.right });
  }
  return sums;
}

describe('the slot readers (when, offers, goals) on answers written by others', () => {
  const tuningScores: SlotScore[] = TUNING_BATCHES.flatMap(scoreBatch);
  const tuning = total(TUNING_BATCHES);
  const heldOut = total(HELD_OUT_BATCHES);

  beforeAll(() => {
    const line = (kind: string, sums: Map<string, { cases: number; right: number }>) =>
      SLOT_GROUPS.map((group) => {
        const { cases, right } = sums.get(group) ?? { cases: 0, right: 0 };
        return `  ${kind.padEnd(9)} ${group.padEnd(7)} ${right}/${cases} ${((100 * right) / Math.max(cases, 1)).toFixed(1)}%`;
      }).join('\n');
    const misses = tuningScores.flatMap((s) => s.misses.map((m) => `  [${s.batch} ${s.group}] ${JSON.stringify(m.input)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`));
    process.stdout.write(`\nSlot readers:\n${line('tuning', tuning)}\n${line('held out', heldOut)}\n${misses.length ? `Tuning misses:\n${misses.join('\n')}\n` : ''}`);
  });

  it.each(SLOT_GROUPS)(`understands at least ${GROUP_MINIMUM * 100}%% of the held-out %s answers`, (group) => {
    const { cases, right } = heldOut.get(group) ?? { cases: 0, right: 0 };
    expect(cases).toBeGreaterThan(0);
    expect(right / cases).toBeGreaterThanOrEqual(GROUP_MINIMUM);
  });

  it.each(SLOT_GROUPS)(`understands at least ${GROUP_MINIMUM * 100}%% of the tuning %s answers`, (group) => {
    const { cases, right } = tuning.get(group) ?? { cases: 0, right: 0 };
    expect(right / cases).toBeGreaterThanOrEqual(GROUP_MINIMUM);
  });
});
