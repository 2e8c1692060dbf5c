import type { Group, LessonTime } from './catalog';
import { addDays, maxDate, nextWeekday, type LocalDate } from './dates';
import type { PlaceRequest } from './matching';
import { differences, nearnessOf, NEARNESS, sharesAGoal, timeOfDayRank, type Difference, type Nearness } from './seat-fit';
import type { LessonFormat } from './types';

export const MAX_OFFERS = 3;

/** No waiting list: every worker's first lesson is at most this many days after the day they sign up. */
export const FIRST_LESSON_WITHIN_DAYS = 7;

/** A real seat the worker can tap: "Di 9.30 · Bibliotheek". */
export interface SeatOffer {
  groupId: string;
  kind: LessonFormat;
  firstLesson: LocalDate;
  /** The weekly lesson of `firstLesson`: the one that fits the worker, when the group meets more often. */
  lesson: LessonTime;
  /** Empty when the seat fits the wish. */
  differs: Difference[];
}

/** A seat with how near it is, to choose by. */
export interface PlacedSeat extends SeatOffer {
  nearness: Nearness;
}

/** The last day a first lesson may fall on, when `from` (the day after sign-up) is the first possible one. */
export function lastFirstLessonDay(from: LocalDate): LocalDate {
  return addDays(from, FIRST_LESSON_WITHIN_DAYS - 1);
}

/** The next date of one weekly lesson on or after `from`, if the group still meets then. */
export function lessonDate(group: Group, session: LessonTime, from: LocalDate): LocalDate | undefined {
  const date = nextWeekday(maxDate(from, group.startDate), session.weekday);
  return group.endDate && date > group.endDate ? undefined : date;
}

/**
 * The lesson a worker comes to first in `group`: of its weekly lessons the one nearest the
 * wish, earliest first. A Tuesday-only worker in a Tuesday and Thursday group starts on a Tuesday.
 */
export function firstLessonFor(group: Group, request: PlaceRequest, from: LocalDate, until?: LocalDate): PlacedSeat | undefined {
  return group.times
    .flatMap((lesson): PlacedSeat[] => {
      const firstLesson = lessonDate(group, lesson, from);
      if (!firstLesson || (until && firstLesson > until)) return [];
      const differs = differences(group, lesson, request);
      return [{ groupId: group.id, kind: group.kind, firstLesson, lesson, differs, nearness: nearnessOf(group, differs, request) }];
    })
    .sort(byNearness)[0];
}

/** Every group with a free seat and a goal in common, at its nearest lesson within the week. */
export function placeSeats(groups: Group[], freeSeats: (groupId: string) => number, request: PlaceRequest, from: LocalDate): PlacedSeat[] {
  const until = lastFirstLessonDay(from);
  return groups
    .filter((group) => freeSeats(group.id) > 0 && sharesAGoal(group, request.goals))
    .flatMap((group) => firstLessonFor(group, request, from, until) ?? []);
}

/**
 * The real seats to offer as buttons, earliest first, each within a week of sign-up. Those
 * that fit the wish; when none does, the nearest: the asked time of day on the asked day,
 * then on other days, then a volunteer. A seat at another time of day is offered only when
 * nothing is left at the asked one. A worker who asked for 1-on-1 gets volunteers, or, when
 * none is free at their time, groups whose `differs` says 'format', so the dialog can ask first.
 */
export function seatOffers(
  groups: Group[],
  freeSeats: (groupId: string) => number,
  request: PlaceRequest,
  from: LocalDate,
  limit = MAX_OFFERS,
): SeatOffer[] {
  const seats = placeSeats(groups, freeSeats, request, from);
  const volunteers = seats.filter((seat) => seat.kind === 'one-on-one');
  const wantsVolunteer = request.format === 'one-on-one' && volunteers.some((seat) => timeOfDayRank(seat.nearness) === 0);
  return nearest(wantsVolunteer ? volunteers : seats, limit).map(offerOf);
}

/** The nearest seats, displayed earliest first. */
export function nearest(seats: PlacedSeat[], limit: number): PlacedSeat[] {
  const fits = seats.filter((seat) => seat.nearness === 'fits');
  const bestTimeOfDay = Math.min(...seats.map((seat) => timeOfDayRank(seat.nearness)));
  const pool = fits.length > 0 ? fits : seats.filter((seat) => timeOfDayRank(seat.nearness) === bestTimeOfDay);
  return [...pool].sort(byNearness).slice(0, limit).sort(byDate);
}

export function offerOf({ groupId, kind, firstLesson, lesson, differs }: PlacedSeat): SeatOffer {
  return { groupId, kind, firstLesson, lesson, differs };
}

function byDate(a: SeatOffer, b: SeatOffer): number {
  return (
    a.firstLesson.localeCompare(b.firstLesson) ||
    a.lesson.start.localeCompare(b.lesson.start) ||
    // On the same day a group comes before a volunteer, who is scarcer.
    Number(a.kind === 'one-on-one') - Number(b.kind === 'one-on-one') ||
    a.groupId.localeCompare(b.groupId)
  );
}

export function byNearness(a: PlacedSeat, b: PlacedSeat): number {
  return NEARNESS.indexOf(a.nearness) - NEARNESS.indexOf(b.nearness) || byDate(a, b);
}
