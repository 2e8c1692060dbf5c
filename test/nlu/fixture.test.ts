import { CASES, OURS, TODAY, readerOf, score } from '../support/nlu-fixture';

const OVERALL_MINIMUM = 0.95;
const GROUP_MINIMUM = 0.9;

describe('the Dutch understanding on the fixture of worker answers', () => {
  const result = score((testCase) => OURS[readerOf(testCase)](testCase.input, TODAY));

  beforeAll(() => {
    const table = result.perGroup.map((g) => ({ group: g.group, cases: g.cases, right: g.right, accuracy: `${(g.accuracy * 100).toFixed(1)}%` }));
    table.push({ group: 'overall', cases: result.total, right: result.right, accuracy: `${(result.overall * 100).toFixed(1)}%` });
    process.stdout.write(`\nDutch understanding, accuracy per group:\n${formatTable(table)}\n`);
    if (result.misses.length > 0) process.stdout.write(`Misses:\n${result.misses.map((m) => `  [${m.group}] ${JSON.stringify(m.input)} expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`).join('\n')}\n`);
  });

  it('holds at least 300 cases, covering every group of the issue', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CASES.map((c) => c.group))).toEqual(
      new Set(['yesno', 'numbers', 'days', 'dayparts', 'times', 'dates', 'phone', 'goals', 'reasons', 'format', 'commands', 'typos', 'names']),
    );
  });

  it(`understands at least ${OVERALL_MINIMUM * 100}% of all cases`, () => {
    expect(result.overall).toBeGreaterThanOrEqual(OVERALL_MINIMUM);
  });

  it.each(result.perGroup.map((g) => [g.group, g] as const))(`understands at least ${GROUP_MINIMUM * 100}%% of the %s group`, (_group, g) => {
    expect(g.accuracy).toBeGreaterThanOrEqual(GROUP_MINIMUM);
  });
});

/** A plain text table; console.table would add jest's stack-trace noise to every run. */
function formatTable(rows: Record<string, string | number>[]): string {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => String(r[c]))))].join('\n');
}
