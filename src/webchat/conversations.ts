import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Clock } from '../domain/clock';
import type { Store } from '../domain/store';

const COLLECTION = 'webchat-conversations';
/** A long conversation keeps its last activities; the page shows those after a reload. */
const KEEP_ACTIVITIES = 400;

export interface WebChatConversation {
  id: string;
  userId: string;
  referralCode?: string;
  /** A taalambassadeur's one-time secret, from /?ambassador=…; used once, when the chat starts. */
  ambassadorLink?: string;
  started: boolean;
  /** Absolute number of the first kept activity, so watermarks stay valid after trimming. */
  offset: number;
  activities: Partial<Activity>[];
  createdAt: string;
  updatedAt: string;
}

/**
 * The web chat's conversations and their transcripts, one stored document each, so a
 * visitor who reloads the page sees the whole conversation again.
 */
export class WebChatConversations {
  private readonly cache = new Map<string, WebChatConversation>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async create(referralCode?: string, ambassadorLink?: string): Promise<WebChatConversation> {
    const now = this.clock.now().toISOString();
    const conversation: WebChatConversation = {
      id: `wc-${randomUUID()}`,
      userId: `wu-${randomUUID()}`,
      ...(referralCode ? { referralCode } : {}),
      ...(ambassadorLink ? { ambassadorLink } : {}),
      started: false,
      offset: 0,
      activities: [],
      createdAt: now,
      updatedAt: now,
    };
    await this.save(conversation);
    return conversation;
  }

  async get(id: string): Promise<WebChatConversation | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const stored = await this.store.get<WebChatConversation>(COLLECTION, id);
    if (stored) this.cache.set(id, stored);
    return stored;
  }

  /** Marks the conversation as started; false when it already was. */
  async markStarted(id: string): Promise<boolean> {
    const conversation = await this.get(id);
    if (!conversation || conversation.started) return false;
    await this.save({ ...conversation, started: true });
    return true;
  }

  /** Adds an activity and returns its id: the conversation id and its number, as Direct Line does. */
  async append(conversationId: string, activity: Partial<Activity>): Promise<string> {
    const conversation = await this.get(conversationId);
    if (!conversation) throw new Error(`web chat conversation ${conversationId} does not exist`);
    const number = conversation.offset + conversation.activities.length;
    const id = `${conversationId}|${String(number).padStart(7, '0')}`;
    const activities = [...conversation.activities, { ...activity, id }];
    const dropped = Math.max(0, activities.length - KEEP_ACTIVITIES);
    await this.save({ ...conversation, activities: activities.slice(dropped), offset: conversation.offset + dropped });
    return id;
  }

  /** Activities after the watermark, and the new watermark. */
  since(conversation: WebChatConversation, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    const from = Math.max(0, watermark - conversation.offset);
    return {
      activities: conversation.activities.slice(from),
      watermark: String(conversation.offset + conversation.activities.length),
    };
  }

  /** Forgets a conversation and its transcript, for a worker whose data is erased. */
  async remove(id: string): Promise<void> {
    this.cache.delete(id);
    await this.store.remove(COLLECTION, id);
  }

  private async save(conversation: WebChatConversation): Promise<void> {
    const saved = { ...conversation, updatedAt: this.clock.now().toISOString() };
    this.cache.set(saved.id, saved);
    await this.store.put(COLLECTION, saved);
  }
}
