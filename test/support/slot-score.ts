import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLOT_READERS, type SlotGroup } from './nlu-slot-readers';

export const SLOT_GROUPS: SlotGroup[] = ['when', 'offers', 'goals'];
export const TUNING_BATCHES = ['dev-a', 'dev-b'];
export const HELD_OUT_BATCHES = ['heldout-c', 'heldout-d', 'heldout-e'];

interface Case {
  group: string;
  input: string;
  expect: unknown;
}

/** Goals are a set: WRITING.md says their order does not matter. */
function same(group: SlotGroup, got: unknown, expected: unknown): boolean {
  const canonical = (value: unknown) =>
    group === 'goals' && value && typeof value === 'object' && 'goals' in value
      ? { goals: [...(value as { goals: string[] }).goals].sort() }
      : value;
  return JSON.stringify(canonical(got)) === JSON.stringify(canonical(expected));
}

export interface SlotScore {
  batch: string;
  group: SlotGroup;
  cases: number;
  right: number;
  misses: { input: string; expected: unknown; got: unknown }[];
}

/** Scores one batch per slot group. Callers print misses only for tuning batches. */
export function scoreBatch(batch: string): SlotScore[] {
  const file = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'nlu', `${batch}.json`), 'utf8')) as { today?: string; cases: Case[] };
  const today = file.today ?? '2027-03-01';
  return SLOT_GROUPS.map((group) => {
    const cases = file.cases.filter((c) => c.group === group);
    const misses = cases
      .map((c) => ({ input: c.input, expected: c.expect, got: SLOT_READERS[group](c.input, today) }))
      .filter((m) => !same(group, m.got, m.expected));
    return { batch, group, cases: cases.length, right: cases.length - misses.length, misses };
  });
}
