import type { FakeConnector, SentActivity } from './fake-connector';

let counter = 0;

export interface ChatOptions {
  channelId?: string;
  userId?: string;
  userName?: string;
  conversationId?: string;
  channelData?: Record<string, unknown>;
}

/** One answer of a worker and what the bot's reply must say. */
export type Turn = [say: string, expect: RegExp];

export interface Reply {
  texts: string[];
  /** The buttons of the last message. */
  buttons: string[];
  status: number;
  activities: SentActivity[];
}

/** One person in a conversation with the bot, over the real HTTP endpoint. */
export class Chat {
  readonly channelId: string;
  readonly userId: string;
  readonly conversationId: string;
  private readonly userName?: string;
  private readonly channelData?: Record<string, unknown>;

  constructor(
    private readonly botUrl: string,
    private readonly connector: FakeConnector,
    options: ChatOptions = {},
  ) {
    counter += 1;
    this.channelId = options.channelId ?? 'test';
    this.userId = options.userId ?? `worker-${process.pid}-${counter}`;
    this.conversationId = options.conversationId ?? `conversation-${process.pid}-${counter}`;
    this.userName = options.userName;
    this.channelData = options.channelData;
  }

  join(): Promise<Reply> {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.userId, name: this.userName }] });
  }

  /** Joins, then answers turn by turn, checking each reply; returns the last. */
  async play(turns: Turn[]): Promise<Reply> {
    let reply = await this.join();
    for (const [text, expected] of turns) {
      reply = await this.say(text);
      expect(reply.status).toBe(200);
      expect(reply.texts.join('\n')).toMatch(expected);
    }
    return reply;
  }

  say(text: string): Promise<Reply> {
    return this.post({ type: 'message', text });
  }

  async post(fields: Record<string, unknown>): Promise<Reply> {
    const before = this.connector.activities(this.conversationId).length;
    const response = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `activity-${++counter}`,
        channelId: this.channelId,
        serviceUrl: this.connector.url,
        conversation: { id: this.conversationId },
        from: { id: this.userId, name: this.userName },
        recipient: { id: 'taalbot', name: 'Taalbot' },
        timestamp: new Date().toISOString(),
        channelData: this.channelData,
        ...fields,
      }),
    });
    await response.arrayBuffer();
    const activities = this.connector.activities(this.conversationId).slice(before);
    const last = activities[activities.length - 1];
    return {
      status: response.status,
      activities,
      texts: activities.map((activity) => activity.text ?? ''),
      buttons: last?.suggestedActions?.actions.map((action) => action.title) ?? [],
    };
  }
}
