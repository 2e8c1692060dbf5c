import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SqlStore } from '../src/storage/sql/sql-store';
import type { LoadPlan } from './load';
import { memoryOf, runLoadProcess, startEchoBot, startTaalbot, type Running } from './processes';
import { checkTargets, markdown, updateReadme, type BenchReport, type RunResult } from './report';
import { seedStore } from './seed';

const root = join(__dirname, '..', '..');
const TOKEN = 'bench-coordinator-token-0001';
const WARMUP_SESSIONS = 3;

/** `npm run bench -- --sizes=0,10000 --levels=20,100 --signups=500 --pairs=1 --no-readme` for a shorter run. */
function options() {
  const arg = (name: string, fallback: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const numbers = (text: string) => text.split(',').map(Number);
  return {
    sizes: numbers(arg('sizes', '0,10000,100000')),
    levels: numbers(arg('levels', '20,100,500')),
    signUps: Number(arg('signups', '1000')),
    pairs: Number(arg('pairs', '3')),
    readme: !process.argv.includes('--no-readme'),
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Samples a process's resident memory while a load runs, and keeps the peak. */
function watchMemory(pid: number): () => number {
  let peak = memoryOf(pid).rssMb;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memoryOf(pid).rssMb);
    } catch {
      // the process is gone
    }
  }, 100);
  return () => {
    clearInterval(timer);
    try {
      return Math.max(peak, memoryOf(pid).hwmMb);
    } catch {
      return peak;
    }
  };
}

/** Seats taken in the open groups: the bookings made during this run. */
async function seatsInOpenGroups(url: string): Promise<number> {
  const response = await fetch(`${url}/api/coordinator/groups`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const groups = (await response.json()) as { id: string; seatsTaken: number }[];
  return groups.filter((group) => !group.id.startsWith('past-')).reduce((sum, group) => sum + group.seatsTaken, 0);
}

/** Workers that read and tap like people: 1 to 3 seconds before each answer. */
const THINK_MS: [number, number] = [1000, 3000];

/** Both loads on one server: flat out (throughput), then paced like people (latency). */
async function measure(server: Running, plan: LoadPlan): Promise<RunResult> {
  const machineLoad = Math.round(loadavg()[0] * 10) / 10;
  const peak = watchMemory(server.child.pid!);
  const result = await runLoadProcess(plan);
  const paced = await runLoadProcess({ ...plan, sessionsPerWorker: 1, warmupSessions: 0, thinkMs: THINK_MS, seed: plan.seed + 1 });
  return {
    ...result,
    allBookings: result.allBookings + paced.allBookings,
    paced: { turns: paced.turns, turnsPerSecond: paced.turnsPerSecond, p50Ms: paced.p50Ms, p99Ms: paced.p99Ms, stuck: paced.stuck },
    bot: plan.bot,
    storedIntakes: 0,
    peakRssMb: peak(),
    startupMs: server.startupMs,
    machineLoad,
  };
}

async function measureTaalbot(work: string, template: string, size: number, level: number, sessions: number): Promise<RunResult> {
  const dataDir = join(work, `run-${size}-${level}`);
  await promisify(execFile)('cp', ['-a', template, dataDir]);
  const server = await startTaalbot(dataDir, TOKEN);
  log(`taalbot, ${size} intakes, ${level} workers (started in ${server.startupMs} ms)…`);
  const plan: LoadPlan = { botUrl: server.url, bot: 'taalbot', workers: level, sessionsPerWorker: sessions, warmupSessions: WARMUP_SESSIONS, seed: level };
  const run = { ...(await measure(server, plan)), storedIntakes: size };
  run.seatsStored = await seatsInOpenGroups(server.url);
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
  log(`  ${summary(run)}, ${run.bookingsPerSecond} bookings/s${run.stuck ? `, ${run.stuck} stuck: ${run.stuckReasons.join('; ')}` : ''}`);
  return run;
}

async function measureEcho(level: number, sessions: number, turnsPerSession: number): Promise<RunResult> {
  const echo = await startEchoBot();
  log(`echo bot, ${level} workers, ${turnsPerSession} turns per session…`);
  const plan: LoadPlan = { botUrl: echo.url, bot: 'echo', workers: level, sessionsPerWorker: sessions, turnsPerSession, warmupSessions: WARMUP_SESSIONS, seed: level };
  const run = await measure(echo, plan);
  await echo.stop();
  log(`  ${summary(run)}`);
  return run;
}

const ratioOf = (taalbot: RunResult, echo: RunResult) => Math.round((taalbot.turnsPerSecond / echo.turnsPerSecond) * 100) / 100;

function summary(run: RunResult): string {
  return `flat out ${run.turnsPerSecond} turns/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms; paced p50 ${run.paced?.p50Ms} ms, p99 ${run.paced?.p99Ms} ms; ${run.peakRssMb} MB`;
}

async function main(): Promise<void> {
  const { sizes, levels, signUps, pairs, readme } = options();
  const work = await mkdtemp(join(tmpdir(), 'taalbot-bench-'));
  const runs: RunResult[] = [];
  /** Every run, also the pairs not shown: each one's bookings are checked against what was stored. */
  const allRuns: RunResult[] = [];
  const sessionsAt = (level: number) => Math.max(1, Math.round(signUps / level));
  try {
    for (const size of sizes) {
      const template = join(work, `seed-${size}`);
      log(`seeding ${size} intakes…`);
      const store = await SqlStore.open({ engine: 'sqlite', dataDir: template, fsync: false });
      await seedStore(store, size, new Date());
      await store.close();
      for (const level of levels) {
        if (size !== sizes[0]) {
          const run = await measureTaalbot(work, template, size, level, sessionsAt(level));
          runs.push(run);
          allRuns.push(run);
          continue;
        }
        // Turns/s on a shared machine drift 10–30% from run to run. So Taalbot and the echo
        // baseline run in turns, `pairs` times, each pair right after each other, and the
        // pair with the median ratio is shown.
        const sessions = Math.max(1, Math.round(signUps / pairs / level));
        const measured: { taalbot: RunResult; echo: RunResult; ratio: number }[] = [];
        for (let pair = 0; pair < pairs; pair++) {
          const taalbot = await measureTaalbot(work, template, size, level, sessions);
          const echo = await measureEcho(level, sessions, Math.round(taalbot.turns / (level * sessions)));
          allRuns.push(taalbot, echo);
          measured.push({ taalbot, echo, ratio: ratioOf(taalbot, echo) });
        }
        measured.sort((a, b) => a.ratio - b.ratio);
        const median = measured[Math.floor(measured.length / 2)];
        median.taalbot.pairRatios = measured.map((m) => m.ratio);
        runs.push(median.taalbot, median.echo);
      }
      await rm(template, { recursive: true, force: true });
    }
    for (const echo of runs.filter((r) => r.bot === 'echo')) {
      for (const taalbot of runs.filter((r) => r.bot === 'taalbot' && r.workers === echo.workers)) taalbot.echoRatio = ratioOf(taalbot, echo);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      ramGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    signUpsPerLevel: signUps,
    runs,
    pairs,
    targets: checkTargets(runs, allRuns),
  };
  const table = markdown(report);
  const results = join(root, 'bench', 'results');
  await mkdir(results, { recursive: true });
  await writeFile(join(results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(results, 'latest.md'), table);
  if (readme) await updateReadme(join(root, 'README.md'), table);
  process.stdout.write(table);
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack}\n`);
  process.exit(1);
});
