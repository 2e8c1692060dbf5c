import { type Group, type Location, type LessonTime } from './catalog';
import { addDays, nextWeekday, type LocalDate } from './dates';
import { goalsCovered, lessonTimeFits, type PlaceRequest } from './matching';
import { WEEKDAYS, type DayPart, type Goal } from './types';

/** A coordinator needs about a week to find a teacher for a new group. */
export const OVERFLOW_LEAD_DAYS = 7;
export const OVERFLOW_CAPACITY = 8;

const DEFAULT_START: Record<DayPart, string> = { morning: '09:30', afternoon: '13:30', evening: '19:00' };
const DEFAULT_MINUTES = 90;

/**
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
