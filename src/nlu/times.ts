import { normalize } from './normalize';
import { numberWord } from './numbers';

export interface ClockTime {
  hour: number;
  minute: number;
}

const LATER_IN_DAY = /\b(smiddags|middags|middag|savonds|avonds|avond|pm|namiddag)\b/;
const EARLY_IN_DAY = /\b(sochtends|ochtends|ochtend|smorgens|morgens|am|snachts|nachts)\b/;
/** Lessons run from 8 in the morning to 9 at night: a spoken "om 2 uur" is 14:00. */
const FIRST_MORNING_HOUR = 8;
const HOUR = '(\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)';
const MINUTES = '(\\d{1,2}|een|twee|drie|vier|vijf|tien|kwart)';

function hourOf(word: string): number | undefined {
  const hour = numberWord(word);
  return hour !== undefined && hour >= 0 && hour <= 24 ? hour : undefined;
}

function minutesOf(word: string): number | undefined {
  if (word === 'kwart') return 15;
  const minutes = numberWord(word);
  return minutes !== undefined && minutes < 30 ? minutes : undefined;
}

/**
 * "half 10" is 9:30, "kwart over 2" 14:15, "tien over half 4" 15:40, "14.00", "2 uur
 * 's middags", "om 9 uur". People say hours the 12-hour way; a spoken hour from 1 to 7
 * without a morning word is read in the afternoon or evening. Written digits ("07:00")
 * are taken as they are.
 */
export function understandTime(text: string): ClockTime | undefined {
  const normal = normalize(text);
  const reading = readTime(normal);
  if (!reading) return undefined;
  const time = { hour: reading.hour === 0 && reading.spoken ? 12 : reading.hour, minute: reading.minute };
  const later = LATER_IN_DAY.test(normal) || (reading.spoken && time.hour < FIRST_MORNING_HOUR && !EARLY_IN_DAY.test(normal));
  if (later && time.hour < 12) time.hour += 12;
  if (time.hour === 24) time.hour = 0;
  return time.hour < 24 && time.minute < 60 ? time : undefined;
}

/** A time read from the words, and whether it was said the spoken 12-hour way. */
interface Reading extends ClockTime {
  spoken: boolean;
}

const spoken = (hour: number, minute: number): Reading => ({ hour, minute, spoken: true });

function readTime(normal: string): Reading | undefined {
  const digits = /\b(\d{1,2})[:.h](\d{2})\b/.exec(normal) ?? /\b(\d{1,2})u(\d{2})\b/.exec(normal);
  if (digits) return { hour: Number(digits[1]), minute: Number(digits[2]), spoken: false };

  const aroundHalf = new RegExp(`\\b${MINUTES} (over|voor) half ${HOUR}\\b`).exec(normal);
  if (aroundHalf) {
    const minutes = minutesOf(aroundHalf[1]);
    const hour = hourOf(aroundHalf[3]);
    if (minutes !== undefined && hour !== undefined) {
      const offset = aroundHalf[2] === 'over' ? 30 + minutes : 30 - minutes;
      return spoken(hour - 1, offset);
    }
  }
  const half = new RegExp(`\\bhalf ${HOUR}\\b`).exec(normal);
  if (half) {
    const hour = hourOf(half[1]);
    if (hour !== undefined) return spoken(hour - 1, 30);
  }
  const around = new RegExp(`\\b${MINUTES} (over|voor) ${HOUR}\\b`).exec(normal);
  if (around) {
    const minutes = minutesOf(around[1]);
    const hour = hourOf(around[3]);
    if (minutes !== undefined && hour !== undefined) {
      return around[2] === 'over' ? spoken(hour, minutes) : spoken(hour - 1, 60 - minutes);
    }
  }
  const oClock = new RegExp(`\\b${HOUR} ?(uur|u)\\b`).exec(normal) ?? new RegExp(`\\bom ${HOUR}\\b`).exec(normal);
  if (oClock) {
    const hour = hourOf(oClock[1]);
    if (hour !== undefined) return spoken(hour, 0);
  }
  const bare = /^(\d{1,2})$/.exec(normal);
  if (bare) return spoken(Number(bare[1]), 0);
  return undefined;
}

/** A clock time found inside a longer answer: where it is, and how it was said. */
export interface TimeMention {
  index: number;
  length: number;
  hour: number;
  minute: number;
  /** Said the spoken 12-hour way ("om 3 uur", "half 7"), not written as "15.00". */
  spoken: boolean;
}

/** "na vieren", "voor zessen": the hour with -en is a time of its own. */
const HOUR_EN = '(enen|tweeen|drieen|vieren|vijven|zessen|zevenen|achten|negenen|tienen|elven|twaalven)';
const HOUR_EN_VALUE: Record<string, number> = {
  enen: 1, tweeen: 2, drieen: 3, vieren: 4, vijven: 5, zessen: 6, zevenen: 7, achten: 8, negenen: 9, tienen: 10, elven: 11, twaalven: 12,
};
/** A bare hour counts only after a word that makes it a time: "na 2", "tot 4", "niet later dan 5". */
const TIME_PREPOSITION = '(?<=\\b(?:om|na|vanaf|van|tot|voor|rond|rondom|tegen|omstreeks|uiterlijk|dan|tussen|en|ongeveer|pas)\\s)';
const NOT_A_COUNT = '(?!\\s?(?:dagen|dag|keer|weken|week|x|minuten|min|kwartier|maanden|jaar|e|de|ste)\\b)';

const MENTION = new RegExp(
  [
    '\\b(\\d{1,2})(?:[:.h]|u)(\\d{2})\\b',
    `\\b${MINUTES} (over|voor) half ${HOUR}\\b`,
    `\\bhalf ${HOUR}\\b`,
    `\\b${MINUTES} (over|voor) ${HOUR}\\b`,
    `\\b${HOUR} ?(?:uur|u)\\b`,
    `\\b${HOUR_EN}\\b`,
    `${TIME_PREPOSITION}${HOUR}\\b${NOT_A_COUNT}`,
  ].join('|'),
  'g',
);

/**
 * Every clock time in a normalized answer, left to right: "dinsdag om 3 uur", "na half 4",
 * "tussen 2 en 4". Hours are as said; the caller decides morning or afternoon.
 */
export function clockTimesIn(normal: string): TimeMention[] {
  const found: TimeMention[] = [];
  for (const match of normal.matchAll(MENTION)) {
    const g = match.slice(1);
    let reading: Reading | undefined;
    if (g[0] !== undefined) reading = { hour: Number(g[0]), minute: Number(g[1]), spoken: false };
    else if (g[2] !== undefined) {
      const minutes = minutesOf(g[2]);
      const hour = hourOf(g[4]);
      if (minutes !== undefined && hour !== undefined) reading = spoken(hour - 1, g[3] === 'over' ? 30 + minutes : 30 - minutes);
    } else if (g[5] !== undefined) {
      const hour = hourOf(g[5]);
      if (hour !== undefined) reading = spoken(hour - 1, 30);
    } else if (g[6] !== undefined) {
      const minutes = minutesOf(g[6]);
      const hour = hourOf(g[8]);
      if (minutes !== undefined && hour !== undefined) reading = g[7] === 'over' ? spoken(hour, minutes) : spoken(hour - 1, 60 - minutes);
    } else if (g[9] !== undefined) {
      const hour = hourOf(g[9]);
      if (hour !== undefined) reading = spoken(hour, 0);
    } else if (g[10] !== undefined) reading = spoken(HOUR_EN_VALUE[g[10]], 0);
    else if (g[11] !== undefined) {
      const hour = hourOf(g[11]);
      if (hour !== undefined && hour >= 1 && hour <= 23) reading = spoken(hour, 0);
    }
    if (!reading) continue;
    const hour = reading.hour === 0 && reading.spoken ? 12 : reading.hour;
    if (hour > 23 || reading.minute > 59) continue;
    found.push({ index: match.index, length: match[0].length, hour, minute: reading.minute, spoken: reading.spoken });
  }
  return found;
}

/** The hour of the day a spoken time means: 1 to 7 is afternoon or evening unless the morning is named. */
export function dayHour(mention: TimeMention, context: { morning: boolean; later: boolean }): number {
  if (!mention.spoken || mention.hour >= 12) return mention.hour;
  if (context.later || (mention.hour < FIRST_MORNING_HOUR && !context.morning)) return mention.hour + 12;
  return mention.hour;
}

export const clockText = (hour: number, minute: number): string => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
