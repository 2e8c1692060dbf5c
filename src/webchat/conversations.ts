import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Clock } from '../domain/clock';
import type { WebChatStore } from '../domain/store';

/** A long conversation keeps its last activities; the page shows those after a reload. */
const KEEP_ACTIVITIES = 400;
/** The most activities one poll returns. */
const PAGE = 100;

export interface WebChatConversation {
  id: string;
  userId: string;
  referralCode?: string;
  started: boolean;
  createdAt: string;
  updatedAt: string;
  /** Tokens of another version no longer work (see TokenClaims). */
  tokenVersion?: number;
  resumeVersion?: number;
  /** When the visitor last wrote something: a saved token reopens the chat only for a while after. */
  lastUsedAt?: string;
}

/**
 * The web chat's conversations and their transcripts, in the database, so a visitor who
 * reloads the page sees the whole conversation again, on any instance.
 */
export class WebChatConversations {
  constructor(
    private readonly store: WebChatStore,
    private readonly clock: Clock,
  ) {}

  async create(referralCode?: string): Promise<WebChatConversation> {
    const now = this.clock.now().toISOString();
    const conversation: WebChatConversation = {
      id: `wc-${randomUUID()}`,
      userId: `wu-${randomUUID()}`,
      ...(referralCode ? { referralCode } : {}),
      started: false,
      createdAt: now,
      updatedAt: now,
      tokenVersion: 1,
      resumeVersion: 1,
      lastUsedAt: now,
    };
    await this.store.put(conversation);
    return conversation;
  }

  get(id: string): Promise<WebChatConversation | undefined> {
    return this.store.get<WebChatConversation>(id);
  }

  /** Marks the conversation as started; false when it already was. */
  async markStarted(id: string): Promise<boolean> {
    const conversation = await this.get(id);
    if (!conversation || conversation.started) return false;
    await this.store.put({ ...conversation, started: true, updatedAt: this.clock.now().toISOString() });
    return true;
  }

  /** Moves the token version on (a refresh), and the resume version too (a resume); returns the conversation as stored. */
  async newTokenVersion(id: string, { resume = false } = {}): Promise<WebChatConversation | undefined> {
    const conversation = await this.get(id);
    if (!conversation) return undefined;
    const next: WebChatConversation = {
      ...conversation,
      tokenVersion: (conversation.tokenVersion ?? 0) + 1,
      resumeVersion: resume ? (conversation.resumeVersion ?? 0) + 1 : (conversation.resumeVersion ?? 0),
    };
    await this.store.put(next);
    return next;
  }

  /** The visitor wrote something now. */
  async used(id: string): Promise<void> {
    const conversation = await this.get(id);
    if (conversation) await this.store.put({ ...conversation, lastUsedAt: this.clock.now().toISOString() });
  }

  /** Adds an activity and returns its id: the conversation id and its number, as Direct Line does. */
  async append(conversationId: string, activity: Partial<Activity>): Promise<string> {
    const seq = await this.store.append(conversationId, activity);
    if (seq >= KEEP_ACTIVITIES && seq % 50 === 0) await this.store.trim(conversationId, KEEP_ACTIVITIES);
    return activityId(conversationId, seq);
  }

  /** Activities after the watermark, and the new watermark. */
  async since(conversationId: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    const rows = await this.store.since(conversationId, watermark, PAGE);
    const activities = rows.map(({ seq, activity }) => ({ ...(activity as Partial<Activity>), id: activityId(conversationId, seq) }));
    return { activities, watermark: String(rows.length > 0 ? rows[rows.length - 1].seq + 1 : watermark) };
  }

  /** The whole kept transcript, oldest first. */
  async transcript(conversationId: string): Promise<Partial<Activity>[]> {
    const rows = await this.store.since(conversationId, 0, KEEP_ACTIVITIES + 50);
    return rows.map(({ activity }) => activity as Partial<Activity>);
  }

  /**
   * Empties the transcript of an erased worker. The conversation itself stays, holding no
   * personal data, so the open page goes on; the newest activity is kept as a blank, so
   * numbering goes on and the page's watermark still finds new replies.
   */
  async clear(conversationId: string): Promise<void> {
    await this.store.trim(conversationId, 1);
    const [last] = await this.store.since(conversationId, 0, 1);
    if (last) await this.store.overwrite(conversationId, [last.seq], ERASED_ACTIVITY);
  }

  /**
   * Blanks the activities the bot wrote into this conversation for these handoffs (copies
   * of an erased worker's words), and what its visitor typed while talking with the worker.
   */
  async eraseCopies(conversationId: string, handoffIds: ReadonlySet<string>, talked?: { from: string; until?: string }): Promise<void> {
    const copies: number[] = [];
    const duringTalk = (activity: Partial<Activity>) => {
      const at = activity.timestamp === undefined ? '' : new Date(activity.timestamp).toISOString();
      return !!talked && activity.from?.role === 'user' && at >= talked.from && (!talked.until || at <= talked.until);
    };
    for (let from = 0; ; ) {
      const rows = await this.store.since(conversationId, from, PAGE);
      for (const { seq, activity } of rows) {
        const stored = activity as Partial<Activity>;
        if (handoffIds.has(relayOf(stored) ?? '') || duringTalk(stored)) copies.push(seq);
      }
      if (rows.length < PAGE) break;
      from = rows[rows.length - 1].seq + 1;
    }
    await this.store.overwrite(conversationId, copies, ERASED_ACTIVITY);
  }

  /** Forgets a conversation and its transcript. */
  remove(id: string): Promise<void> {
    return this.store.remove(id);
  }
}

/** What stands in the place of an erased activity: an event, which the page does not show. */
const ERASED_ACTIVITY = { type: 'event', name: 'erased', from: { id: 'taalbot', role: 'bot' } };

/** The handoff an activity the bot wrote belongs to (see HandoffCourier), if any. */
function relayOf(activity: Partial<Activity>): string | undefined {
  const data: unknown = activity.channelData;
  const handoff = data && typeof data === 'object' ? (data as { handoff?: unknown }).handoff : undefined;
  return typeof handoff === 'string' ? handoff : undefined;
}

function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}
