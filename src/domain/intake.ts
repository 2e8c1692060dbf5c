import type { LocalDate } from './dates';
import type { Answer, Availability, Goal, LessonFormat, Reason } from './types';

export type IntakeStatus = 'new' | 'booked' | 'cancelled';

export interface Booking {
  groupId: string;
  firstLesson: LocalDate;
  bookedAt: string;
}

export interface Evaluation {
  date: LocalDate;
  wentWell: string;
  nextGoal: string;
  done: boolean;
}

export interface HistoryEntry {
  at: string;
  event: 'submitted' | 'booked' | 'cancelled';
  groupId?: string;
}

/** The answers a worker gives in the chat, before they are stored. */
export interface IntakeDraft {
  channel: string;
  channelUserId: string;
  conversationId: string;
  name: string;
  goals: Answer<Goal>;
  reasons: Answer<Reason>;
  availability: Availability;
  format: LessonFormat | 'any';
  phone?: string;
  consent: { at: string; version: string };
  referralCode?: string;
  /** The taalambassadeur the worker named as their helper (an ambassador id). */
  helpedBy?: string;
}

/**
 * The worker's file, the "mapje" in Dutch practice: the answers in their own words,
 * the booking, and later the evaluations. It holds only what the lessons need.
 */
export interface Intake extends IntakeDraft {
  id: string;
  status: IntakeStatus;
  booking?: Booking;
  evaluations: Evaluation[];
  history: HistoryEntry[];
  createdAt: string;
  updatedAt: string;
}
