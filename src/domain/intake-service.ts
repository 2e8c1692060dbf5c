import { randomUUID } from 'node:crypto';
import type { Clock } from './clock';
import type { Collection } from './collection';
import type { Intake, IntakeDraft } from './intake';

const BY_USER = 'user';
const userKey = (channel: string, channelUserId: string) => `${channel}\u0000${channelUserId}`;

/** Keeps the workers' files. */
export class IntakeService {
  constructor(
    private readonly intakes: Collection<Intake>,
    private readonly clock: Clock,
  ) {
    intakes.addIndex(BY_USER, (intake) => userKey(intake.channel, intake.channelUserId));
  }

  /** Stores a finished set of answers as a new file, status 'new', ready to book. */
  async submit(draft: IntakeDraft): Promise<Intake> {
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
    await this.intakes.save(intake);
    return intake;
  }

  get(id: string): Intake | undefined {
    return this.intakes.get(id);
  }

  list(): Intake[] {
    return this.intakes.all().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Every file of one worker, newest first. */
  filesOf(channel: string, channelUserId: string): Intake[] {
    return this.intakes.findBy(BY_USER, userKey(channel, channelUserId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The worker's latest file, cancelled or not. */
  latestFor(channel: string, channelUserId: string): Intake | undefined {
    return this.filesOf(channel, channelUserId)[0];
  }

  /** The worker's latest file that is not cancelled. */
  activeFor(channel: string, channelUserId: string): Intake | undefined {
    return this.intakes
      .findBy(BY_USER, userKey(channel, channelUserId))
      .filter((i) => i.status !== 'cancelled')
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  }
}
