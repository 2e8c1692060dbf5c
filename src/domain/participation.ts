import { missedTwiceInARow, sessionDates, sessionKey, type AttendanceMark } from './attendance';
import type { Group } from './catalog';
import { addDays, daysBetween, localDateOf, nextWeekday, type LocalDate } from './dates';
import type { HistoryEntry, Intake } from './intake';
import { addMonths } from './months';

/** In practice a worker takes part from 6 lessons up to 2 years, then moves on. */
export const MIN_LESSONS = 6;
export const MAX_MONTHS = 24;
/** How long before the 2 years the file says it is nearly time. */
export const SOON_DAYS = 60;

/** A stretch of time a worker was booked in one group. */
export interface Spell {
  groupId: string;
  from: LocalDate;
  /** Last day of the spell; open spells run to today. */
  to: LocalDate;
}

export interface Participation {
  firstLesson?: LocalDate;
  /** Lessons so far: those marked present, plus those of the calendar where nobody marked the worker. */
  lessons: number;
  /** Of those, the lessons marked present. */
  attended: number;
  /** Of those, the lessons counted from the calendar, with no mark: "volgens het rooster". */
  unmarked: number;
  /** Marked absent or afgemeld: not counted. */
  missed: number;
  /** The last two marked lessons both absent, without word. */
  missedTwice: boolean;
  twoYearsOn?: LocalDate;
  /** 'over' once the 2 years have passed, 'soon' in the last 60 days before. */
  twoYears?: 'soon' | 'over';
  enoughLessons: boolean;
}

export type GroupOf = (groupId: string) => Group | undefined;

/** A booking or a move puts the worker in a group from then on. */
export const placesInGroup = (entry: HistoryEntry): entry is HistoryEntry & { groupId: string } =>
  (entry.event === 'booked' || entry.event === 'moved') && !!entry.groupId;

/** The worker's place: the place of the booked group, else of the last booked group, else the place they asked for. */
export function workerLocationId(intake: Intake, groupOf: GroupOf): string | undefined {
  const lastBooked = [...intake.history].reverse().find(placesInGroup)?.groupId;
  const groupId = intake.booking?.groupId ?? lastBooked;
  return (groupId ? groupOf(groupId)?.locationId : undefined) ?? intake.preferredLocationId;
}

/** The stretches in each group, from the history of bookings, cut off at today. */
export function spellsOf(intake: Intake, groupOf: GroupOf, today: LocalDate): Spell[] {
  const events = [...intake.history].sort((a, b) => a.at.localeCompare(b.at));
  const stopDate = intake.finished ? localDateOf(new Date(intake.finished.at)) : today;
  const spells: Spell[] = [];
  events.forEach((entry, i) => {
    if (!placesInGroup(entry)) return;
    const group = groupOf(entry.groupId);
    if (!group) return;
    const isCurrent = intake.status === 'booked' && intake.booking?.bookedAt === entry.at;
    const start = isCurrent && intake.booking ? intake.booking.firstLesson : maxOf(addDays(day(entry.at), 1), group.startDate);
    const next = events.slice(i + 1).find((e) => placesInGroup(e) || e.event === 'cancelled');
    const ends = [stopDate, next ? addDays(day(next.at), -1) : stopDate, group.endDate ?? stopDate];
    spells.push({ groupId: group.id, from: start, to: ends.sort()[0] });
  });
  return spells.filter((spell) => spell.from <= spell.to);
}

/** How many lessons a group held between two dates, both included. */
export function lessonsBetween(group: Group, from: LocalDate, to: LocalDate): number {
  return group.times.reduce((sum, session) => {
    const first = nextWeekday(from, session.weekday);
    return first > to ? sum : sum + Math.floor(daysBetween(first, to) / 7) + 1;
  }, 0);
}

/**
 * Lessons so far and where the worker stands against the 6-lessons-to-2-years practice.
 * A lesson with a mark counts only when marked present; a lesson of the calendar without
 * a mark is counted as the calendar says, and said so (`unmarked`). The first lesson is
 * the first one attended (or unmarked), so a missed first lesson moves the 2-year date.
 */
export function participationOf(intake: Intake, groupOf: GroupOf, today: LocalDate, marks: readonly AttendanceMark[] = []): Participation {
  const spells = spellsOf(intake, groupOf, today);
  if (marks.length === 0) return fromCalendar(intake, spells, groupOf, today);
  const marked = new Set(marks.map((m) => sessionKey(m.groupId, m.date)));
  const present = marks.filter((m) => m.mark === 'present' && m.date <= today).map((m) => m.date);
  const unmarkedDates = spells.flatMap((spell) =>
    sessionDates(groupOf(spell.groupId)!, spell.from, spell.to).filter((date) => !marked.has(sessionKey(spell.groupId, date))),
  );
  const attended = present.length;
  const unmarked = unmarkedDates.length;
  const lessons = attended + unmarked;
  const missed = marks.filter((m) => m.mark !== 'present' && m.date <= today).length;
  const counts = { lessons, attended, unmarked, missed, missedTwice: missedTwiceInARow(marks.filter((m) => m.date <= today)) };
  return standing(intake, [...present, ...unmarkedDates].sort()[0], counts, today);
}

/** Without any mark (most files, and every file before attendance existed): the calendar alone, counted per spell without listing dates. */
function fromCalendar(intake: Intake, spells: Spell[], groupOf: GroupOf, today: LocalDate): Participation {
  const lessons = spells.reduce((sum, spell) => sum + lessonsBetween(groupOf(spell.groupId)!, spell.from, spell.to), 0);
  const counts = { lessons, attended: 0, unmarked: lessons, missed: 0, missedTwice: false };
  return standing(intake, spells.map((spell) => spell.from).sort()[0], counts, today);
}

type Counts = Pick<Participation, 'lessons' | 'attended' | 'unmarked' | 'missed' | 'missedTwice'>;

function standing(intake: Intake, firstLesson: LocalDate | undefined, counts: Counts, today: LocalDate): Participation {
  if (!firstLesson) return { ...counts, enoughLessons: false };
  const twoYearsOn = addMonths(firstLesson, MAX_MONTHS);
  const active = intake.status === 'booked' && !intake.finished;
  const twoYears = !active ? undefined : today >= twoYearsOn ? 'over' : daysBetween(today, twoYearsOn) <= SOON_DAYS ? 'soon' : undefined;
  return { firstLesson, ...counts, twoYearsOn, enoughLessons: counts.lessons >= MIN_LESSONS, ...(twoYears ? { twoYears } : {}) };
}

function day(iso: string): LocalDate {
  return localDateOf(new Date(iso));
}

function maxOf(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}
