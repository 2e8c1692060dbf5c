import fixture from '../fixtures/nlu/tuned-0.json';
import devA from '../fixtures/nlu/dev-a.json';
import devB from '../fixtures/nlu/dev-b.json';
import devF from '../fixtures/nlu/dev-f.json';
import devG from '../fixtures/nlu/dev-g.json';
import devH from '../fixtures/nlu/dev-h.json';
import devI from '../fixtures/nlu/dev-i.json';
import devJ from '../fixtures/nlu/dev-j.json';
import devK from '../fixtures/nlu/dev-k.json';
import devN from '../fixtures/nlu/dev-n.json';
import devO from '../fixtures/nlu/dev-o.json';
import heldoutC from '../fixtures/nlu/heldout-c.json';
import heldoutD from '../fixtures/nlu/heldout-d.json';
import heldoutE from '../fixtures/nlu/heldout-e.json';
import heldoutH from '../fixtures/nlu/heldout-h.json';
import heldoutM from '../fixtures/nlu/heldout-m.json';
import heldoutP from '../fixtures/nlu/heldout-p.json';
import { SLOT_READERS } from './nlu-slot-readers';
import {
  understandAvailability,
  understandChange,
  understandCommand,
  understandConsent,
  understandDate,
  understandFormat,
  understandGoals,
  understandHelper,
  understandLessonRequest,
  understandName,
  understandNumber,
  understandPhone,
  understandPhoneAnswer,
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
  /** The question the bot asked, when it matters (commands). */
  question?: string;
  note?: string;
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
    if (sameLabel(got, testCase.expect)) tally.right += 1;
    else misses.push({ group: testCase.group, input: testCase.input, expected: testCase.expect, got });
    groups.set(testCase.group, tally);
  }
  const perGroup: GroupScore[] = [...groups].map(([group, { cases, right }]) => ({ group, cases, right, accuracy: right / cases }));
  const right = perGroup.reduce((sum, g) => sum + g.right, 0);
  return { perGroup, overall: right / cases.length, right, total: cases.length, misses };
}

/** The groups of the batches written from WRITING.md (dev-a onwards). */
export type Group =
  | 'yesno' | 'consent' | 'names' | 'goals' | 'reasons' | 'when' | 'offers' | 'phone'
  | 'helper' | 'change' | 'format' | 'commands' | 'lesson';

/** The colleagues on the helper buttons of WRITING.md. */
export const FIXTURE_HELPERS = ['Anja', 'Mo'];

/** Readers for the WRITING.md groups, in its label shapes; NLU-B's slot groups come from SLOT_READERS. */
export const READERS: Record<Group, Answer> = {
  yesno: (input) => understandYesNo(input) ?? null,
  consent: (input) => understandConsent(input) ?? null,
  names: (input) => understandName(input) ?? null,
  goals: SLOT_READERS.goals,
  reasons: (input) => {
    const reading = understandReasons(input);
    return reading ? { reasons: reading.reasons } : null;
  },
  when: SLOT_READERS.when,
  offers: SLOT_READERS.offers,
  phone: (input) => understandPhoneAnswer(input) ?? null,
  helper: (input) => understandHelper(input, FIXTURE_HELPERS) ?? null,
  change: (input) => understandChange(input) ?? null,
  format: (input) => understandFormat(input) ?? null,
  commands: (input) => understandCommand(input) ?? null,
  lesson: (input) => understandLessonRequest(input) ?? null,
};

export interface Batch {
  name: string;
  heldOut: boolean;
  cases: NluCase[];
  /** The answer our module gives to one case, in the label's shape. */
  answer: (testCase: NluCase) => unknown;
}

const newBatch = (name: string, heldOut: boolean, data: { cases: unknown[] }): Batch => ({
  name,
  heldOut,
  cases: data.cases as NluCase[],
  answer: (testCase) => {
    const reader = READERS[testCase.group as Group];
    if (!reader) throw new Error(`No reader for group ${testCase.group} in ${name}`);
    return reader(testCase.input, TODAY);
  },
});

/**
 * Every batch. Held-out batches are scored, never read while changing src/nlu:
 * print their scores only, never their cases or misses.
 */
export const BATCHES: Batch[] = [
  { name: 'tuned-0', heldOut: false, cases: CASES, answer: (testCase) => OURS[readerOf(testCase)](testCase.input, TODAY) },
  newBatch('dev-a', false, devA),
  newBatch('dev-b', false, devB),
  newBatch('dev-f', false, devF),
  newBatch('dev-g', false, devG),
  newBatch('dev-h', false, devH),
  newBatch('dev-i', false, devI),
  newBatch('dev-j', false, devJ),
  newBatch('dev-k', false, devK),
  newBatch('dev-n', false, devN),
  newBatch('dev-o', false, devO),
  newBatch('heldout-c', true, heldoutC),
  newBatch('heldout-d', true, heldoutD),
  newBatch('heldout-e', true, heldoutE),
  newBatch('heldout-h', true, heldoutH),
  newBatch('heldout-m', true, heldoutM),
  newBatch('heldout-p', true, heldoutP),
];

/**
 * Labels compare as plain JSON with object keys sorted and lists of words sorted:
 * WRITING.md says the order of goals, reasons, days and parts does not matter.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((item) => typeof item === 'string') ? [...(items as string[])].sort() : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

export function sameLabel(got: unknown, expected: unknown): boolean {
  return JSON.stringify(canonical(got)) === JSON.stringify(canonical(expected));
}
