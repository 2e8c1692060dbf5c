import type { Group } from './catalog';
import type { CatalogService } from './catalog-service';
import type { Store } from './store';
import type { Clock } from './clock';
import { markId } from './attendance';
import { addDays, instantOf, localDateOf, type LocalDate } from './dates';
import type { Intake } from './intake';
import type { Notice, NoticeKind } from './notice';

export type { Notice };

/** Told of a notice that should go out at once (the scheduler runs a round). */
export type NoticeQueuedListener = () => void;


/** A transient failure is tried again this many times, then given up and marked. */
export const MAX_ATTEMPTS = 5;

/** A first lesson marked absent this many days late still gets its one message. */
const MISSED_LOOK_BACK_DAYS = 3;


/**
 * Decides which reminders and change messages are due, and keeps their sent-state, so
 * each goes out once, also across restarts. Sending itself is the channel's job.
 */
export class NoticeService {
  private readonly queuedListeners: NoticeQueuedListener[] = [];

  constructor(
    private readonly store: Store,
    catalog: CatalogService,
    private readonly clock: Clock,
    private readonly reminderHour: number,
  ) {
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
      for (const intake of await this.store.intakes.find({ firstLesson: tomorrow })) {
        // Who booked after the reminder hour has just read the same in the confirmation.
        if (new Date(intake.booking!.bookedAt) >= dueAt) continue;
        await this.store.notices.insert(this.stamp({ id: reminderId(intake), kind: 'reminder', intakeId: intake.id, status: 'pending', attempts: 0, dueAt: dueAt.toISOString() }));
      }
    }
    if (now >= dueAt) await this.missedFirstLessons(localDateOf(now), dueAt.toISOString());
    const open = [...(await this.store.notices.find({ status: 'pending' })), ...(await this.store.notices.find({ status: 'sending' }))];
    return open.filter((notice) => new Date(notice.dueAt) <= now).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  }

  /**
   * Tells a worker at once what a coordinator changed for them: a move, a lesson called
   * off, a stopped group. Stored first, so it goes out once, also across a restart.
   */
  async tell(intakeId: string, kind: Exclude<NoticeKind, 'reminder' | 'change'>, date?: string): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.store.notices.insert(
      this.stamp({ id: `${kind}:${intakeId}:${date ?? now}`, kind, intakeId, status: 'pending', attempts: 0, dueAt: now, ...(date ? { date } : {}) }),
    );
    for (const listener of this.queuedListeners) listener();
  }

  /** Hears when a notice should go out at once. */
  onQueued(listener: NoticeQueuedListener): void {
    this.queuedListeners.push(listener);
  }

  /** Every notice, newest last, for the record. */
  async all(): Promise<Notice[]> {
    return (await this.store.notices.find()).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  }

  /** Marks a notice as handed to the channel, before it is sent. */
  async sending(notice: Notice): Promise<void> {
    await this.change(notice.id, (current) => ({ ...current, status: 'sending', attempts: current.attempts + 1 }));
  }

  async sent(notice: Notice): Promise<void> {
    await this.change(notice.id, (current) => ({ ...current, status: 'sent' }));
  }

  /** A permanent failure (the app was removed) or too many tries: given up, kept for the record. */
  async failed(notice: Notice, reason: string, permanent: boolean): Promise<void> {
    await this.change(notice.id, (current) => ({ ...current, status: permanent || current.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending', reason }));
  }

  /** A notice whose worker is no longer booked there is dropped without sending; so is a missed-lesson message once the mark changed. */
  async stillWanted(notice: Notice): Promise<boolean> {
    const intake = await this.store.intakes.get(notice.intakeId);
    if (intake?.status !== 'booked' || !intake.booking) return false;
    if (notice.kind === 'missed-first') {
      const { groupId, date } = notice.session!;
      return (await this.store.attendance.get(markId(groupId, date, intake.id)))?.mark === 'absent';
    }
    return notice.kind !== 'reminder' || notice.id === reminderId(intake);
  }

  /**
   * The day after a first lesson marked absent (or a few days on, when it was marked late):
   * one kind message. Its id is the lesson's, so it goes out once, also after a restart.
   * Not after afgemeld: the worker said so ahead.
   */
  private async missedFirstLessons(today: LocalDate, dueAt: string): Promise<void> {
    for (let back = 1; back <= MISSED_LOOK_BACK_DAYS; back++) {
      const date = addDays(today, -back);
      for (const mark of await this.store.attendance.find({ date, mark: 'absent' })) {
        const intake = await this.store.intakes.get(mark.intakeId);
        if (intake?.status !== 'booked' || intake.booking?.groupId !== mark.groupId || intake.booking.firstLesson !== date) continue;
        const id = `missed-first:${intake.id}:${mark.groupId}:${date}`;
        const session = { groupId: mark.groupId, date };
        await this.store.notices.insert(this.stamp({ id, kind: 'missed-first', intakeId: intake.id, status: 'pending', attempts: 0, dueAt, session }));
      }
    }
  }

  private async groupChanged(before: Group, after: Group): Promise<void> {
    const moved = before.locationId !== after.locationId || JSON.stringify(before.times) !== JSON.stringify(after.times);
    if (!moved) return;
    const now = this.clock.now().toISOString();
    for (const intake of await this.store.intakes.find({ bookedGroupId: after.id })) {
      await this.store.notices.insert(this.stamp({ id: `change:${intake.id}:${now}`, kind: 'change', intakeId: intake.id, status: 'pending', attempts: 0, dueAt: now }));
    }
  }

  private async change(id: string, next: (notice: Notice) => Notice): Promise<void> {
    await this.store.transaction(async (tx) => {
      const current = await tx.notices.lock(id);
      if (current) await tx.notices.put(this.stamp(next(current)));
    });
  }

  private stamp(notice: Omit<Notice, 'updatedAt'>): Notice {
    return { ...notice, updatedAt: this.clock.now().toISOString() };
  }
}

function reminderId(intake: Intake): string {
  return `reminder:${intake.id}:${intake.booking!.groupId}:${intake.booking!.firstLesson}`;
}
