import { WEEKDAYS, type Weekday } from './types';

/**
 * Lesson dates are calendar dates in the Netherlands, kept as 'YYYY-MM-DD' strings.
 * Arithmetic happens on UTC midnights so that summer time never shifts a day.
 */
export type LocalDate = string;

export const TIME_ZONE = 'Europe/Amsterdam';

const localDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function localDateOf(instant: Date): LocalDate {
  return localDateFormat.format(instant);
}

function toUtc(date: LocalDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[(toUtc(date).getUTCDay() + 6) % 7];
}

/** The first date on or after `from` that falls on `weekday`. */
export function nextWeekday(from: LocalDate, weekday: Weekday): LocalDate {
  const delta = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(from)) + 7) % 7;
  return addDays(from, delta);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

export function dayOfMonth(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

export function monthOf(date: LocalDate): number {
  return Number(date.slice(5, 7));
}

/** The instant when the clock in the Netherlands shows `time` ('HH:MM') on `date`. */
export function instantOf(date: LocalDate, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  const asUtc = toUtc(date).getTime() + (hour * 60 + minute) * 60_000;
  // The offset of Amsterdam at that moment (one or two hours), read back from Intl.
  const offsetAt = (instant: number) => {
    const parts = Object.fromEntries(offsetFormat.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
    const shown = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, Number(parts.minute));
    return shown - instant;
  };
  const guess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(guess));
}

const offsetFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
