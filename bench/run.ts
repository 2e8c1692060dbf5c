import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { SqlStore } from '../src/storage/sql/sql-store';
import type { LoadPlan } from './load';
import { memoryOf, runLoadProcess, startEchoBot, startTaalbot, type Running } from './processes';
import { checkTargets, markdown, updateReadme, type BenchReport, type Delivery, type Engine, type RunResult } from './report';
import { seedStore } from './seed';

const root = join(__dirname, '..', '..');
const TOKEN = 'bench-coordinator-token-0001';
const WARMUP_SESSIONS = 3;

/**
 * `npm run bench -- --sizes=0,10000 --levels=20,100 --signups=500 --pairs=1 --no-readme` for a shorter run.
 * `--engines=sqlite,postgres` (PostgreSQL needs DATABASE_URL; it is in the default when that is set)
 * and `--modes=connector,expectReplies` pick what runs.
 */
function options() {
  const arg = (name: string, fallback: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const numbers = (text: string) => text.split(',').map(Number);
  const engines = arg('engines', process.env.DATABASE_URL ? 'sqlite,postgres' : 'sqlite').split(',') as Engine[];
  for (const engine of engines) if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`unknown engine ${engine}`);
  if (engines.includes('postgres') && !process.env.DATABASE_URL) throw new Error('--engines=postgres needs DATABASE_URL');
  const modes = arg('modes', 'connector,expectReplies').split(',') as Delivery[];
  for (const mode of modes) if (mode !== 'connector' && mode !== 'expectReplies') throw new Error(`unknown mode ${mode}`);
  return {
    sizes: numbers(arg('sizes', '0,10000,100000')),
    levels: numbers(arg('levels', '20,100,500')),
    signUps: Number(arg('signups', '1000')),
    pairs: Number(arg('pairs', '3')),
    engines,
    modes,
    readme: !process.argv.includes('--no-readme'),
  };
}

/** A seeded database for one run, and how the server finds it. */
interface Prepared {
  dataDir: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/**
 * SQLite: one seeded file per size, copied for every run. PostgreSQL: every run seeds a
 * schema of its own (bench_…), dropped after the run.
 */
class Databases {
  private runs = 0;

  constructor(
    private readonly work: string,
    readonly engine: Engine,
  ) {}

  async template(size: number): Promise<string> {
    const template = join(this.work, `seed-${size}`);
    if (this.engine === 'sqlite') {
      log(`seeding ${size} intakes (sqlite)…`);
      const store = await SqlStore.open({ engine: 'sqlite', dataDir: template, fsync: false });
      await seedStore(store, size, new Date());
      await store.close();
    }
    return template;
  }

  async prepare(template: string, size: number, name: string): Promise<Prepared> {
    const dataDir = join(this.work, name);
    if (this.engine === 'sqlite') {
      await promisify(execFile)('cp', ['-a', template, dataDir]);
      return { dataDir, env: {}, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
    }
    await mkdir(dataDir, { recursive: true });
    const url = process.env.DATABASE_URL!;
    const schema = `bench_${process.pid}_${++this.runs}`;
    await withClient(url, (client) => client.query(`create schema ${schema}`));
    const store = await SqlStore.open({ engine: 'postgres', url, schema, onError: (error) => log(`seed: ${error.message}`) });
    await seedStore(store, size, new Date());
    await store.close();
    return {
      dataDir,
      env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
      cleanup: async () => {
        await withClient(url, (client) => client.query(`drop schema if exists ${schema} cascade`));
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }

  async dropTemplate(template: string): Promise<void> {
    await rm(template, { recursive: true, force: true });
  }
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
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
async function measure(server: Running, plan: LoadPlan, delivery: Delivery): Promise<RunResult> {
  const machineLoad = Math.round(loadavg()[0] * 10) / 10;
  const peak = watchMemory(server.child.pid!);
  const result = await runLoadProcess(plan);
  const paced = await runLoadProcess({ ...plan, sessionsPerWorker: 1, warmupSessions: 0, thinkMs: THINK_MS, seed: plan.seed + 1 });
  return {
    ...result,
    allBookings: result.allBookings + paced.allBookings,
    paced: { turns: paced.turns, turnsPerSecond: paced.turnsPerSecond, p50Ms: paced.p50Ms, p99Ms: paced.p99Ms, stuck: paced.stuck },
    bot: plan.bot,
    delivery,
    storedIntakes: 0,
    peakRssMb: peak(),
    startupMs: server.startupMs,
    machineLoad,
  };
}

async function measureTaalbot(databases: Databases, delivery: Delivery, template: string, size: number, level: number, sessions: number): Promise<RunResult> {
  const prepared = await databases.prepare(template, size, `run-${size}-${level}`);
  const server = await startTaalbot(prepared.dataDir, TOKEN, prepared.env);
  log(`taalbot (${databases.engine}, ${delivery}), ${size} intakes, ${level} workers (started in ${server.startupMs} ms)…`);
  const plan: LoadPlan = {
    botUrl: server.url,
    bot: 'taalbot',
    workers: level,
    sessionsPerWorker: sessions,
    warmupSessions: WARMUP_SESSIONS,
    seed: level,
    expectReplies: delivery === 'expectReplies',
  };
  const run: RunResult = { ...(await measure(server, plan, delivery)), storedIntakes: size, engine: databases.engine };
  run.seatsStored = await seatsInOpenGroups(server.url);
  await server.stop();
  await prepared.cleanup();
  log(`  ${summary(run)}, ${run.bookingsPerSecond} bookings/s${run.stuck ? `, ${run.stuck} stuck: ${run.stuckReasons.join('; ')}` : ''}`);
  return run;
}

async function measureEcho(delivery: Delivery, level: number, sessions: number, turnsPerSession: number): Promise<RunResult> {
  const echo = await startEchoBot();
  log(`echo bot (${delivery}), ${level} workers, ${turnsPerSession} turns per session…`);
  const plan: LoadPlan = {
    botUrl: echo.url,
    bot: 'echo',
    workers: level,
    sessionsPerWorker: sessions,
    turnsPerSession,
    warmupSessions: WARMUP_SESSIONS,
    seed: level,
    expectReplies: delivery === 'expectReplies',
  };
  const run = await measure(echo, plan, delivery);
  await echo.stop();
  log(`  ${summary(run)}`);
  return run;
}

const ratioOf = (taalbot: RunResult, echo: RunResult) => Math.round((taalbot.turnsPerSecond / echo.turnsPerSecond) * 100) / 100;

function summary(run: RunResult): string {
  return `flat out ${run.turnsPerSecond} turns/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms; paced p50 ${run.paced?.p50Ms} ms, p99 ${run.paced?.p99Ms} ms; ${run.peakRssMb} MB`;
}

async function main(): Promise<void> {
  const { sizes, levels, signUps, pairs, engines, modes, readme } = options();
  const work = await mkdtemp(join(tmpdir(), 'taalbot-bench-'));
  const runs: RunResult[] = [];
  /** Every run, also the pairs not shown: each one's bookings are checked against what was stored. */
  const allRuns: RunResult[] = [];
  const sessionsAt = (level: number) => Math.max(1, Math.round(signUps / level));
  try {
    for (const engine of engines) {
      const databases = new Databases(work, engine);
      for (const size of sizes) {
        const template = await databases.template(size);
        for (const delivery of modes) {
          for (const level of levels) {
            if (size !== sizes[0]) {
              const run = await measureTaalbot(databases, delivery, template, size, level, sessionsAt(level));
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
              const taalbot = await measureTaalbot(databases, delivery, template, size, level, sessions);
              const echo = await measureEcho(delivery, level, sessions, Math.round(taalbot.turns / (level * sessions)));
              echo.engine = engine;
              allRuns.push(taalbot, echo);
              measured.push({ taalbot, echo, ratio: ratioOf(taalbot, echo) });
              log(`  pair ${pair + 1}: ${ratioOf(taalbot, echo)} of the echo bot`);
            }
            measured.sort((a, b) => a.ratio - b.ratio);
            const median = measured[Math.floor(measured.length / 2)];
            median.taalbot.pairRatios = measured.map((m) => m.ratio);
            runs.push(median.taalbot, median.echo);
          }
        }
        await databases.dropTemplate(template);
      }
    }
    // The echo run paired with the same engine, delivery and level.
    for (const echo of runs.filter((r) => r.bot === 'echo')) {
      for (const taalbot of runs.filter(
        (r) => r.bot === 'taalbot' && r.workers === echo.workers && r.engine === echo.engine && r.delivery === echo.delivery,
      ))
        taalbot.echoRatio = ratioOf(taalbot, echo);
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
