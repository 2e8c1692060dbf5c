import type { TurnContext } from 'botbuilder';
import { markedWith } from './handoff-mark';
import type { Logger } from 'pino';
import type { Domain } from '../domain';
import type { Envelope, Handoff } from '../domain/handoff';
import { t } from '../text/t';
import { ambassadorName, requestPrompt, unansweredPrompt, workerName } from '../text/handoff-text';
import type { ProactiveSender, SendResult } from './proactive';
import { say, sendPrompt } from '../../dialogs/prompt';

/** Asks the question the worker was at again, with their answers so far intact. */
export type Resume = (context: TurnContext) => Promise<void>;

/**
 * Delivers what the handoffs' outboxes hold, in order, to the other side's chat. A message
 * leaves the outbox only once it was sent; a passing failure is tried again on the next
 * round, so a restart or a hiccup of Teams loses no message.
 */
export class HandoffCourier {
  private round: Promise<void> = Promise.resolve();

  constructor(
    private readonly domain: Domain,
    private readonly proactive: ProactiveSender,
    private readonly resume: Resume,
    private readonly logger: Logger,
  ) {}

  /**
   * Delivers everything that may go out now. Rounds never overlap. Notes for the
   * conversation of `current` go with that turn's replies, after them, in order.
   */
  flush(current?: TurnContext): Promise<void> {
    this.round = this.round.then(() => this.deliverAll(current)).catch((error: unknown) => {
      this.logger.error({ err: error }, 'handoff delivery failed');
    });
    return this.round;
  }

  private async deliverAll(current?: TurnContext): Promise<void> {
    for (const { handoff } of await this.domain.handoffs.undelivered()) await this.deliver(handoff.id, current);
  }

  /** Each message is claimed first, so two instances never both send it; it leaves the outbox once sent. */
  private async deliver(handoffId: string, current?: TurnContext): Promise<void> {
    for (;;) {
      const claimed = await this.domain.handoffs.claimNext(handoffId);
      if (!claimed) return;
      const { handoff, envelope: next } = claimed;
      const reach = next.to === 'worker' ? handoff.worker : (await this.domain.ambassadors.find(handoff.ambassadorId))?.reach;
      const here = current && reach && isConversation(current, reach.channel, reach.conversationId);
      const result: SendResult = !reach
        ? { ok: false, permanent: true, reason: 'ambassador has no linked chat' }
        : here
          ? await this.render(current, handoff, next).then(() => ({ ok: true }) as const)
          : await this.proactive.run(reach.channel, reach.conversationId, (context) => this.render(context, handoff, next));
      if (!result.ok && !result.permanent) {
        this.logger.warn({ handoff: handoffId, reason: result.reason }, 'handoff message not delivered; trying again later');
        await this.domain.handoffs.release(handoffId, next.id);
        return;
      }
      await this.domain.handoffs.delivered(handoffId, next.id);
      if (!result.ok) await this.undeliverable(handoff, next, result.reason);
    }
  }

  /** An ambassador who cannot be reached cannot answer: the worker hears so at once. */
  private async undeliverable(handoff: Handoff, envelope: Envelope, reason: string): Promise<void> {
    this.logger.warn({ handoff: handoff.id, to: envelope.to, kind: envelope.message.kind, reason }, 'handoff message cannot be delivered');
    if (envelope.to === 'ambassador' && envelope.message.kind === 'request') await this.domain.handoffs.giveUp(handoff.id);
  }

  /** What goes to the ambassador is marked with the handoff, so erasing the worker can find these copies again. */
  private render(context: TurnContext, handoff: Handoff, envelope: Envelope): Promise<void> {
    return this.write(envelope.to === 'ambassador' ? markedWith(context, handoff.id) : context, handoff, envelope);
  }

  private async write(context: TurnContext, handoff: Handoff, envelope: Envelope): Promise<void> {
    const worker = workerName(handoff);
    const ambassador = await ambassadorName(this.domain, handoff);
    const { message } = envelope;
    switch (message.kind) {
      case 'request':
        return sendPrompt(context, requestPrompt(handoff, this.domain.handoffs.answerMinutes));
      case 'text':
        // Typed words are shown as typed: plain text, never markdown or HTML (no live links, no images).
        await context.sendActivity({ type: 'message', textFormat: 'plain', text: t('handoff.relayed', { name: envelope.to === 'worker' ? ambassador : worker, text: message.text }) });
        return;
      case 'accepted':
        return say(context, t('handoff.accepted', { name: ambassador }));
      case 'closed':
        if (envelope.to === 'ambassador') {
          return say(context, handoff.outcome === 'helped' ? t('ambassador.workerDone', { worker }) : t('ambassador.workerWentOn', { worker }));
        }
        await say(context, t('handoff.ambassadorDone', { name: ambassador }));
        return this.resume(context);
      case 'unanswered':
        return sendPrompt(context, await unansweredPrompt(this.domain, handoff));
      case 'expired':
        return say(context, t('ambassador.expired', { worker }));
    }
  }
}

function isConversation(context: TurnContext, channel: string, conversationId: string): boolean {
  return context.activity.channelId === channel && context.activity.conversation?.id === conversationId;
}
