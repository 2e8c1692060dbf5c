import {
  ActivityEventNames,
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { Clock } from '../domain/clock';
import type { WebChatConversations } from './conversations';

export const WEBCHAT_CHANNEL = 'webchat';
/**
 * Whether an activity names a conversation or user of this bot's own web chat (their ids
 * are made here, with these prefixes). Azure's Web Chat channel says 'webchat' too, but
 * its ids look different.
 */
export function isOwnWebChat({ channelId, conversationId, fromId }: { channelId: string; conversationId: string; fromId?: string }): boolean {
  return channelId === WEBCHAT_CHANNEL && (conversationId.startsWith('wc-') || (fromId ?? '').startsWith('wu-'));
}

export const BOT_ACCOUNT = { id: 'taalbot', name: 'Taalbot', role: 'bot' };

/**
 * The bot's own channel for the web chat page: a BotAdapter whose replies go into the
 * conversation's transcript, where the page picks them up over Direct Line.
 */
export class WebChatAdapter extends BotAdapter {
  constructor(
    private readonly conversations: WebChatConversations,
    private readonly clock: Clock,
  ) {
    super();
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay' || activity.type === 'invokeResponse' || !activity.conversation) continue;
      const id = await this.conversations.append(activity.conversation.id, {
        ...activity,
        from: BOT_ACCOUNT,
        timestamp: this.clock.now(),
      });
      responses.push({ id });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('the web chat cannot change a sent message');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('the web chat cannot delete a sent message');
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  /** Runs one incoming activity through the middleware and the bot. */
  async process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
