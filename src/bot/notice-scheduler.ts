import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { bookingButtons, question, withButtons } from '../../dialogs/prompt';
import { missedLessonPrompt } from './missed-lesson-answers';
import type { Domain } from '../domain';
import { addDays, weekdayOf } from '../domain/dates';
import type { Catalog } from '../domain/catalog-service';
import type { Intake } from '../domain/intake';
import { firstLessonDate } from '../domain/matching';
import type { Notice } from '../domain/notice';
import { bookingText } from '../text/booking-text';
import { t } from '../text/t';
import { addressText, dateText, scheduleText, timeText } from '../text/words';
import type { ProactiveSender } from './proactive';

/** At most ten notices a second. */
const SEND_GAP_MS = 100;

/**
 * Sends what the domain says is due (reminders, changes) now and then. Each notice is
 * marked before and after sending, so a restart sends nothing twice that was marked sent.
 * Every instance runs one; a database lock lets one at a time send.
 */
export class NoticeScheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly domain: Domain,
    private readonly proactive: ProactiveSender,
    private readonly logger: Logger,
    private readonly calendarLink: (intakeId: string) => string,
  ) {
    // What a coordinator just changed goes out now, not at the next round.
    domain.notices.onQueued(() => {
      if (this.timer) void this.tick();
    });
  }

  /** A notice queued while a round was busy: one more round after it. */
  private again = false;

  start(everySeconds: number): void {
    this.timer = setInterval(() => void this.tick(), everySeconds * 1000);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round; a round still busy is not started twice, but runs once more after it. */
  tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.rounds().finally(() => (this.running = undefined));
    return this.running;
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      await this.round();
    } while (this.again);
  }

  /** One instance at a time runs a round (a database lock), so each notice goes out once. */
  private async round(): Promise<void> {
    try {
      await this.domain.exclusive('notices', () => this.sendDue());
    } catch (error) {
      this.logger.error({ err: error }, 'notice round failed');
    }
  }

  private async sendDue(): Promise<void> {
    const due = await this.domain.notices.due();
    for (const [i, notice] of due.entries()) {
      // Hundreds of reminders fall due at the same hour: send them at a calm pace, so
      // workers chatting right then get their answers without waiting behind them.
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, SEND_GAP_MS));
      await this.deliver(notice);
    }
  }

  private async deliver(notice: Notice): Promise<void> {
    const intake = await this.domain.intakes.get(notice.intakeId);
    if (!intake || !(await this.domain.notices.stillWanted(notice))) {
      await this.domain.notices.failed(notice, 'no longer booked', true);
      return;
    }
    await this.domain.notices.sending(notice);
    const activities = this.activitiesOf(notice, intake, await this.domain.catalog.current());
    const result = await this.proactive.send(intake.channel, intake.conversationId, activities);
    if (result.ok) {
      await this.domain.notices.sent(notice);
      return;
    }
    this.logger.warn({ notice: notice.id, reason: result.reason, permanent: result.permanent }, 'could not send a notice');
    await this.domain.notices.failed(notice, result.reason, result.permanent);
  }

  /**
   * A change a coordinator made reads like a booking: what changed, then the new day,
   * time and place with the booking's buttons, so the last message is always the truth.
   */
  private activitiesOf(notice: Notice, intake: Intake, catalog: Catalog): Partial<Activity>[] {
    // After a missed first lesson: kindly, once, with three buttons (see missed-lesson-answers.ts).
    if (notice.kind === 'missed-first') return [question(intake.channel, missedLessonPrompt())];
    if (notice.kind === 'reminder' || notice.kind === 'change') return [{ type: 'message', text: this.textOf(notice, intake, catalog) }];
    const lead = this.leadOf(notice, intake, catalog);
    const booking = withButtons(intake.channel, bookingText(catalog, intake, false), bookingButtons(this.calendarLink(intake.id)));
    return [{ type: 'message', text: lead.join('\n') }, booking];
  }

  private leadOf(notice: Notice, intake: Intake, catalog: Catalog): string[] {
    switch (notice.kind) {
      case 'moved':
        return [t('lesson.movedByCoordinator')];
      case 'group-cancelled':
        return [t('lesson.groupCancelled')];
      default: {
        const group = catalog.group(intake.booking!.groupId);
        const next = notice.date ? firstLessonDate(group, addDays(notice.date, 1)) : undefined;
        const session = next ? group.times.find((s) => s.weekday === weekdayOf(next)) ?? group.times[0] : undefined;
        return [
          t('lesson.sessionCancelled', { date: dateText(notice.date ?? intake.booking!.firstLesson) }),
          ...(next && session ? [t('lesson.nextLesson', { date: dateText(next), time: timeText(session.start) })] : []),
        ];
      }
    }
  }

  private textOf(notice: Notice, intake: Intake, catalog: Catalog): string {
    const group = catalog.group(intake.booking!.groupId);
    const location = catalog.location(group.locationId);
    if (notice.kind === 'change') {
      const schedule = scheduleText(group);
      return [t('lesson.changed'), t('lesson.changedWhen', schedule), t('booking.address', addressText(location))].join('\n');
    }
    const session = group.times.find((s) => s.weekday === weekdayOf(intake.booking!.firstLesson)) ?? group.times[0];
    const bring = group.bring ? `${t('booking.bring')} ${t('booking.bringAlso', { bring: group.bring })}` : t('booking.bring');
    return [t('lesson.reminder', { time: timeText(session.start), ...addressText(location) }), bring].join('\n');
  }
}
