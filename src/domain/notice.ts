import type { LocalDate } from './dates';

/** What a worker answered to the message after a missed first lesson. */
export const FOLLOW_UP_ANSWERS = ['new-time', 'next-time', 'talk'] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];

/**
 * A message the bot sends on its own: the reminder before the first lesson, or a change:
 * the group's times or place ('change'), a coordinator moved the worker ('moved'), called
 * off one lesson ('session-cancelled', with its `date`), or stopped the group ('group-cancelled');
 * or, once, the day after a first lesson marked absent, a kind word ('missed-first').
 */
export type NoticeKind = 'reminder' | 'change' | 'moved' | 'session-cancelled' | 'group-cancelled' | 'missed-first';

export interface Notice {
  id: string;
  kind: NoticeKind;
  /** The lesson that was called off. */
  date?: string;
  intakeId: string;
  /** 'pending' waits for its turn; 'sending' was handed to the channel; then 'sent' or 'failed'. */
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  dueAt: string;
  updatedAt: string;
  reason?: string;
  /** The lesson a 'missed-first' notice is about. */
  session?: { groupId: string; date: LocalDate };
  /** What the worker answered to a 'missed-first' notice, and when. */
  answer?: { choice: FollowUpAnswer; at: string };
}
