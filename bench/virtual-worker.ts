import nl from '../locales/nl.json';
import type { ReplyActivity, ReplyInbox } from './connector';
import { postJson } from './http-post';
import { nextMove, type BotTurn } from './sign-up-walker';

/** One turn as the worker saw it: the bot's replies, the HTTP status and how long it took. */
export interface SeenTurn extends BotTurn {
  status: number;
  ms: number;
}

export interface SignUpResult {
  booked: boolean;
  turns: number;
  /** Why the worker could not go on, when it could not. */
  stuck?: string;
}

/** The most turns a sign-up may take before the worker gives up: the flow has about ten. */
const MAX_TURNS = 25;

/**
 * A worker in one conversation with a bot, over the real /api/messages, reading the
 * replies from the load generator's connector, or (with `expectReplies`) from the HTTP
 * answer itself (`deliveryMode: "expectReplies"`), so no connector traffic is involved.
 */
export class VirtualWorker {
  private activityCount = 0;
  last: BotTurn = { texts: [], buttons: [] };

  constructor(
    private readonly botUrl: string,
    private readonly inbox: ReplyInbox,
    readonly conversationId: string,
    private readonly random: () => number,
    private readonly onTurn: (turn: SeenTurn) => void = () => undefined,
    /** Time the worker takes to read a reply and tap: none when driving flat out. */
    private readonly pause: () => Promise<void> = async () => undefined,
    /** Ask for the replies in the HTTP answer instead of through the connector. */
    private readonly expectReplies = false,
  ) {}

  join(): Promise<SeenTurn> {
    return this.post({ type: 'conversationUpdate', membersAdded: [{ id: this.conversationId }] });
  }

  say(text: string): Promise<SeenTurn> {
    return this.post({ type: 'message', text });
  }

  /** Reads the last reply the way a person does, then answers. */
  async thinkAndSay(text: string): Promise<SeenTurn> {
    await this.pause();
    return this.say(text);
  }

  /** From the first hello to a confirmed seat, tapping the buttons the bot shows. */
  async signUp(): Promise<SignUpResult> {
    await this.join();
    return this.goOn(1);
  }

  /** Asks the bot to repeat its question (after a restart, say), then goes on to a seat. */
  async resume(): Promise<SignUpResult> {
    await this.say(nl.commands.helpButton);
    return this.goOn(1);
  }

  /** Answers question after question until the bot confirms a seat. */
  async goOn(turnsSoFar: number): Promise<SignUpResult> {
    for (let turns = turnsSoFar; turns < MAX_TURNS; turns++) {
      const move = nextMove(this.last, this.random);
      if (move.kind === 'booked') return { booked: true, turns };
      if (move.kind === 'stuck') return { booked: false, turns, stuck: move.reason };
      const seen = await this.thinkAndSay(move.text);
      if (seen.status !== 200) return { booked: false, turns: turns + 1, stuck: `HTTP ${seen.status} after "${move.text}"` };
    }
    return { booked: false, turns: MAX_TURNS, stuck: 'too many turns' };
  }

  private async post(fields: Record<string, unknown>): Promise<SeenTurn> {
    this.activityCount += 1;
    const started = performance.now();
    const answer = await postJson(`${this.botUrl}/api/messages`, {
      id: `${this.conversationId}-${this.activityCount}`,
      channelId: 'bench',
      serviceUrl: this.inbox.url,
      conversation: { id: this.conversationId },
      from: { id: this.conversationId },
      recipient: { id: 'bot' },
      timestamp: new Date().toISOString(),
      ...(this.expectReplies ? { deliveryMode: 'expectReplies' } : {}),
      ...fields,
    });
    const ms = performance.now() - started;
    const status = answer.status;
    const replies = this.expectReplies ? repliesIn(answer.body) : this.inbox.take(this.conversationId);
    const last = replies[replies.length - 1];
    this.last = {
      texts: replies.map((reply) => reply.text ?? ''),
      buttons: last?.suggestedActions?.actions.map((action) => action.value) ?? [],
    };
    const seen = { ...this.last, status, ms };
    this.onTurn(seen);
    return seen;
  }
}

/** The replies in an expectReplies answer: `{ activities: [...] }`. */
function repliesIn(body: string): ReplyActivity[] {
  if (!body) return [];
  try {
    const parsed = JSON.parse(body) as { activities?: ReplyActivity[] };
    return parsed.activities ?? [];
  } catch {
    return [];
  }
}
