import type { Certificate, Intake } from './intake';
import { localDateOf, type LocalDate } from './dates';
import type { AttendanceMark } from './attendance';
import { participationOf, workerLocationId, type GroupOf } from './participation';
import type { Goal } from './types';

/**
 * Counts and dates that say nothing about who the worker is. Reports use these; an
 * erased or expired file leaves exactly this behind.
 */
export interface WorkerFacts {
  id: string;
  signedUpOn: LocalDate;
  goals: Goal[];
  locationId?: string;
  referralCode?: string;
  startedOn?: LocalDate;
  stoppedOn?: LocalDate;
  finishedOn?: LocalDate;
  certificates: Certificate[];
}

/** The anonymous facts of a file, as of today. */
export function factsOf(intake: Intake, groupOf: GroupOf, today: LocalDate, marks: readonly AttendanceMark[] = []): WorkerFacts {
  const { firstLesson } = participationOf(intake, groupOf, today, marks);
  const cancelled = [...intake.history].reverse().find((entry) => entry.event === 'cancelled');
  const locationId = workerLocationId(intake, groupOf);
  return {
    id: intake.id,
    signedUpOn: day(intake.createdAt),
    goals: [...intake.goals.choices],
    ...(locationId ? { locationId } : {}),
    ...(intake.referralCode ? { referralCode: intake.referralCode } : {}),
    ...(firstLesson ? { startedOn: firstLesson } : {}),
    ...(intake.status === 'cancelled' && cancelled ? { stoppedOn: day(cancelled.at) } : {}),
    ...(intake.finished ? { finishedOn: day(intake.finished.at) } : {}),
    certificates: (intake.certificates ?? []).map((c) => ({ date: c.date, which: c.which })),
  };
}

function day(iso: string): LocalDate {
  return localDateOf(new Date(iso));
}

/** What an erased file leaves behind: only the counts for reports. */
export interface AnonymousFacts extends WorkerFacts {
  erasedOn: LocalDate;
  why: 'request' | 'retention';
}
