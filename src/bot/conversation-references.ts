import { TurnContext, type ConversationReference } from 'botbuilder';
import type { Store } from '../domain/store';

const COLLECTION = 'conversation-refs';

interface ReferenceDoc {
  id: string;
  reference: Partial<ConversationReference>;
}

/**
 * Where to reach a conversation later, without the worker writing first: for reminders,
 * changes, and handing a chat over. Stored per conversation, written only when it changes.
 */
export class ConversationReferences {
  /** What was stored last, per key, so an unchanged reference is not written again. */
  private readonly known = new Map<string, string>();

  constructor(private readonly store: Store) {}

  async remember(context: TurnContext): Promise<void> {
    const { channelId, conversation } = context.activity;
    if (!channelId || !conversation?.id) return;
    const reference = TurnContext.getConversationReference(context.activity);
    delete reference.activityId;
    const key = keyOf(channelId, conversation.id);
    const serialized = JSON.stringify(reference);
    if (this.known.get(key) === serialized) return;
    await this.store.put<ReferenceDoc>(COLLECTION, { id: key, reference });
    this.known.set(key, serialized);
  }

  async get(channelId: string, conversationId: string): Promise<Partial<ConversationReference> | undefined> {
    return (await this.store.get<ReferenceDoc>(COLLECTION, keyOf(channelId, conversationId)))?.reference;
  }

  async forget(channelId: string, conversationId: string): Promise<void> {
    const key = keyOf(channelId, conversationId);
    this.known.delete(key);
    await this.store.remove(COLLECTION, key);
  }
}

function keyOf(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}
