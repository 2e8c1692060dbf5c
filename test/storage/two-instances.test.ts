import { ReplyInbox } from '../../bench/connector';
import { seededRandom } from '../../bench/sign-up-walker';
import type { Group } from '../../src/domain/catalog';
import type { SqlStore } from '../../src/storage/sql/sql-store';
import { REMINDER, seedDueReminders } from '../support/due-reminders';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { SigningUpWorker, type SignUpEnd } from '../support/sign-ups';
import { COORDINATOR_TOKEN, tempDataDir } from '../support/test-app';
import { postgresSchema, TEST_DATABASE_URL, type PostgresSchema } from '../support/test-store';

const RACERS = 500;
const LAST_SEATS = 3;

interface IntakeRow {
  id: string;
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

/** Runs `work` for every item, at most `width` at a time. */
async function pooled<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}

/** Every reminder that reached the connector, per conversation; the inbox hands each reply out once. */
class ReminderCount {
  readonly seen = new Map<string, number>();
  constructor(private readonly inbox: ReplyInbox) {}
  collect(conversations: string[]): void {
    for (const id of conversations) {
      const reminders = this.inbox.take(id).filter((reply) => REMINDER.test(reply.text ?? '')).length;
      this.seen.set(id, (this.seen.get(id) ?? 0) + reminders);
    }
  }
  async waitFor(conversations: string[], ms = 20_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      this.collect(conversations);
      if (conversations.every((id) => (this.seen.get(id) ?? 0) >= 1) || Date.now() > until) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Two bot processes (the built server, as `npm start` runs it) on one PostgreSQL schema,
 * each with its own port and data directory, both running the schedulers.
 */
(TEST_DATABASE_URL ? describe : describe.skip)('two instances, one PostgreSQL', () => {
  let schema: PostgresSchema;
  let store: SqlStore;
  let inbox: ReplyInbox;
  const servers: ServerProcess[] = [];
  const dirs: Awaited<ReturnType<typeof tempDataDir>>[] = [];
  const envFor = (dir: string) => ({
    DATABASE_URL: TEST_DATABASE_URL!,
    DATABASE_SCHEMA: schema.schema,
    DATA_DIR: dir,
    COORDINATOR_TOKEN,
    REMINDER_HOUR: '0',
    REMINDER_CHECK_SECONDS: '1',
    LOG_LEVEL: 'warn',
  });

  beforeAll(async () => {
    schema = await postgresSchema();
    inbox = await new ReplyInbox().start();
    for (let i = 0; i < 2; i++) {
      dirs.push(await tempDataDir());
      // One after the other: the first fills the empty database with the demo places and groups.
      servers.push(await startServerProcess({ ...envFor(dirs[i].dir), LOG_LEVEL: 'info' }));
    }
    store = await schema.open();
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await store?.close();
    await inbox?.stop();
    for (const dir of dirs) await dir.remove();
    await schema?.drop();
  });

  it('gives the last 3 seats to exactly 3 of 500 workers saying "ja" at once on both, books everyone else elsewhere, and sends each reminder once', async () => {
    const reminders = new ReminderCount(inbox);
    const due = await seedDueReminders(store, { count: 10, serviceUrl: inbox.url, now: new Date(), prefix: 'before' });

    // One worker shows which group answers like these get; that group is left with 3 free seats.
    const alike = () => 0;
    expect(await new SigningUpWorker(servers[0].url, inbox, 'probe', { random: alike }).start()).toEqual({ kind: 'booked' });
    const probe = (await coordinator<IntakeRow[]>(servers[0], 'intakes')).find((i) => i.channelUserId === 'probe')!;
    const target = probe.group!.id;
    const taken = (await coordinator<GroupRow[]>(servers[0], 'groups')).find((g) => g.id === target)!.seatsTaken;
    await store.transaction(async (tx) => {
      const group = (await tx.groups.lock(target)) as Group;
      await tx.groups.put({ ...group, capacity: taken + LAST_SEATS });
      await tx.bumpCatalogVersion();
    });

    const racers = Array.from({ length: RACERS }, (_, i) => new SigningUpWorker(servers[i % 2].url, inbox, `race-${i}`, { random: alike, stopAt: 'confirm.ask' }));
    const atTheEnd = await pooled(racers, 60, (worker) => worker.start());
    expect(atTheEnd.filter((end) => end.kind !== 'stopped')).toEqual([]);
    const outcomes = await Promise.all(racers.map((worker, i) => worker.answer((atTheEnd[i] as Extract<SignUpEnd, { kind: 'stopped' }>).answer)));
    expect(outcomes.filter((end) => end.kind !== 'booked')).toEqual([]);

    const files = await coordinator<IntakeRow[]>(servers[1], 'intakes');
    const raced = files.filter((i) => i.channelUserId.startsWith('race-'));
    expect(raced).toHaveLength(RACERS);
    expect(raced.filter((i) => i.status !== 'booked' || !i.group)).toEqual([]);
    expect(raced.filter((i) => i.group!.id === target)).toHaveLength(LAST_SEATS);
    const groups = await coordinator<GroupRow[]>(servers[1], 'groups');
    expect(groups.find((g) => g.id === target)).toMatchObject({ seatsTaken: taken + LAST_SEATS, capacity: taken + LAST_SEATS });
    for (const group of groups) expect(group.seatsTaken).toBeLessThanOrEqual(group.capacity);

    await reminders.waitFor(due);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // more rounds on both: nothing goes twice
    reminders.collect(due);
    expect(due.map((id) => reminders.seen.get(id))).toEqual(due.map(() => 1));
  }, 120_000);

  it('keeps every confirmed booking when one instance gets kill -9 during sign-ups; the other goes on and sends each reminder once', async () => {
    const reminders = new ReminderCount(inbox);
    const told = new Set<string>();
    const cutOff = new Set<string>();
    let killed = false;
    const workers = Array.from({ length: 30 }, async (_, w) => {
      const server = servers[w % 2];
      for (let round = 0; round < 3; round++) {
        const conversation = `kill-${w}-${round}`;
        try {
          await new SigningUpWorker(server.url, inbox, conversation, { random: seededRandom(w * 10 + round) }).start();
          told.add(conversation);
        } catch (error) {
          if (!(killed && server === servers[0])) throw error;
          cutOff.add(conversation);
          return;
        }
        if (told.size >= 20 && !killed) {
          killed = true;
          await servers[0].stop('SIGKILL');
        }
      }
    });
    await Promise.all(workers);
    expect(killed).toBe(true);
    expect(cutOff.size).toBeGreaterThan(0);
    // Every worker on the other instance finished all three sign-ups.
    for (let w = 1; w < 30; w += 2) for (let round = 0; round < 3; round++) expect(told.has(`kill-${w}-${round}`)).toBe(true);

    const survivor = servers[1];
    const booked = new Set((await coordinator<IntakeRow[]>(survivor, 'intakes')).filter((i) => i.status === 'booked' && i.group).map((i) => i.channelUserId));
    for (const conversation of told) expect(booked.has(conversation)).toBe(true);

    // The workers cut off go on at the other instance, where their conversation is.
    for (const conversation of cutOff) await new SigningUpWorker(survivor.url, inbox, conversation, { random: seededRandom(3) }).resume();
    const after = await coordinator<IntakeRow[]>(survivor, 'intakes');
    const bookedAfter = new Set(after.filter((i) => i.status === 'booked' && i.group).map((i) => i.channelUserId));
    for (const conversation of [...told, ...cutOff]) expect(bookedAfter.has(conversation)).toBe(true);
    for (const group of await coordinator<GroupRow[]>(survivor, 'groups')) expect(group.seatsTaken).toBeLessThanOrEqual(group.capacity);

    // Reminders that fall due now are sent by the instance left, each once (the lock died with the other).
    const due = await seedDueReminders(store, { count: 10, serviceUrl: inbox.url, now: new Date(), prefix: 'after' });
    await reminders.waitFor(due);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    reminders.collect(due);
    expect(due.map((id) => reminders.seen.get(id))).toEqual(due.map(() => 1));
  }, 90_000);
});
