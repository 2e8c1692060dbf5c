import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../../src/storage/sql/sql-store';
import { ReplyInbox } from '../../bench/connector';
import { seededRandom } from '../../bench/sign-up-walker';
import { VirtualWorker } from '../../bench/virtual-worker';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { COORDINATOR_TOKEN, tempDataDir } from '../support/test-app';

const WORKERS = 24;
/** Kill once this many workers have been told "Gelukt!". */
const KILL_AFTER_BOOKINGS = 15;

interface IntakeRow {
  channelUserId: string;
  status: string;
  group: { id: string } | null;
}

interface GroupRow {
  id: string;
  capacity: number;
  seatsTaken: number;
}

async function coordinator<T>(server: ServerProcess, path: string): Promise<T> {
  const response = await fetch(`${server.url}/api/coordinator/${path}`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** The database as the kill left it, read directly: whether SQLite finds it whole, and how many files it holds. */
function inspect(dir: string): { integrity: string; intakes: number } {
  const db = new Database(join(dir, SQLITE_FILE));
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const { n } = db.prepare('select count(*) as n from intakes').get() as { n: number };
    return { integrity, intakes: n };
  } finally {
    db.close();
  }
}

describe('a kill -9 in the middle of a rush of sign-ups', () => {
  it('keeps every booking a worker was told about, overfills no group, and lets the others finish', async () => {
    const data = await tempDataDir();
    const inbox = await new ReplyInbox().start();
    const env = { DATA_DIR: data.dir, COORDINATOR_TOKEN };
    let server = await startServerProcess(env);
    try {

      const told = new Set<string>();
      const unfinished = new Set<string>();
      let killed = false;
      const workers = Array.from({ length: WORKERS }, async (_, w) => {
        for (let round = 0; !killed; round++) {
          const conversation = `crash-${w}-${round}`;
          const worker = new VirtualWorker(server.url, inbox, conversation, seededRandom(w * 100 + round));
          unfinished.add(conversation);
          try {
            const result = await worker.signUp();
            if (!result.booked) throw new Error(`${conversation} got stuck: ${result.stuck}`);
            told.add(conversation);
            unfinished.delete(conversation);
            if (told.size >= KILL_AFTER_BOOKINGS && !killed) {
              killed = true;
              await server.stop('SIGKILL');
            }
          } catch (error) {
            if (!killed) throw error;
          }
        }
      });
      await Promise.all(workers);
      expect(told.size).toBeGreaterThanOrEqual(KILL_AFTER_BOOKINGS);
      expect(unfinished.size).toBeGreaterThan(0);

      const afterKill = inspect(data.dir);
      expect(afterKill.integrity).toBe('ok');
      expect(afterKill.intakes).toBeGreaterThan(KILL_AFTER_BOOKINGS);

      server = await startServerProcess(env);
      const stored = await coordinator<IntakeRow[]>(server, 'intakes');
      const bookedUsers = new Set(stored.filter((i) => i.status === 'booked' && i.group).map((i) => i.channelUserId));
      for (const conversation of told) expect(bookedUsers.has(conversation)).toBe(true);

      const resumed = await Promise.all(
        [...unfinished].map((conversation) => new VirtualWorker(server.url, inbox, conversation, seededRandom(7)).resume()),
      );
      expect(resumed.filter((r) => !r.booked)).toEqual([]);

      const after = await coordinator<IntakeRow[]>(server, 'intakes');
      const bookedAfter = new Set(after.filter((i) => i.status === 'booked' && i.group).map((i) => i.channelUserId));
      for (const conversation of [...told, ...unfinished]) expect(bookedAfter.has(conversation)).toBe(true);
      for (const group of await coordinator<GroupRow[]>(server, 'groups')) expect(group.seatsTaken).toBeLessThanOrEqual(group.capacity);
    } finally {
      // Also when an expectation fails: a live child process would keep jest from exiting.
      await server.stop();
      await inbox.stop();
      await data.remove();
    }
  }, 60_000);
});
