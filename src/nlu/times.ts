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
