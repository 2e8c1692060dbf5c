import { randomUUID } from 'node:crypto';
import type { Domain } from '../../src/domain';
import type { Intake, IntakeDraft } from '../../src/domain/intake';

/** A finished set of answers, as the sign-up dialog hands it to the domain. */
export function draft(name: string, fields: Partial<IntakeDraft> = {}): IntakeDraft {
  return {
    channel: 'test',
    channelUserId: `user-${randomUUID()}`,
    conversationId: `conversation-${randomUUID()}`,
    name,
    goals: { choices: ['reading'], ownWords: `${name} wil de brieven van het werk lezen` },
    reasons: { choices: ['work'] },
    availability: { days: [], dayParts: [] },
    format: 'group',
    phone: '0612345678',
    consent: { at: '2026-11-25T09:00:00.000Z', version: '1' },
    ...fields,
  };
}

/** Signs a worker up through the domain and books them into a group. */
export async function bookedWorker(domain: Domain, name: string, groupId: string, fields: Partial<IntakeDraft> = {}): Promise<Intake> {
  const intake = await domain.intakes.submit(draft(name, fields));
  return domain.bookings.book(intake.id, groupId);
}

/** A worker booked on Wednesday 25 November 2026 into `groupId`, first lesson Thursday the 26th: a file, no database. */
export function bookedIntake(name: string, groupId: string): Intake {
  return {
    ...draft(name),
    id: name.toLowerCase(),
    status: 'booked',
    booking: { groupId, firstLesson: '2026-11-26', bookedAt: '2026-11-25T09:00:00.000Z' },
    evaluations: [],
    history: [
      { at: '2026-11-25T09:00:00.000Z', event: 'submitted' },
      { at: '2026-11-25T09:00:00.000Z', event: 'booked', groupId },
    ],
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-25T09:00:00.000Z',
  };
}
