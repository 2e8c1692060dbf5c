import type { Activity } from 'botbuilder';
import type { Logger } from 'pino';
import { question } from '../../dialogs/prompt';
import { missedLessonPrompt } from './missed-lesson-answers';
import type { Domain } from '../domain';
import { weekdayOf } from '../domain/dates';
import type { Catalog } from '../domain/catalog-service';
import type { Intake } from '../domain/intake';
import type { Notice } from '../domain/notice';
import { t } from '../text/t';
import { addressText, scheduleText, timeText } from '../text/words';
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
  ) {}

  start(everySeconds: number): void {
    this.timer = setInterval(() => void this.tick(), everySeconds * 1000);
    this.timer.unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round; a round still busy is not started twice. */
  tick(): Promise<void> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
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
    const result = await this.proactive.send(intake.channel, intake.conversationId, this.activitiesOf(notice, intake, await this.domain.catalog.current()));
    if (result.ok) {
      await this.domain.notices.sent(notice);
      return;
    }
    this.logger.warn({ notice: notice.id, reason: result.reason, permanent: result.permanent }, 'could not send a notice');
    await this.domain.notices.failed(notice, result.reason, result.permanent);
  }

  private activitiesOf(notice: Notice, intake: Intake, catalog: Catalog): Partial<Activity>[] {
    // After a missed first lesson: kindly, once, with three buttons (see missed-lesson-answers.ts).
    if (notice.kind === 'missed-first') return [question(intake.channel, missedLessonPrompt())];
    return [{ type: 'message', text: this.textOf(notice, intake, catalog) }];
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
