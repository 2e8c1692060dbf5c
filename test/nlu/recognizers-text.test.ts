import { CASES, OURS, TODAY, readerOf, score, type Reader } from '../support/nlu-fixture';
import { RECOGNIZERS_TEXT } from '../support/recognizers-text';

/**
 * recognizers-text 1.3.1 has Dutch only for yes/no; for numbers, dates and times nl-NL
 * falls back to digits only. This measures both on the same cases, so src/nlu/README.md
 * can say which one we use per group, and this test fails when that choice goes stale.
 */
describe('recognizers-text against our own reader, on the fixture', () => {
  const groups = Object.keys(RECOGNIZERS_TEXT) as Reader[];
  const rows = groups.map((group) => {
    const cases = CASES.filter((c) => readerOf(c) === group);
    const theirs = score((c) => RECOGNIZERS_TEXT[group]!(c.input, TODAY), cases);
    const ours = score((c) => OURS[group](c.input, TODAY), cases);
    const fallback = score((c) => OURS[group](c.input, TODAY) ?? RECOGNIZERS_TEXT[group]!(c.input, TODAY), cases);
    return { group, cases: cases.length, recognizersText: theirs.overall, ours: ours.overall, withFallback: fallback.overall };
  });

  beforeAll(() => {
    const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
    const lines = rows.map(
      (r) => `${r.group.padEnd(8)}  ${String(r.cases).padStart(5)}  ${percent(r.recognizersText).padStart(16)}  ${percent(r.ours).padStart(6)}  ${percent(r.withFallback).padStart(20)}`,
    );
    process.stdout.write(
      `\nrecognizers-text (nl-NL) against src/nlu, typo cases included:\ngroup     cases  recognizers-text    ours  ours, then theirs\n${lines.join('\n')}\n`,
    );
  });

  it.each(rows.map((r) => [r.group, r] as const))('our %s reader beats recognizers-text on the fixture', (_group, row) => {
    expect(row.ours).toBeGreaterThan(row.recognizersText);
  });

  it.each(rows.map((r) => [r.group, r] as const))('recognizers-text as a fallback adds nothing to our %s reader', (_group, row) => {
    expect(row.withFallback).toBeLessThanOrEqual(row.ours);
  });
});
