import type { Group } from './catalog';
import { addDays, nextWeekday, type LocalDate } from './dates';

/** What a teacher ticks per worker per lesson. 'excused' is "afgemeld": the worker said ahead they could not come. */
export const MARKS = ['present', 'absent', 'excused'] as const;
export type Mark = (typeof MARKS)[number];

/** One worker at one lesson of a group (a session: the group and a date), who marked it and when. */
export interface AttendanceMark {
  /** `${groupId}|${date}|${intakeId}`: one mark per worker per session. */
  id: string;
  groupId: string;
  date: LocalDate;
  intakeId: string;
  mark: Mark;
  /** The actor's label (an e-mail address, or 'worker' when the worker said ahead in the chat). */
  by: string;
  byKind: 'account' | 'api' | 'worker' | 'system';
  at: string;
}

export const markId = (groupId: string, date: LocalDate, intakeId: string) => `${groupId}|${date}|${intakeId}`;
export const sessionKey = (groupId: string, date: LocalDate) => `${groupId}|${date}`;

/** The dates a group meets between two dates, both included, within the group's own start and end. */
export function sessionDates(group: Group, from: LocalDate, to: LocalDate): LocalDate[] {
  const start = from > group.startDate ? from : group.startDate;
  const end = group.endDate && group.endDate < to ? group.endDate : to;
  const dates: LocalDate[] = [];
  for (const session of group.times) {
    for (let date = nextWeekday(start, session.weekday); date <= end; date = addDays(date, 7)) dates.push(date);
  }
  return [...new Set(dates)].sort();
}

export const isSessionOf = (group: Group, date: LocalDate) => sessionDates(group, date, date).length === 1;

/** The lesson of the group on or before `today` that is the latest; the first one ahead when none has been. */
export function currentSession(group: Group, today: LocalDate): LocalDate | undefined {
  const past = sessionDates(group, addDays(today, -27), today);
  return past.at(-1) ?? sessionDates(group, today, addDays(today, 28))[0];
}

/** Two lessons in a row marked absent, the latest ones with a mark: a coordinator should call. */
export function missedTwiceInARow(marks: readonly AttendanceMark[]): boolean {
  const latest = [...marks].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 2);
  return latest.length === 2 && latest.every((m) => m.mark === 'absent');
}

/** Present, absent and afgemeld counts, and the share present of all marks (undefined without marks). */
export interface AttendanceRate {
  present: number;
  absent: number;
  excused: number;
  rate?: number;
}

export function rateOf(marks: readonly Pick<AttendanceMark, 'mark'>[]): AttendanceRate {
  const count = (mark: Mark) => marks.filter((m) => m.mark === mark).length;
  const [present, absent, excused] = MARKS.map(count);
  const all = present + absent + excused;
  return { present, absent, excused, ...(all > 0 ? { rate: present / all } : {}) };
}
