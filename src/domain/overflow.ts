import { type Group, type Location, type LessonTime } from './catalog';
import { addDays, nextWeekday, type LocalDate } from './dates';
import { goalsCovered, lessonTimeFits, type PlaceRequest } from './matching';
import { differences, minutesOf, sharesAGoal, wishedDayParts, type Difference } from './seat-fit';
import { WEEKDAYS, type Availability, type DayPart, type Goal, type Weekday } from './types';

/** @deprecated The old lead time, 7+ days out; newGroupFor starts within a week (TEACHER_SEARCH_DAYS). */
export const OVERFLOW_LEAD_DAYS = 7;
export const OVERFLOW_CAPACITY = 8;

const DEFAULT_START: Record<DayPart, string> = { morning: '09:30', afternoon: '13:30', evening: '19:00' };
const DEFAULT_MINUTES = 90;

/**
 * @deprecated Use fallbackSeat (fallback-seat.ts), which opens newGroupFor within a week.
 * The slot for a new group when no seat is left: the time of the best-fitting full
 * group if the worker can come then, else the first day and day part they named.
 */
export function overflowGroup(
  groups: Group[],
  locations: Location[],
  request: PlaceRequest,
  from: LocalDate,
  id: string,
  now: string,
  nameOf: (goals: Goal[], session: LessonTime) => string,
): Group {
  const model = groups
    .filter((g) => g.kind === 'group' && goalsCovered(g, request.goals) > 0)
    .filter((g) => g.times.some((s) => lessonTimeFits(s, request.availability)))
    .filter((g) => !request.preferredLocationId || g.locationId === request.preferredLocationId)
    .sort((a, b) => goalsCovered(b, request.goals) - goalsCovered(a, request.goals) || a.id.localeCompare(b.id))[0];

  const session: LessonTime = model?.times.find((s) => lessonTimeFits(s, request.availability)) ?? {
    weekday: request.availability.days[0] ?? WEEKDAYS[0],
    start: DEFAULT_START[request.availability.dayParts[0] ?? 'morning'],
    minutes: DEFAULT_MINUTES,
  };
  const locationId = model?.locationId ?? request.preferredLocationId ?? locations[0].id;
  const goals: Goal[] = request.goals.length > 0 ? [...request.goals] : ['reading', 'writing'];

  return {
    id,
    kind: 'group',
    name: nameOf(goals, session),
    goals,
    times: [session],
    locationId,
    capacity: OVERFLOW_CAPACITY,
    startDate: nextWeekday(addDays(from, OVERFLOW_LEAD_DAYS), session.weekday),
    teacher: '',
    overflow: { openedAt: now, confirmed: false },
    createdAt: now,
  };
}

/** Days a coordinator gets to find a teacher for a new group, when the worker's days allow it. */
export const TEACHER_SEARCH_DAYS = 3;
const WORKING_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export interface NewGroupFields {
  id: string;
  now: string;
  nameOf: (goals: Goal[], session: LessonTime) => string;
}

interface Slot {
  session: LessonTime;
  date: LocalDate;
  locationId?: string;
}

/**
 * A new group at the time the worker asked for, its first lesson within a week of sign-up:
 * the first asked day that leaves the coordinator TEACHER_SEARCH_DAYS, else the last asked day
 * of the week. It takes the time and place of a group that fits (full, or else it would have
 * been offered), else the usual start of the asked day part, within the clock time asked.
 * The coordinator must confirm a teacher by the day before the first lesson.
 */
export function newGroupFor(groups: Group[], locations: Location[], request: PlaceRequest, from: LocalDate, fields: NewGroupFields): Group {
  const { date, session, locationId } = slotFor(groups, request, from);
  const goals: Goal[] = request.goals.length > 0 ? [...request.goals] : ['reading', 'writing'];
  return {
    id: fields.id,
    kind: 'group',
    name: fields.nameOf(goals, session),
    goals,
    times: [session],
    locationId: locationId ?? request.preferredLocationId ?? locations[0].id,
    capacity: OVERFLOW_CAPACITY,
    startDate: date,
    teacher: '',
    overflow: { openedAt: fields.now, confirmed: false, confirmBy: addDays(date, -1) },
    createdAt: fields.now,
  };
}

function slotFor(groups: Group[], request: PlaceRequest, from: LocalDate): Slot {
  const days = request.availability.days.length > 0 ? request.availability.days : WORKING_DAYS;
  const models = groups
    .filter((g) => g.kind === 'group' && sharesAGoal(g, request.goals))
    .flatMap((g) =>
      g.times
        .filter((session) => days.includes(session.weekday) && !differences(g, session, request).some((d) => TIME_OF_DAY.includes(d)))
        .map((session): Slot => ({ session, date: nextWeekday(from, session.weekday), locationId: g.locationId })),
    )
    .sort((a, b) => Number(b.locationId === request.preferredLocationId) - Number(a.locationId === request.preferredLocationId));
  const usual = days.map((weekday): Slot => ({ session: usualSession(weekday, request.availability), date: nextWeekday(from, weekday) }));
  const slots = [...models, ...usual].sort((a, b) => a.date.localeCompare(b.date));
  const searchTime = addDays(from, TEACHER_SEARCH_DAYS);
  return slots.find((slot) => slot.date >= searchTime) ?? slots.filter((slot) => slot.date === slots[slots.length - 1].date)[0];
}

const TIME_OF_DAY: Difference[] = ['day', 'day-part', 'time'];
const MIN_MINUTES = 30;
const DAY_MINUTES = 24 * 60;

function usualSession(weekday: Weekday, availability: Availability): LessonTime {
  const part = wishedDayParts(availability)[0] ?? 'morning';
  const time = availability.time ?? {};
  let start = time.at ? minutesOf(time.at) : minutesOf(DEFAULT_START[part]);
  if (time.after) start = Math.max(start, minutesOf(time.after));
  let minutes = DEFAULT_MINUTES;
  if (time.before && start + minutes > minutesOf(time.before)) {
    start = Math.max(time.after ? minutesOf(time.after) : 0, minutesOf(time.before) - minutes);
    minutes = Math.max(MIN_MINUTES, Math.min(minutes, minutesOf(time.before) - start));
  }
  return { weekday, start: clockOf(Math.min(start, DAY_MINUTES - minutes)), minutes };
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
