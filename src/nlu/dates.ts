import { addDays, dayOfMonth, nextWeekday, type LocalDate } from '../domain/dates';
import { WEEKDAYS } from '../domain/types';
import { weekdayWord } from './days';
import { lookup, dictionary } from './fuzzy';
import { normalize, words } from './normalize';
import { numberWord } from './numbers';

const MONTHS = dictionary({
  '1': ['januari', 'jan'],
  '2': ['februari', 'feb', 'febr'],
  '3': ['maart', 'mrt', 'mar'],
  '4': ['april', 'apr'],
  '5': ['mei'],
  '6': ['juni', 'jun'],
  '7': ['juli', 'jul'],
  '8': ['augustus', 'aug'],
  '9': ['september', 'sep', 'sept'],
  '10': ['oktober', 'okt', 'oct'],
  '11': ['november', 'nov'],
  '12': ['december', 'dec'],
});

function isoDate(year: number, month: number, day: number): LocalDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A day and month without a year: this year, or next year when it has passed. */
function upcoming(today: LocalDate, month: number, day: number, year?: number): LocalDate | undefined {
  if (year !== undefined) return isoDate(year < 100 ? 2000 + year : year, month, day);
  const thisYear = Number(today.slice(0, 4));
  const candidate = isoDate(thisYear, month, day);
  if (candidate && candidate >= today) return candidate;
  return isoDate(thisYear + 1, month, day);
}

function monthOf(token: string): number | undefined {
  const month = token.length <= 3 ? MONTHS.get(token) : lookup(token, MONTHS);
  return month === undefined ? undefined : Number(month);
}

/**
 * Dates in Dutch order: 12-03-2027 is 12 March. Also "12 maart", "vandaag", "morgen",
 * "overmorgen", "over twee weken", "volgende week (dinsdag)", "maandag", "maandag de 3e",
 * "de 3e". "volgende week" alone is its Monday.
 */
export function understandDate(text: string, today: LocalDate): LocalDate | undefined {
  const normal = normalize(text);
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(normal);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /\b(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?\b/.exec(normal);
  if (numeric) return upcoming(today, Number(numeric[2]), Number(numeric[1]), numeric[3] ? Number(numeric[3]) : undefined);

  const tokens = words(normal);
  if (tokens.includes('overmorgen')) return addDays(today, 2);
  if (tokens.some((token) => /^morgen(ochtend|middag|avond|vroeg)?$/.test(token))) return addDays(today, 1);
  if (tokens.includes('vandaag')) return today;
  const later = /\bover (\S+) (dag|dagen|week|weken)\b/.exec(normal);
  const count = later ? dayNumber(later[1]) : undefined;
  if (later && count !== undefined) return addDays(today, later[2].startsWith('we') ? count * 7 : count);

  for (let i = 0; i < tokens.length; i++) {
    const month = monthOf(tokens[i]);
    const day = i > 0 ? dayNumber(tokens[i - 1]) : undefined;
    if (month !== undefined && day !== undefined) {
      const year = /^\d{4}$/.test(tokens[i + 1] ?? '') ? Number(tokens[i + 1]) : undefined;
      return upcoming(today, month, day, year);
    }
  }

  const weekday = tokens.map(weekdayWord).find((day) => day !== undefined);
  const nextWeek = /\bvolgende week\b/.test(normal);
  const dayInMonth = tokens.map(dayNumber).find((n) => n !== undefined && n >= 1 && n <= 31);
  if (nextWeek) {
    const monday = nextWeekday(addDays(today, 1), 'mon');
    return weekday ? addDays(monday, WEEKDAYS.indexOf(weekday)) : monday;
  }
  if (weekday && dayInMonth !== undefined) {
    for (let date = nextWeekday(addDays(today, 1), weekday), n = 0; n < 60; n++, date = addDays(date, 7)) {
      if (dayOfMonth(date) === dayInMonth) return date;
    }
    return undefined;
  }
  if (weekday) return nextWeekday(addDays(today, 1), weekday);
  if (dayInMonth !== undefined && /\bde\b/.test(normal)) {
    for (let date = today, n = 0; n < 62; n++, date = addDays(date, 1)) if (dayOfMonth(date) === dayInMonth) return date;
  }
  return undefined;
}

/** "3", "3e", "3de", "derde" → 3 */
function dayNumber(token: string): number | undefined {
  const match = /^(\d{1,2})(e|de|ste)?$/.exec(token);
  if (match) return Number(match[1]);
  const word = numberWord(token);
  return word !== undefined && word >= 1 && word <= 31 ? word : undefined;
}

