import type { DialogContext } from 'botbuilder-dialogs';
import type { Domain } from '../domain';
import { currentSession, sessionDates } from '../domain/attendance';
import { addDays, weekdayOf } from '../domain/dates';
import type { FollowUpAnswer } from '../domain/notice';
import { LESSON_DIALOG, type LessonOptions } from '../../dialogs/lesson-dialog';
import { say, textOf } from '../../dialogs/prompt';
import { understandChoice } from '../nlu';
import type { Prompt } from '../text/prompt';
import { t } from '../text/t';
import { dateText, timeText } from '../text/words';

/** "We hebben je gemist. Zullen we een nieuwe tijd zoeken?" with its three buttons. */
export function missedLessonPrompt(): Prompt {
  return { text: t('attendance.missed.text'), buttons: [t('attendance.missed.newTime'), t('attendance.missed.nextTime'), t('attendance.missed.talk')] };
}

/**
 * The answer to the message after a missed first lesson, wherever the conversation is:
 * kept for the coordinator, then "Nieuwe tijd" moves the place as in the sign-up (the
 * lesson dialog's move), "Ik kom volgende keer" names the next lesson, and "Iemand
 * spreken" names the contact person. Only while such a message waits for its answer.
 */
export async function answerMissedLesson(dc: DialogContext, domain: Domain): Promise<boolean> {
  const choice = understandChoice<FollowUpAnswer>(textOf(dc.context), [
    { value: 'new-time', words: [t('attendance.missed.newTime')] },
    { value: 'next-time', words: [t('attendance.missed.nextTime')] },
    { value: 'talk', words: [t('attendance.missed.talk')] },
  ]);
  if (!choice) return false;
  const { channelId, from } = dc.context.activity;
  const intake = await domain.intakes.activeFor(channelId, from.id);
  if (intake?.status !== 'booked' || !intake.booking) return false;
  const open = await domain.attendance.openFollowUp(intake.id);
  if (!open) return false;
  await domain.attendance.answerFollowUp(open.id, choice);
  const catalog = await domain.catalog.current();
  const group = catalog.group(intake.booking.groupId);
  switch (choice) {
    case 'new-time':
      await dc.cancelAllDialogs();
      await dc.beginDialog(LESSON_DIALOG, { intakeId: intake.id, entry: 'move' } satisfies LessonOptions);
      return true;
    case 'next-time': {
      const today = domain.attendance.today();
      const next = sessionDates(group, addDays(today, 1), addDays(today, 60))[0] ?? currentSession(group, today) ?? today;
      const session = group.times.find((s) => s.weekday === weekdayOf(next)) ?? group.times[0];
      await say(dc.context, t('attendance.missed.nextTimeReply', { date: dateText(next), time: timeText(session.start) }));
      return true;
    }
    case 'talk': {
      const contact = catalog.helpContact(group.locationId);
      await say(dc.context, contact?.phone ? t('commands.person', { contact: contact.name, phone: contact.phone }) : t('commands.help'));
      return true;
    }
  }
}
