import { execFile } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { ReplyInbox } from '../../bench/connector';
import { seededRandom } from '../../bench/sign-up-walker';
import { VirtualWorker } from '../../bench/virtual-worker';
import { SQLITE_FILE, type SqlStore } from '../../src/storage/sql/sql-store';
import { startServerProcess } from '../support/server-process';
import { COORDINATOR_TOKEN, startTestApp, tempDataDir } from '../support/test-app';
import { postgresSchema, TEST_DATABASE_URL } from '../support/test-store';

const run = promisify(execFile);
const root = join(__dirname, '..', '..');

const health = async (url: string) => (await fetch(`${url}/healthz`)).status;

async function intakeCount(url: string): Promise<number> {
  const response = await fetch(`${url}/api/coordinator/intakes`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as unknown[]).length;
}

describe('SQLite: one instance per data directory', () => {
  it('refuses a second instance on the same data directory with a clear message, and starts once the first is gone', async () => {
    const data = await tempDataDir();
    const env = { DATA_DIR: data.dir, COORDINATOR_TOKEN };
    const first = await startServerProcess(env);
    try {
      await expect(startServerProcess(env)).rejects.toThrow(
        new RegExp(`exited with 1: Taalbot could not start: another Taalbot instance uses ${data.dir} \\(pid ${first.child.pid} on .+\\)\\. One instance per data directory; for several instances, use PostgreSQL \\(DATABASE_URL\\)`),
      );
      expect(await health(first.url)).toBe(200);
      await first.stop('SIGKILL');
      // The operating system dropped the lock with the process: no stale lock to clear by hand.
      const second = await startServerProcess(env);
      expect(await health(second.url)).toBe(200);
      await second.stop();
    } finally {
      await first.stop();
      await data.remove();
    }
  });
});

describe('/healthz', () => {
  it('answers 503 when the SQLite database cannot be written or read, and 200 again when it can', async () => {
    const data = await tempDataDir();
    const app = await startTestApp(data.dir);
    const raw = (app.store as SqlStore).sqliteHandle!;
    try {
      expect(await health(app.url)).toBe(200);
      raw.pragma('query_only = ON');
      expect(await health(app.url)).toBe(503);
      raw.pragma('query_only = OFF');
      expect(await health(app.url)).toBe(200);
      raw.close();
      expect(await health(app.url)).toBe(503);
    } finally {
      await app.close().catch(() => undefined);
      await data.remove();
    }
  });

  (TEST_DATABASE_URL ? it : it.skip)('answers 503 when the PostgreSQL schema is gone', async () => {
    const schema = await postgresSchema();
    const data = await tempDataDir();
    const app = await startTestApp(data.dir, { DATABASE_URL: TEST_DATABASE_URL!, DATABASE_SCHEMA: schema.schema });
    try {
      expect(await health(app.url)).toBe(200);
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop schema ${schema.schema} cascade`);
      await client.end();
      expect(await health(app.url)).toBe(503);
    } finally {
      await app.close();
      await schema.drop();
      await data.remove();
    }
  });
});

describe('npm run backup', () => {
  it('writes a whole copy while workers sign up, and the bot starts on the copy with everything in it', async () => {
    const data = await tempDataDir();
    const restored = await tempDataDir();
    const inbox = await new ReplyInbox().start();
    const server = await startServerProcess({ DATA_DIR: data.dir, COORDINATOR_TOKEN });
    let stop = false;
    let booked = 0;
    try {
      const workers = Array.from({ length: 6 }, async (_, w) => {
        for (let round = 0; !stop; round++) {
          const result = await new VirtualWorker(server.url, inbox, `backup-${w}-${round}`, seededRandom(w * 31 + round)).signUp();
          if (!result.booked) throw new Error(`backup-${w}-${round}: ${result.stuck}`);
          booked += 1;
        }
      });
      while (booked < 6) await new Promise((resolve) => setTimeout(resolve, 50));
      const bookedBefore = booked;
      const target = join(data.dir, 'backups', 'copy.db');
      const { stdout } = await run(process.execPath, [join(root, 'dist', 'src', 'app', 'backup-cli.js'), target], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: data.dir },
      });
      stop = true;
      await Promise.all(workers);
      expect(stdout).toMatch(/backup written: .*copy\.db \(\d+ pages, checked\)/);

      const copy = new Database(target, { readonly: true });
      const { n } = copy.prepare(`select count(*) as n from intakes where status = 'booked'`).get() as { n: number };
      const total = (copy.prepare('select count(*) as n from intakes').get() as { n: number }).n;
      expect(String(copy.pragma('integrity_check', { simple: true }))).toBe('ok');
      copy.close();
      expect(n).toBeGreaterThanOrEqual(bookedBefore);

      // Restore as the README says: the copy becomes taalbot.db of a data directory, with the bot stopped.
      copyFileSync(target, join(restored.dir, SQLITE_FILE));
      expect(existsSync(join(restored.dir, `${SQLITE_FILE}-wal`))).toBe(false);
      const again = await startServerProcess({ DATA_DIR: restored.dir, COORDINATOR_TOKEN });
      try {
        expect(await intakeCount(again.url)).toBe(total);
      } finally {
        await again.stop();
      }
    } finally {
      stop = true;
      await server.stop();
      await inbox.stop();
      await data.remove();
      await restored.remove();
    }
  }, 60_000);
});
