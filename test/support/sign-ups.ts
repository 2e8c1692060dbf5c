import type { ReplyInbox } from '../../bench/connector';
import { nextMove, seededRandom } from '../../bench/sign-up-walker';
import { VirtualWorker } from '../../bench/virtual-worker';

/**
 * Sign-ups over the real /api/messages for the storage fault tests, in one place: when the
 * conversation changes, this file (and bench/sign-up-walker.ts, which it reads the
 * questions from) is what to adapt.
 */
export interface SignUpOptions {
  /** Typed when the bot asks the name, instead of one the walker picks. */
  name?: string;
  /** Stop before answering this question (a key in locales/nl.json, such as 'confirm.ask'). */
  stopAt?: string;
  /** Buttons picked by this random source; `() => 0` makes every worker answer alike. */
  random?: () => number;
}

export type SignUpEnd = { kind: 'booked' } | { kind: 'stopped'; question: string; answer: string };

const MAX_TURNS = 30;

export class SigningUpWorker {
  readonly worker: VirtualWorker;
  private readonly random: () => number;

  constructor(botUrl: string, inbox: ReplyInbox, readonly conversationId: string, private readonly options: SignUpOptions = {}) {
    this.random = options.random ?? seededRandom(conversationId.length * 7919 + conversationId.charCodeAt(conversationId.length - 1));
    this.worker = new VirtualWorker(botUrl, inbox, conversationId, this.random);
  }

  /** From the first hello to a seat, or to the question named in `stopAt`. Throws when the worker gets stuck. */
  async start(): Promise<SignUpEnd> {
    const first = await this.worker.join();
    if (first.status !== 200) throw new Error(`${this.conversationId}: HTTP ${first.status} on join`);
    return this.goOn();
  }

  /** Answers the question it stopped at (with `answer`, or what the walker would say), then goes on. */
  async answer(text: string): Promise<SignUpEnd> {
    await this.say(text);
    return this.goOn(null);
  }

  /** Goes on from where the conversation is, to a seat or to `stopAt` (null: to a seat). */
  async goOn(stopAt: string | null | undefined = this.options.stopAt): Promise<SignUpEnd> {
    for (let turn = 0; turn < MAX_TURNS; turn++) {
      const move = nextMove(this.worker.last, this.random);
      if (move.kind === 'booked') return { kind: 'booked' };
      if (move.kind === 'stuck') throw new Error(`${this.conversationId} got stuck: ${move.reason}`);
      if (move.question === stopAt) return { kind: 'stopped', question: move.question, answer: move.text };
      await this.say(move.question === 'name.ask' && this.options.name ? this.options.name : move.text);
    }
    throw new Error(`${this.conversationId}: too many turns`);
  }

  /** After a crash: asks for help, so the bot repeats its question, then goes on to a seat. */
  async resume(): Promise<SignUpEnd> {
    const result = await this.worker.resume();
    if (!result.booked) throw new Error(`${this.conversationId} could not go on: ${result.stuck}`);
    return { kind: 'booked' };
  }

  private async say(text: string): Promise<void> {
    const seen = await this.worker.say(text);
    if (seen.status !== 200) throw new Error(`${this.conversationId}: HTTP ${seen.status} after "${text}"`);
  }
}
