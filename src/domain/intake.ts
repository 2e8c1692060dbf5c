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
  event: 'submitted' | 'booked' | 'moved' | 'cancelled';
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
  /** The place the worker would rather go to, when the sign-up asked for one. */
  preferredLocationId?: string;
  /** The taalambassadeur the worker named as their helper (an ambassador id). */
  helpedBy?: string;
  /** The sign-up this file came from, so a retried answer after a crash finds it instead of making a second. */
  requestKey?: string;
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
  /** What coordinators add to the file; absent until they do. */
  notes?: Note[];
  certificates?: Certificate[];
  finished?: Finish;
  handover?: FileHandover;
}

/** A coordinator's note in a worker's file. */
export interface Note {
  at: string;
  by: string;
  text: string;
}

/** A certificate the worker got, such as "Taal 1F" or "Digitaal basis". */
export interface Certificate {
  date: LocalDate;
  which: string;
}

/** The worker has finished the lessons and moves on, to the library's regular offer for instance. */
export interface Finish {
  at: string;
  by: string;
}

/** A coordinator's marker on the file: a person (a taalambassadeur or a coordinator) is talking with the worker. */
export interface FileHandover {
  since: string;
  to: string;
}
