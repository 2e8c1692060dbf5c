import { addDays, type LocalDate } from './dates';
import type { PlaceRequest } from './matching';
import { DAY_PARTS, WEEKDAYS, type Availability, type Goal, type LessonFormat } from './types';

/** One worker's wish on the day they sign up. */
export interface Wish {
  label: string;
  signUp: LocalDate;
  request: PlaceRequest;
}

const anyTime: Availability = { days: [], dayParts: [] };

/**
 * When workers say they can come: every day, every day part, single slots, exceptions ("niet op
 * maandag") and clock times ("dinsdag om 3 uur", "na 2 uur", "tot 12 uur"), as the NLU reads them.
 */
export const AVAILABILITIES: [label: string, availability: Availability][] = [
  ['any time', anyTime],
  ...WEEKDAYS.map((day): [string, Availability] => [`only ${day}`, { days: [day], dayParts: [] }]),
  ...DAY_PARTS.map((part): [string, Availability] => [`only ${part}`, { days: [], dayParts: [part] }]),
  ...WEEKDAYS.flatMap((day) => DAY_PARTS.map((part): [string, Availability] => [`only ${day} ${part}`, { days: [day], dayParts: [part] }])),
  ['not mon', { days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], dayParts: [] }],
  ['weekend only', { days: ['sat', 'sun'], dayParts: [] }],
  ['weekday evenings', { days: ['mon', 'tue', 'wed', 'thu', 'fri'], dayParts: ['evening'] }],
  ['mon or wed, morning or afternoon', { days: ['mon', 'wed'], dayParts: ['morning', 'afternoon'] }],
  ['at 09:00', { ...anyTime, time: { at: '09:00' } }],
  ['at 15:00', { ...anyTime, time: { at: '15:00' } }],
  ['tue at 15:00', { days: ['tue'], dayParts: [], time: { at: '15:00' } }],
  ['thu evening at 19:30', { days: ['thu'], dayParts: ['evening'], time: { at: '19:30' } }],
  ['after 14:00', { ...anyTime, time: { after: '14:00' } }],
  ['after 18:00', { ...anyTime, time: { after: '18:00' } }],
  ['fri after 14:00', { days: ['fri'], dayParts: [], time: { after: '14:00' } }],
  ['evening after 20:00', { days: [], dayParts: ['evening'], time: { after: '20:00' } }],
  ['before 12:00', { ...anyTime, time: { before: '12:00' } }],
  ['before 11:00', { ...anyTime, time: { before: '11:00' } }],
  ['sun before 12:00', { days: ['sun'], dayParts: [], time: { before: '12:00' } }],
];

export const GOAL_SETS: Goal[][] = [
  ['reading'],
  ['reading', 'writing'],
  ['numeracy'],
  ['digital'],
  ['speaking'],
  ['reading', 'writing', 'numeracy'],
  ['digital', 'reading'],
];

const FORMATS: (LessonFormat | 'any')[] = ['any', 'any', 'one-on-one', 'any', 'group'];

/** The week of sign-up days the spread starts on, Monday to Sunday (all demo groups run by then). */
export const SIGN_UP_WEEK: LocalDate = '2026-11-23';

/**
 * Every availability, signed up on each day of one week, with goals and the format
 * (mostly "maakt niet uit", some 1-on-1, some group) turning over: 329 wishes.
 */
export function wishSpread(week: LocalDate = SIGN_UP_WEEK): Wish[] {
  return AVAILABILITIES.flatMap(([label, availability], a) =>
    WEEKDAYS.map((_, d): Wish => {
      const format = FORMATS[(a + d) % FORMATS.length];
      return {
        label: `${label}, ${format}`,
        signUp: addDays(week, d),
        request: { goals: GOAL_SETS[(a + 3 * d) % GOAL_SETS.length], availability, format },
      };
    }),
  );
}
