import { dayPartOf, type Group, type Location } from '../domain/catalog';
import { weekdayOf, type LocalDate } from '../domain/dates';
import { DAY_PARTS, WEEKDAYS, type Availability, type DayPart, type Goal, type LessonFormat, type Reason, type Weekday } from '../domain/types';
import { list, t } from './t';

/** Turns domain values into the words a worker reads: "dinsdag 3 maart", "9.30". */

export function dayName(day: Weekday): string {
  return list('words.weekdays')[WEEKDAYS.indexOf(day)];
}

export function dayPartName(part: DayPart): string {
  return list('words.dayParts')[DAY_PARTS.indexOf(part)];
}

export function dateText(date: LocalDate): string {
  const month = list('words.months')[Number(date.slice(5, 7)) - 1];
  return `${dayName(weekdayOf(date))} ${Number(date.slice(8, 10))} ${month}`;
}

/** "09:30" → "9.30" */
export function timeText(start: string): string {
  const [hour, minute] = start.split(':');
  return `${Number(hour)}.${minute}`;
}

/** "lezen, schrijven en rekenen" */
export function listText(items: string[], joiner = t('words.and')): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

export function goalLabel(goal: Goal): string {
  return t(`goals.${goal}`);
}

export function reasonLabel(reason: Reason): string {
  return t(`reasons.${reason}`);
}

export function answerText<T>(choices: T[], label: (choice: T) => string, ownWords?: string): string {
  const words = choices.map((choice) => label(choice).toLowerCase());
  return ownWords ? (words.length > 0 ? `${listText(words)} (${ownWords})` : ownWords) : listText(words);
}

export function availabilityText(availability: Availability): string {
  const days = availability.days.map(dayName);
  const parts = availability.dayParts.map(dayPartName);
  if (days.length === 0 && parts.length === 0) return t('words.anyTime');
  return [listText(days, t('words.or')), listText(parts, t('words.or'))].filter(Boolean).join(', ');
}

export function formatText(format: LessonFormat | 'any'): string {
  if (format === 'group') return t('words.group');
  if (format === 'one-on-one') return t('words.oneOnOne');
  return t('words.anyFormat');
}

export function addressText(location: Location): { place: string; street: string; town: string } {
  return { place: location.name, street: location.street, town: location.town };
}

/** The days and time of a group: "dinsdag en donderdag", "9.30". */
export function scheduleText(group: Group): { days: string; time: string; dayPart: string } {
  const days = [...new Set(group.times.map((s) => dayName(s.weekday)))];
  const first = group.times[0];
  return { days: listText(days), time: timeText(first.start), dayPart: dayPartName(dayPartOf(first.start)) };
}

/** "+31612345678" → "06 1234 5678", the way people write a Dutch number. */
export function phoneText(phone: string): string {
  const mobile = /^\+316(\d{4})(\d{4})$/.exec(phone);
  if (mobile) return `06 ${mobile[1]} ${mobile[2]}`;
  return phone.startsWith('+31') ? `0${phone.slice(3)}` : phone;
}
