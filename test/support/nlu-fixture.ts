import fixture from '../fixtures/nlu/tuned-0.json';
import {
  understandAvailability,
  understandCommand,
  understandDate,
  understandFormat,
  understandGoals,
  understandName,
  understandNumber,
  understandPhone,
  understandReasons,
  understandTime,
  understandYesNo,
} from '../../src/nlu';

export type Reader =
  | 'yesno' | 'numbers' | 'days' | 'dayparts' | 'times' | 'dates' | 'phone'
  | 'goals' | 'reasons' | 'format' | 'commands' | 'names';

export interface NluCase {
  group: string;
  /** Which reader a case goes through; the group's own name when not given (the "typos" group names it). */
  reader?: Reader;
  input: string;
  expect: unknown;
}

export const TODAY: string = fixture.today;
export const CASES: NluCase[] = fixture.cases as NluCase[];

export const readerOf = (testCase: NluCase): Reader => testCase.reader ?? (testCase.group as Reader);

/** Answers in the fixture's shape: plain JSON, null for "not understood". */
export type Answer = (input: string, today: string) => unknown;

const clock = (time: { hour: number; minute: number }) =>
  `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

const availability: Answer = (input) => {
  const reading = understandAvailability(input);
  if (!reading) return null;
  return reading.any ? 'any' : { days: reading.days, parts: reading.dayParts };
};

/** Our own module, each reader turned into the fixture's shape. */
export const OURS: Record<Reader, Answer> = {
  yesno: (input) => understandYesNo(input) ?? null,
  numbers: (input) => understandNumber(input) ?? null,
  days: availability,
  dayparts: availability,
  times: (input) => {
    const time = understandTime(input);
    return time ? clock(time) : null;
  },
  dates: (input, today) => understandDate(input, today) ?? null,
  phone: (input) => understandPhone(input) ?? null,
  goals: (input) => {
    const reading = understandGoals(input);
    return reading ? { goals: reading.goals, own: ownWordsKept(input, reading.ownWords) } : null;
  },
  reasons: (input) => {
    const reading = understandReasons(input);
    return reading ? { reasons: reading.reasons, own: ownWordsKept(input, reading.ownWords) } : null;
  },
  format: (input) => understandFormat(input) ?? null,
  commands: (input) => understandCommand(input) ?? null,
  names: (input) => understandName(input) ?? null,
};

/** Own words count only when they are the worker's text, untouched. */
function ownWordsKept(input: string, ownWords: string | undefined): boolean | string {
  if (ownWords === undefined) return false;
  return ownWords === input.trim() ? true : `changed to "${ownWords}"`;
}

export interface GroupScore {
  group: string;
  cases: number;
  right: number;
  accuracy: number;
}

/** Accuracy per group and over all cases, for a reader set (ours, or recognizers-text). */
export function score(answer: (testCase: NluCase) => unknown, cases: NluCase[] = CASES) {
  const misses: { group: string; input: string; expected: unknown; got: unknown }[] = [];
  const groups = new Map<string, { cases: number; right: number }>();
  for (const testCase of cases) {
    const got = answer(testCase);
    const tally = groups.get(testCase.group) ?? { cases: 0, right: 0 };
    tally.cases += 1;
    if (JSON.stringify(got) === JSON.stringify(testCase.expect)) tally.right += 1;
    else misses.push({ group: testCase.group, input: testCase.input, expected: testCase.expect, got });
    groups.set(testCase.group, tally);
  }
  const perGroup: GroupScore[] = [...groups].map(([group, { cases, right }]) => ({ group, cases, right, accuracy: right / cases }));
  const right = perGroup.reduce((sum, g) => sum + g.right, 0);
  return { perGroup, overall: right / cases.length, right, total: cases.length, misses };
}
