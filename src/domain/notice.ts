import type { LocalDate } from './dates';

/** What a worker answered to the message after a missed first lesson. */
export const FOLLOW_UP_ANSWERS = ['new-time', 'next-time', 'talk'] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];

/**
 * A message the bot sends on its own: the reminder before the first lesson, a change, or
 * (once, the day after) a kind word after a first lesson marked absent.
 */
export interface Notice {
  id: string;
  kind: 'reminder' | 'change' | 'missed-first';
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
