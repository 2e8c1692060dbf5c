import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationReferences } from './conversation-references';

export type SendResult = { ok: true } | { ok: false; permanent: boolean; reason: string };

/** Statuses that will not get better by trying again: the app was removed, the chat is gone. */
const PERMANENT = new Set([400, 401, 403, 404, 410]);

/** Runs a turn in a stored conversation of one channel, as if the bot had just received a message there. */
export type ContinueIn = (reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

/**
 * Messages the bot starts itself (reminders, changes, a handed-over chat), in every
 * channel: `continueIn` picks the channel's adapter (the web chat's own, or the Bot Connector).
 */
export class ProactiveSender {
  constructor(
    private readonly references: ConversationReferences,
    private readonly continueIn: (channelId: string) => ContinueIn,
  ) {}

  async send(channelId: string, conversationId: string, activities: Partial<Activity>[]): Promise<SendResult> {
    return this.run(channelId, conversationId, async (context) => {
      await context.sendActivities(activities);
    });
  }

  /** Runs `logic` in the conversation, as if the bot had just received a message there. */
  async run(channelId: string, conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<SendResult> {
    const reference = await this.references.get(channelId, conversationId);
    if (!reference) return { ok: false, permanent: true, reason: 'no conversation reference' };
    // Errors are caught inside the turn, so the adapter's error handler does not answer them.
    let failure: unknown;
    const guarded = async (context: TurnContext) => {
      try {
        await logic(context);
      } catch (error) {
        failure = error;
      }
    };
    try {
      await this.continueIn(channelId)(reference, guarded);
      if (failure) throw failure;
      return { ok: true };
    } catch (error) {
      const status = statusOf(error);
      return { ok: false, permanent: status !== undefined && PERMANENT.has(status), reason: status ? `status ${status}` : String(error) };
    }
  }
}

function statusOf(error: unknown): number | undefined {
  const { statusCode, status } = (error ?? {}) as { statusCode?: unknown; status?: unknown };
  const code = typeof statusCode === 'number' ? statusCode : status;
  return typeof code === 'number' ? code : undefined;
}
