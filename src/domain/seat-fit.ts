import { dayPartOf, type Group, type LessonTime } from './catalog';
import type { PlaceRequest } from './matching';
import { DAY_PARTS, type Availability, type DayPart, type Goal, type TimeWindow } from './types';

/** How a seat differs from the worker's wish; none means it fits. */
export type Difference = 'goals' | 'day' | 'day-part' | 'time' | 'format' | 'location';

/**
 * How near a lesson is to the wish, nearest first. The time of day (day part and clock
 * time) weighs more than the day itself: it is usually set by the worker's shifts.
 * - same-time: the asked day and time, but not every goal, or another place
 * - other-day: the asked time of day on another day
 * - one-on-one: a volunteer at the asked time of day, when that is not a fit
 * - other-clock-time: the asked day part, but not the clock time
 * - other-day-part: a time of day the worker did not ask for
 */
export const NEARNESS = ['fits', 'same-time', 'other-day', 'one-on-one', 'other-clock-time', 'other-day-part'] as const;
export type Nearness = (typeof NEARNESS)[number];

/** 0 at the asked time of day, 1 at another clock time in the asked day part, 2 at another day part. */
export function timeOfDayRank(nearness: Nearness): number {
  if (nearness === 'other-day-part') return 2;
  return nearness === 'other-clock-time' ? 1 : 0;
}

export function minutesOf(time: string): number {
  const [hour, minute] = time.split(':').map(Number);
  return hour * 60 + minute;
}

const AN_HOUR = 60;
const PART_SPAN: Record<DayPart, [number, number]> = { morning: [0, 720], afternoon: [720, 1020], evening: [1020, 1440] };

/** The earliest and latest start a lesson may have within the clock-time window. */
export function startRange(time: TimeWindow): [number, number] {
  const lo = Math.max(time.at ? minutesOf(time.at) - AN_HOUR : 0, time.after ? minutesOf(time.after) : 0);
  const hi = Math.min(time.at ? minutesOf(time.at) + AN_HOUR : 1439, time.before ? minutesOf(time.before) - 1 : 1439);
  return [lo, hi];
}

/** The day parts asked for; with only a clock time, the parts it falls in ("na 2 uur": afternoon, evening). Empty: any. */
export function wishedDayParts(availability: Availability): DayPart[] {
  if (availability.dayParts.length > 0 || !availability.time) return availability.dayParts;
  const [lo, hi] = startRange(availability.time);
  return DAY_PARTS.filter((part) => PART_SPAN[part][0] <= hi && PART_SPAN[part][1] > lo);
}

export function clockFits(session: LessonTime, time: TimeWindow | undefined): boolean {
  if (!time) return true;
  const start = minutesOf(session.start);
  if (time.at && Math.abs(start - minutesOf(time.at)) > AN_HOUR) return false;
  if (time.after && start < minutesOf(time.after)) return false;
  return !time.before || start + session.minutes <= minutesOf(time.before);
}

export function sharesAGoal(group: Group, goals: Goal[]): boolean {
  return goals.length === 0 || goals.some((goal) => group.goals.includes(goal));
}

/** What differs between one weekly lesson of a group and the wish. */
export function differences(group: Group, session: LessonTime, request: PlaceRequest): Difference[] {
  const { availability } = request;
  const parts = wishedDayParts(availability);
  const differs: [Difference, boolean][] = [
    ['goals', !request.goals.every((goal) => group.goals.includes(goal))],
    ['day', availability.days.length > 0 && !availability.days.includes(session.weekday)],
    ['day-part', parts.length > 0 && !parts.includes(dayPartOf(session.start))],
    ['time', !clockFits(session, availability.time)],
    ['format', request.format !== 'any' && request.format !== group.kind],
    ['location', !!request.preferredLocationId && request.preferredLocationId !== group.locationId],
  ];
  return differs.filter(([, differ]) => differ).map(([difference]) => difference);
}

export function nearnessOf(group: Group, differs: Difference[], request: PlaceRequest): Nearness {
  if (differs.includes('day-part')) return 'other-day-part';
  if (differs.includes('time')) return 'other-clock-time';
  if (differs.length === 0) return 'fits';
  // A volunteer is scarce: one that does not fit comes after the groups at the asked time.
  if (group.kind === 'one-on-one' && request.format !== 'one-on-one') return 'one-on-one';
  return differs.includes('day') ? 'other-day' : 'same-time';
}
