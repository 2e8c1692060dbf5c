import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { LoadPlan, LoadResult } from './load';

const dist = join(__dirname, '..');

export interface Running {
  url: string;
  child: ChildProcess;
  startupMs: number;
  stop(): Promise<void>;
}

/** Starts a node script and waits for the log line that carries its URL. */
async function startListening(script: string, args: string[], env: Record<string, string>, ready: string, flags: string[] = []): Promise<Running> {
  const started = performance.now();
  const child = spawn(process.execPath, [...startFlags(), ...flags, script, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${stderr.join('')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { url?: string; msg?: string };
        if (entry.msg === ready && entry.url) resolve(entry.url);
      } catch {
        // not a log line
      }
    });
  });
  return {
    url,
    child,
    startupMs: Math.round(performance.now() - started),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The Node flags of `npm start` (the heap budget), so the bench and the tests run the server as it runs. */
export function startFlags(): string[] {
  let root = __dirname;
  while (!existsSync(join(root, 'package.json'))) root = dirname(root);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const flags = /\bnode (.*?)\s*dist\/src\/main\.js/.exec(pkg.scripts.start)?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

/** `BENCH_PROFILE_DIR=dir npm run bench`: every Taalbot run writes a CPU profile (node --cpu-prof) there. */
function profileFlags(): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** The built Taalbot server, as `npm start` runs it. */
export function startTaalbot(dataDir: string, token: string, env: Record<string, string> = {}): Promise<Running> {
  return startListening(
    join(dist, 'src', 'main.js'),
    [],
    { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, COORDINATOR_TOKEN: token, LOG_LEVEL: 'info', ...env },
    'Taalbot is listening',
    profileFlags(),
  );
}

export function startEchoBot(env: Record<string, string> = {}): Promise<Running> {
  return startListening(join(dist, 'bench', 'echo-bot.js'), ['0'], env, 'echo bot is listening');
}

/** Runs the load generator as a process of its own, so it does not share the bot's event loop. */
export function runLoadProcess(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dist, 'bench', 'load.js'), JSON.stringify(plan)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as LoadResult);
    });
  });
}

/** Memory of a process from /proc: resident now, and the high-water mark. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), hwmMb: Math.round(kb('VmHWM') / 1024) };
}
