import { readFile, writeFile } from 'node:fs/promises';
import type { LoadResult } from './load';

export interface Machine {
  cpus: number;
  cpuModel: string;
  ramGb: number;
  node: string;
  platform: string;
}

export type Engine = 'sqlite' | 'postgres';
/** How replies reach the worker: posted to the connector, or in the HTTP answer (`deliveryMode: "expectReplies"`). */
export type Delivery = 'connector' | 'expectReplies';

/** One measured level: a bot, a number of stored intakes and a number of concurrent workers. */
export interface RunResult extends LoadResult {
  bot: 'taalbot' | 'echo';
  /** Taalbot's database; for an echo run, the engine of the Taalbot run it is paired with. */
  engine?: Engine;
  delivery: Delivery;
  storedIntakes: number;
  /** Taalbot's turns per second divided by the echo bot's at the same level. */
  echoRatio?: number;
  /** With no stored intakes: the ratio of every Taalbot–echo pair that ran, lowest first. */
  pairRatios?: number[];
  peakRssMb: number;
  startupMs: number;
  /** The machine's 1-minute load average as the run began: other work on the machine shows here. */
  machineLoad: number;
  /** Seats the server holds for this run's bookings; must equal the bookings the workers were told about. */
  seatsStored?: number;
  /** The same number of workers, reading and tapping like people (one sign-up each). */
  paced?: { turns: number; turnsPerSecond: number; p50Ms: number; p99Ms: number; stuck: number };
}

export interface Target {
  what: string;
  measured: string;
  met: boolean;
}

export interface BenchReport {
  date: string;
  machine: Machine;
  signUpsPerLevel: number;
  /** How many Taalbot–echo pairs ran per level with no stored intakes. */
  pairs: number;
  runs: RunResult[];
  targets: Target[];
}

/** The issue's targets, checked for every engine and delivery mode that ran. */
export function checkTargets(runs: RunResult[], allRuns: RunResult[] = runs): Target[] {
  const setups = [...new Set(runs.map((run) => `${run.engine ?? 'sqlite'}|${run.delivery ?? 'connector'}`))];
  return setups.flatMap((setup) => {
    const [engine, delivery] = setup.split('|') as [Engine, Delivery];
    const same = (run: RunResult) => (run.engine ?? 'sqlite') === engine && (run.delivery ?? 'connector') === delivery;
    return targetsOf(runs.filter(same), allRuns.filter(same), engine, delivery).map((target) => ({
      ...target,
      what: `${engine}, ${delivery === 'expectReplies' ? 'replies in the answer' : 'replies to the connector'}: ${target.what}`,
    }));
  });
}

function targetsOf(runs: RunResult[], allRuns: RunResult[], engine: Engine, delivery: Delivery): Target[] {
  const ours = (stored: number) => runs.filter((run) => run.bot === 'taalbot' && run.storedIntakes === stored);
  const empty = ours(0);
  const largest = Math.max(...runs.map((run) => run.storedIntakes));
  const full = ours(largest);
  const targets: Target[] = [];
  const ratios = empty.filter((run) => run.echoRatio !== undefined);
  if (ratios.length > 0) {
    targets.push({
      what: "at least 50% of the echo bot's turns/s",
      measured: ratios.map((run) => `${run.workers}: ${pct(run.echoRatio!)}${run.pairRatios && run.pairRatios.length > 1 ? ` (${run.pairRatios.map(pct).join(', ')})` : ''}`).join('; '),
      met: ratios.every((run) => run.echoRatio! >= 0.5),
    });
    if (engine === 'sqlite' && delivery === 'expectReplies') {
      targets.push({
        what: "aim: at least 60% of the echo bot's turns/s (issue 16)",
        measured: ratios.map((run) => `${run.workers}: ${pct(run.echoRatio!)}`).join('; '),
        met: ratios.every((run) => run.echoRatio! >= 0.6),
      });
    }
  }
  const at100 = empty.find((run) => run.workers === 100);
  if (at100?.paced) {
    targets.push({
      what: 'p99 below 50 ms at 100 concurrent workers (paced like people)',
      measured: `${at100.paced.p99Ms} ms (flat out, with no pause at all: ${at100.p99Ms} ms)`,
      met: at100.paced.p99Ms < 50,
    });
  }
  if (largest > 0 && full.length > 0) {
    const drops = full.map((run) => {
      const base = empty.find((e) => e.workers === run.workers);
      return { workers: run.workers, drop: base ? 1 - run.turnsPerSecond / base.turnsPerSecond : 0 };
    });
    targets.push({
      what: `at most 20% fewer turns/s with ${largest.toLocaleString('en')} intakes than with none`,
      measured: drops.map((d) => `${d.workers}: ${d.drop >= 0 ? '-' : '+'}${pct(Math.abs(d.drop))}`).join(', '),
      met: drops.every((d) => d.drop <= 0.2),
    });
    const peak = Math.max(...full.map((run) => run.peakRssMb));
    targets.push({ what: `under 300 MB RSS with ${largest.toLocaleString('en')} intakes`, measured: `${peak} MB`, met: peak < 300 });
  }
  // More seats than confirmations is fine: a worker who gave up walking may still have been booked.
  const lost = allRuns.filter((run) => run.seatsStored !== undefined && run.seatsStored < run.allBookings);
  const extra = allRuns.reduce((sum, run) => sum + Math.max(0, (run.seatsStored ?? 0) - run.allBookings), 0);
  targets.push({
    what: 'every booking a worker was told about is stored',
    measured:
      lost.length === 0
        ? `all ${allRuns.filter((run) => run.bot === 'taalbot').length} runs${extra > 0 ? ` (plus ${extra} seats of workers who gave up before the confirmation)` : ''}`
        : lost.map((r) => `${r.storedIntakes}/${r.workers}: ${r.seatsStored} of ${r.allBookings}`).join(', '),
    met: lost.length === 0,
  });
  return targets;
}

const pct = (value: number) => `${Math.round(value * 100)}%`;

export function markdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `Measured ${report.date.slice(0, 10)} on ${m.cpus} CPUs (${m.cpuModel}), ${m.ramGb} GB RAM, Node ${m.node}, ${m.platform}.`,
    `Each level runs about ${report.signUpsPerLevel} whole sign-ups (or as many echo turns; split over the pairs below) after a warm-up, flat out: every worker answers the moment a reply is in. That gives turns/s.`,
    'Then each worker signs up once more, paced like a person: 1 to 3 s to read and tap before each answer. That gives the paced latency, what a worker feels.',
    `With no stored intakes, Taalbot and the echo bot ran in ${report.pairs} pairs per level, one right after the other; the table shows the pair with the median ratio, and the target line lists every pair.`,
    '"replies" says how the replies reach the worker: posted to the load generator\'s connector, or in the HTTP answer (`deliveryMode: "expectReplies"`, no connector traffic).',
    'Load generator and bot share the machine.',
    '"load" is the 1-minute load average as the run began; above the CPU count, other work on the machine skews the numbers.',
    '',
    '| bot | engine | replies | stored intakes | workers | turns/s | p50 ms | p99 ms | bookings/s | vs echo | paced p50 ms | paced p99 ms | peak RSS MB | start s | load |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.runs.map((run) =>
      [
        run.bot,
        run.bot === 'echo' ? '-' : (run.engine ?? 'sqlite'),
        run.delivery === 'expectReplies' ? 'in answer' : 'connector',
        run.bot === 'echo' ? '-' : run.storedIntakes.toLocaleString('en'),
        run.workers,
        run.turnsPerSecond,
        run.p50Ms,
        run.p99Ms,
        run.bot === 'echo' ? '-' : run.bookingsPerSecond,
        run.echoRatio === undefined ? '-' : pct(run.echoRatio),
        run.paced?.p50Ms ?? '-',
        run.paced?.p99Ms ?? '-',
        run.peakRssMb,
        (run.startupMs / 1000).toFixed(1),
        run.machineLoad,
      ].join(' | '),
    ).map((row) => `| ${row} |`),
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    ...report.targets.map((target) => `| ${target.what} | ${target.measured} | ${target.met ? 'yes' : '**no**'} |`),
  ];
  return `${lines.join('\n')}\n`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Puts the latest table into the README between its bench markers. */
export async function updateReadme(path: string, table: string): Promise<void> {
  const readme = await readFile(path, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path} has no ${START} … ${END} section`);
  await writeFile(path, `${readme.slice(0, from + START.length)}\n${table}${readme.slice(to)}`);
}
