import { BATCHES, CASES, score, type NluCase } from '../support/nlu-fixture';

const OVERALL_MINIMUM = 0.95;
const GROUP_MINIMUM = 0.9;
/**
 * Issue 14 asks 95% overall and 90% per group on held-out answers. Measured on 1 December 2026:
 * 1,713 of 1,800 (95.2%), names the lowest group at 90.3%.
 */
const HELD_OUT_OVERALL_MINIMUM = OVERALL_MINIMUM;

type Score = ReturnType<typeof score>;

/**
 * Every batch of worker answers, scored per batch and per group. Tuning batches print their
 * misses; held-out batches (test/fixtures/nlu/README.md) print only their scores, so that
 * nobody tunes on them by reading a test run.
 */
const scored = BATCHES.map((batch) => ({ batch, result: score(batch.answer, batch.cases) }));
const combined = (heldOut: boolean, names: string[]) => {
  const batches = BATCHES.filter((b) => b.heldOut === heldOut && names.includes(b.name));
  const answers = new Map<NluCase, unknown>();
  for (const b of batches) for (const c of b.cases) answers.set(c, b.answer(c));
  return score((c) => answers.get(c), batches.flatMap((b) => b.cases));
};
const tuning = combined(false, ['dev-a', 'dev-b', 'dev-f', 'dev-g', 'dev-h', 'dev-i', 'dev-j', 'dev-k', 'dev-n', 'dev-o']);
const heldOut = combined(true, ['heldout-c', 'heldout-d', 'heldout-e', 'heldout-h', 'heldout-m', 'heldout-p']);

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(title: string, result: Score, showMisses: boolean): string {
  const rows: Record<string, string | number>[] = result.perGroup.map((g) => ({ group: g.group, cases: g.cases, right: g.right, accuracy: percent(g.accuracy) }));
  rows.push({ group: 'overall', cases: result.total, right: result.right, accuracy: percent(result.overall) });
  let text = `\n${title}:\n${formatTable(rows)}\n`;
  if (showMisses && result.misses.length > 0) {
    text += `Misses:\n${result.misses.map((m) => `  [${m.group}] ${JSON.stringify(m.input)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`).join('\n')}\n`;
  }
  return text;
}

describe('the Dutch understanding on every batch of worker answers', () => {
  beforeAll(() => {
    let text = '';
    for (const { batch, result } of scored) text += report(`${batch.name} (${batch.heldOut ? 'HELD OUT: scores only' : 'tuning'})`, result, !batch.heldOut);
    text += report('tuning batches dev-a + dev-b + dev-f + dev-g + dev-h + dev-i + dev-j + dev-k + dev-n + dev-o', tuning, false);
    text += report('HELD OUT heldout-c + heldout-d + heldout-e + heldout-h + heldout-m + heldout-p', heldOut, false);
    const all = scored.reduce((n, s) => n + s.result.total, 0);
    const held = scored.filter((s) => s.batch.heldOut).reduce((n, s) => n + s.result.total, 0);
    text += `\n${held} of ${all} cases are held out (${percent(held / all)}).\n`;
    process.stdout.write(text);
  });

  it('holds tuned-0 with every old group, and held-out batches of at least 30%', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CASES.map((c) => c.group))).toEqual(
      new Set(['yesno', 'numbers', 'days', 'dayparts', 'times', 'dates', 'phone', 'goals', 'reasons', 'format', 'commands', 'typos', 'names']),
    );
    const all = scored.reduce((n, s) => n + s.result.total, 0);
    const held = scored.filter((s) => s.batch.heldOut).reduce((n, s) => n + s.result.total, 0);
    expect(all).toBeGreaterThanOrEqual(1500);
    expect(held / all).toBeGreaterThanOrEqual(0.3);
  });

  const gates: [string, Score, number][] = [
    ['held out (heldout-c + heldout-d + heldout-e + heldout-h + heldout-m + heldout-p)', heldOut, HELD_OUT_OVERALL_MINIMUM],
    ['tuning (dev-a + dev-b + dev-f + dev-g + dev-h + dev-i + dev-j + dev-k + dev-n + dev-o)', tuning, OVERALL_MINIMUM],
    ['tuned-0', scored.find((s) => s.batch.name === 'tuned-0')!.result, OVERALL_MINIMUM],
  ];

  describe.each(gates)('%s', (_name, result, minimum) => {
    it(`understands at least ${(minimum * 100).toFixed(1)}% of all cases`, () => {
      expect(result.overall).toBeGreaterThanOrEqual(minimum);
    });

    it.each(result.perGroup.map((g) => [g.group, g] as const))(`understands at least ${GROUP_MINIMUM * 100}%% of the %s group`, (_group, g) => {
      expect(g.accuracy).toBeGreaterThanOrEqual(GROUP_MINIMUM);
    });
  });
});

/** A plain text table; console.table would add jest's stack-trace noise to every run. */
function formatTable(rows: Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => String(r[c]))))].join('\n');
}
