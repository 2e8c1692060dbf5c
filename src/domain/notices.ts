import type { Group } from './catalog';
import type { CatalogService } from './catalog-service';
import type { Clock } from './clock';
import type { Collection } from './collection';
import { addDays, instantOf, localDateOf } from './dates';
import type { Intake } from './intake';

/** A message the bot sends on its own: the reminder before the first lesson, or a change. */
export interface Notice {
  id: string;
  kind: 'reminder' | 'change';
  intakeId: string;
  /** 'pending' waits for its turn; 'sending' was handed to the channel; then 'sent' or 'failed'. */
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  dueAt: string;
  updatedAt: string;
  reason?: string;
}

/** A transient failure is tried again this many times, then given up and marked. */
export const MAX_ATTEMPTS = 5;

const BY_FIRST_LESSON = 'first-lesson';
const OPEN = 'open';

/**
 * Decides which reminders and change messages are due, and keeps their sent-state, so
 * each goes out once, also across restarts. Sending itself is the channel's job.
 */
export class NoticeService {
  constructor(
    private readonly notices: Collection<Notice>,
    private readonly intakes: Collection<Intake>,
    catalog: CatalogService,
    private readonly roster: (groupId: string) => Intake[],
    private readonly clock: Clock,
    private readonly reminderHour: number,
  ) {
    intakes.addIndex(BY_FIRST_LESSON, (intake) => (intake.status === 'booked' && intake.booking ? intake.booking.firstLesson : ''));
    notices.addIndex(OPEN, (notice) => (notice.status === 'pending' || notice.status === 'sending' ? OPEN : ''));
    catalog.onGroupChange((before, after) => this.groupChanged(before, after));
  }

  /**
   * What should go out now: reminders for tomorrow's first lessons (once the reminder hour
   * has passed), and open notices. A notice left 'sending' by a crash goes out again:
   * a second reminder is better than none.
   */
  async due(): Promise<Notice[]> {
    const now = this.clock.now();
    const tomorrow = addDays(localDateOf(now), 1);
    const dueAt = instantOf(localDateOf(now), `${String(this.reminderHour).padStart(2, '0')}:00`);
    if (now >= dueAt) {
      for (const intake of this.intakes.findBy(BY_FIRST_LESSON, tomorrow)) {
        const id = reminderId(intake);
        // Who booked after the reminder hour has just read the same in the confirmation.
        if (this.notices.get(id) || new Date(intake.booking!.bookedAt) >= dueAt) continue;
        await this.save({ id, kind: 'reminder', intakeId: intake.id, status: 'pending', attempts: 0, dueAt: dueAt.toISOString() });
      }
    }
    return this.notices.findBy(OPEN, OPEN).filter((notice) => new Date(notice.dueAt) <= now);
  }

  /** Every notice, newest last, for the record. */
  all(): Notice[] {
    return this.notices.all().sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  }

  /** Marks a notice as handed to the channel, before it is sent. */
  async sending(notice: Notice): Promise<void> {
    await this.save({ ...notice, status: 'sending', attempts: notice.attempts + 1 });
  }

  async sent(notice: Notice): Promise<void> {
    await this.save({ ...this.current(notice), status: 'sent' });
  }

  /** A permanent failure (the app was removed) or too many tries: given up, kept for the record. */
  async failed(notice: Notice, reason: string, permanent: boolean): Promise<void> {
    const current = this.current(notice);
    const giveUp = permanent || current.attempts >= MAX_ATTEMPTS;
    await this.save({ ...current, status: giveUp ? 'failed' : 'pending', reason });
  }

  /** A notice whose worker is no longer booked there is dropped without sending. */
  stillWanted(notice: Notice): boolean {
    const intake = this.intakes.get(notice.intakeId);
    if (intake?.status !== 'booked' || !intake.booking) return false;
    return notice.kind === 'change' || notice.id === reminderId(intake);
  }

  private async groupChanged(before: Group, after: Group): Promise<void> {
    const moved = before.locationId !== after.locationId || JSON.stringify(before.times) !== JSON.stringify(after.times);
    if (!moved) return;
    const now = this.clock.now().toISOString();
    for (const intake of this.roster(after.id)) {
      await this.save({ id: `change:${intake.id}:${now}`, kind: 'change', intakeId: intake.id, status: 'pending', attempts: 0, dueAt: now });
    }
  }

  private current(notice: Notice): Notice {
    return this.notices.get(notice.id) ?? notice;
  }

  private async save(notice: Omit<Notice, 'updatedAt'>): Promise<void> {
    await this.notices.save({ ...notice, updatedAt: this.clock.now().toISOString() });
  }
}

function reminderId(intake: Intake): string {
  return `reminder:${intake.id}:${intake.booking!.groupId}:${intake.booking!.firstLesson}`;
}
