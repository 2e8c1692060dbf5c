import { ReplyInbox } from './connector';
import { seededRandom } from './sign-up-walker';
import { VirtualWorker, type SeenTurn } from './virtual-worker';

/** What the orchestrator asks of one load run. */
export interface LoadPlan {
  botUrl: string;
  bot: 'taalbot' | 'echo';
  workers: number;
  /** Sign-ups (or echo sessions) per worker. */
  sessionsPerWorker: number;
  /** Echo only: turns per session, to match the sign-ups' turns. */
  turnsPerSession?: number;
  /** Sessions run before the clock starts, so both bots are measured warm. */
  warmupSessions: number;
  seed: number;
  /**
   * Paced: each worker reads and taps like a person, waiting a random time in this range
   * (ms) before each answer. Without it, workers answer the moment a reply is in.
   */
  thinkMs?: [number, number];
  /** Replies come back in the HTTP answer (`deliveryMode: "expectReplies"`), not through the connector. */
  expectReplies?: boolean;
}

export interface LoadResult {
  workers: number;
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  bookings: number;
  bookingsPerSecond: number;
  /** Bookings including the warm-up, to check against what the server stored. */
  allBookings: number;
  statuses: Record<string, number>;
  stuck: number;
  stuckReasons: string[];
  errors: string[];
}

/** Runs one load against a bot and measures every turn: POST sent → POST answered, replies in. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const inbox = await new ReplyInbox().start();
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const stuckReasons: string[] = [];
  const errors: string[] = [];
  let bookings = 0;
  let allBookings = 0;
  let measuring = false;
  const record = (turn: SeenTurn) => {
    if (!measuring) return;
    latencies.push(turn.ms);
    statuses[turn.status] = (statuses[turn.status] ?? 0) + 1;
  };

  const session = async (tag: string, worker: number, index: number) => {
    const random = seededRandom(plan.seed * 1_000_003 + worker * 7919 + index);
    const think = tag === 'warmup' ? undefined : plan.thinkMs;
    const pause = think ? () => sleep(think[0] + random() * (think[1] - think[0])) : undefined;
    const chat = new VirtualWorker(plan.botUrl, inbox, `${tag}-${plan.seed}-${worker}-${index}`, random, record, pause, plan.expectReplies ?? false);
    try {
      if (plan.bot === 'echo') {
        await chat.join();
        for (let turn = 1; turn < (plan.turnsPerSession ?? 10); turn++) await chat.thinkAndSay(`hallo ${turn}`);
        return;
      }
      const result = await chat.signUp();
      if (result.booked) allBookings += 1;
      if (result.booked && measuring) bookings += 1;
      else if (!result.booked && stuckReasons.length < 1000) stuckReasons.push(result.stuck ?? 'unknown');
    } catch (error) {
      if (errors.length < 20) errors.push((error as Error).message);
    }
  };
  const everyone = (tag: string, workers: number, sessions: number) =>
    Promise.all(
      Array.from({ length: workers }, async (_, worker) => {
        // Paced workers arrive spread out, as people do, not all in the same millisecond.
        if (plan.thinkMs && tag !== 'warmup') await sleep((worker / workers) * plan.thinkMs[1]);
        for (let index = 0; index < sessions; index++) await session(tag, worker, index);
      }),
    );

  await everyone('warmup', Math.min(plan.workers, 20), plan.warmupSessions);
  measuring = true;
  const started = performance.now();
  await everyone('w', plan.workers, plan.sessionsPerWorker);
  const seconds = (performance.now() - started) / 1000;
  measuring = false;
  await inbox.stop();

  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    workers: plan.workers,
    turns: latencies.length,
    seconds: round(seconds),
    turnsPerSecond: round(latencies.length / seconds),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: round(latencies[latencies.length - 1] ?? 0),
    bookings,
    bookingsPerSecond: round(bookings / seconds),
    allBookings,
    statuses,
    stuck: stuckReasons.length,
    stuckReasons: [...new Set(stuckReasons)].slice(0, 5),
    errors,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Run as a process of its own: plan as JSON in argv, result as JSON on stdout.
if (require.main === module) {
  runLoad(JSON.parse(process.argv[2]) as LoadPlan).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: Error) => {
      process.stderr.write(`load failed: ${error.stack}\n`);
      process.exit(1);
    },
  );
}
