import { randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import { notFound } from './errors';
import type { Intake, IntakeDraft } from './intake';
import type { Store } from './store';

/** The answers a worker may give or change after booking. */
export interface FileAnswers {
  name?: string;
  goals?: Intake['goals'];
  reasons?: Intake['reasons'];
  phone?: string | null;
}

const newestFirst = (a: Intake, b: Intake) => b.createdAt.localeCompare(a.createdAt);

/** Keeps the workers' files. */
export class IntakeService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a finished set of answers as a new file, status 'new', ready to book. A draft
   * with a request key that was stored before (a retried answer after a crash) gets that
   * same file back: never two files for one sign-up.
   */
  async submit(draft: IntakeDraft): Promise<Intake> {
    if (draft.requestKey) {
      const [stored] = await this.store.intakes.find({ requestKey: draft.requestKey });
      if (stored) return stored;
    }
    const now = this.clock.now().toISOString();
    const intake: Intake = {
      ...draft,
      id: randomUUID(),
      status: 'new',
      evaluations: [],
      history: [{ at: now, event: 'submitted' }],
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.store.intakes.insert(intake);
    } catch (error) {
      // The same request stored at the same moment elsewhere: that file is the one.
      const [stored] = draft.requestKey ? await this.store.intakes.find({ requestKey: draft.requestKey }) : [];
      if (stored) return stored;
      throw error;
    }
    return intake;
  }

  /**
   * What the worker tells after their seat is booked (why, a phone number), or changes later
   * (name, goals, phone). `phone: null` removes the number. Moving to another time is the
   * booking service's job.
   */
  async complete(id: string, answers: FileAnswers): Promise<Intake> {
    return this.store.transaction(async (tx) => {
      const intake = await tx.intakes.lock(id);
      if (!intake) throw notFound('intake', id);
      const { phone, ...rest } = answers;
      const updated: Intake = { ...intake, ...rest, updatedAt: this.clock.now().toISOString() };
      if (phone === null) delete updated.phone;
      else if (phone !== undefined) updated.phone = phone;
      await tx.intakes.put(updated);
      return updated;
    });
  }

  get(id: string): Promise<Intake | undefined> {
    return this.store.intakes.get(id);
  }

  /** Every file of one worker, newest first. */
  async filesOf(channel: string, channelUserId: string): Promise<Intake[]> {
    return (await this.store.intakes.find({ channel, channelUserId })).sort(newestFirst);
  }

  /** The worker's latest file, cancelled or not. */
  async latestFor(channel: string, channelUserId: string): Promise<Intake | undefined> {
    return (await this.filesOf(channel, channelUserId))[0];
  }

  /** The worker's latest file that is not cancelled. */
  async activeFor(channel: string, channelUserId: string): Promise<Intake | undefined> {
    return (await this.filesOf(channel, channelUserId)).find((intake) => intake.status !== 'cancelled');
  }
}
