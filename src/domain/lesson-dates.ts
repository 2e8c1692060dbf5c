import { addDays, maxDate, weekdayOf, type LocalDate } from './dates';
import type { Intake } from './intake';
import { firstLessonDate } from './matching';
import type { GroupOf, Participation } from './participation';
import { WEEKDAYS } from './types';

/**
 * The first lesson the worker was told: the first lesson held in a group they were in,
 * else the date the booking gave them (a worker booked for tomorrow has had none yet).
 */
export function toldFirstLesson(intake: Intake, participation: Participation): LocalDate | undefined {
  return participation.firstLesson ?? intake.booking?.firstLesson;
}

/** The next lesson of the worker's group, today or later; none when they have no place or are done. */
export function nextLessonOf(intake: Intake, groupOf: GroupOf, today: LocalDate): LocalDate | undefined {
  if (intake.status !== 'booked' || intake.finished || !intake.booking) return undefined;
  const group = groupOf(intake.booking.groupId);
  return group ? firstLessonDate(group, maxDate(today, intake.booking.firstLesson)) : undefined;
}

/** Monday to Sunday of the week that holds the date. */
export function weekAround(date: LocalDate): { from: LocalDate; to: LocalDate } {
  const from = addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
  return { from, to: addDays(from, 6) };
}
