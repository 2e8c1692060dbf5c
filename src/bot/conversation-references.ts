import { TurnContext, type ConversationReference } from 'botbuilder';
import type { Documents } from '../domain/store';

/**
 * Where to reach a conversation later, without the worker writing first: for reminders,
 * changes, and handing a chat over. Stored per conversation, written only when it changes.
 */
export class ConversationReferences {
  constructor(private readonly documents: Documents<unknown>) {}

  async remember(context: TurnContext): Promise<void> {
    const { channelId, conversation } = context.activity;
    if (!channelId || !conversation?.id) return;
    const reference = TurnContext.getConversationReference(context.activity);
    delete reference.activityId;
    const key = keyOf(channelId, conversation.id);
    const stored = await this.documents.get(key);
    if (stored && JSON.stringify(stored.value) === JSON.stringify(reference)) return;
    await this.documents.put(key, reference);
  }

  async get(channelId: string, conversationId: string): Promise<Partial<ConversationReference> | undefined> {
    return (await this.documents.get(keyOf(channelId, conversationId)))?.value as Partial<ConversationReference> | undefined;
  }

  async forget(channelId: string, conversationId: string): Promise<void> {
    await this.documents.remove(keyOf(channelId, conversationId));
  }
}

function keyOf(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}
