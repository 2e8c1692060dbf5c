import { WEEKDAYS, type Weekday } from '../domain/types';

/**
 * Date arithmetic on 'YYYY-MM-DD' strings through UTC midnights, so the time zone of
 * the server and summer time never move a day.
 */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

function toUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(toUtc(date).getUTCDay() + 6) % 7];
}

/** The first date after `date` (never `date` itself) that falls on `weekday`. */
export function nextWeekdayAfter(date: string, weekday: Weekday): string {
  const delta = (WEEKDAYS.indexOf(weekday) - WEEKDAYS.indexOf(weekdayOf(date)) + 7) % 7;
  return addDays(date, delta === 0 ? 7 : delta);
}

/** Monday of the week that `date` is in. */
export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

export function dayOfMonth(date: string): number {
  return Number(date.slice(8, 10));
}
