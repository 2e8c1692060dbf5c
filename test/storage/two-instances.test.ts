import { request } from 'node:http';
import { ReplyInbox } from '../../bench/connector';
import { seededRandom } from '../../bench/sign-up-walker';
import type { Group } from '../../src/domain/catalog';
import type { Intake } from '../../src/domain/intake';
import type { SqlStore } from '../../src/storage/sql/sql-store';
import { REMINDER, seedDueReminders } from '../support/due-reminders';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { SigningUpWorker } from '../support/sign-ups';
import { COORDINATOR_TOKEN, tempDataDir } from '../support/test-app';
import { postgresSchema, TEST_DATABASE_URL, type PostgresSchema } from '../support/test-store';
import { draft } from '../support/workers';

const RACERS = 500;
const LAST_SEATS = 3;
/** The kill -9 load: workers signing up one after another, half on each instance; the kill comes after this many bookings. */
const WORKERS = 12;
const ROUNDS = 2;
const KILL_AFTER = 6;

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

/**
 * The target group (7 of 10 seats taken), five groups with room, and `count` files of
 * workers who finished the questions and wait for a seat (ids race-0, race-1, ...).
 */
async function seedRace(store: SqlStore, count: number): Promise<string[]> {
  const now = new Date().toISOString();
  const group = (id: string, capacity: number): Group => ({
    id, kind: 'group', name: id, goals: ['reading'], times: [{ weekday: 'tue', start: '09:30', minutes: 90 }],
    locationId: 'race-place', capacity, startDate: '2026-01-06', teacher: 'Anja', createdAt: now,
  });
  const ids = ['race-last-seats', ...Array.from({ length: 5 }, (_, i) => `race-room-${i}`)];
  await store.transaction(async (tx) => {
    await tx.locations.put({ id: 'race-place', name: 'Bieb Oost', street: 'Plein 3', town: 'Almelo', contact: { name: 'Els' } });
    await tx.groups.put(group(ids[0], 10));
    for (const id of ids.slice(1)) await tx.groups.put(group(id, 100));
    await tx.bumpCatalogVersion();
    const file = (id: string, status: 'new' | 'booked'): Intake => ({
      ...draft(`Worker ${id}`, { channel: 'bench', channelUserId: id, conversationId: id }),
      id, status, evaluations: [], history: [], createdAt: now, updatedAt: now,
      ...(status === 'booked' ? { booking: { groupId: ids[0], firstLesson: '2027-01-05', bookedAt: now } } : {}),
    });
    for (let i = 0; i < 7; i++) await tx.intakes.put(file(`taken-${i}`, 'booked'));
    for (let i = 0; i < count; i++) await tx.intakes.put(file(`race-${i}`, 'new'));
  });
  return ids;
}

/** A coordinator books a waiting worker into a group (the move route books a worker without a seat). */
function moveTo(server: ServerProcess, intakeId: string, groupId: string, client: number): Promise<number> {
  const body = JSON.stringify({ groupId });
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/api/coordinator/intakes/${intakeId}/move`, {
      method: 'POST',
      // 127.0.0.0/8 is all loopback: each client gets an address of its own.
      localAddress: `127.0.${1 + Math.floor(client / 250)}.${2 + (client % 250)}`,
      headers: { authorization: `Bearer ${COORDINATOR_TOKEN}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
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
    for (const server of servers) await server.stop('SIGKILL');
    await store?.close();
    await inbox?.stop();
    for (const dir of dirs) await dir.remove();
    await schema?.drop();
  }, 30_000);

  it('gives the last 3 seats to exactly 3 of 500 workers booked at once on both instances, books everyone else elsewhere, and sends each reminder once', async () => {
    const reminders = new ReminderCount(inbox);
    const due = await seedDueReminders(store, { count: 10, serviceUrl: inbox.url, now: new Date(), prefix: 'before' });

    // A group with 3 seats left, groups with room for the rest, and 500 files waiting for a seat.
    const [target, ...elsewhere] = await seedRace(store, RACERS);
    // Every booking at once, half on each instance, each from its own address (the coordinator API limits per address).
    const statuses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => moveTo(servers[i % 2], `race-${i}`, target, i)),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(LAST_SEATS);
    expect(statuses.filter((s) => s === 409)).toHaveLength(RACERS - LAST_SEATS);
    // Those told "full" are booked in another group, again spread over both instances.
    const refused = statuses.flatMap((s, i) => (s === 409 ? [i] : []));
    const second = await Promise.all(refused.map((i, n) => moveTo(servers[(i + 1) % 2], `race-${i}`, elsewhere[n % elsewhere.length], i)));
    expect(second.filter((s) => s !== 200)).toEqual([]);

    const files = await coordinator<IntakeRow[]>(servers[1], 'intakes');
    const raced = files.filter((i) => i.id.startsWith('race-'));
    expect(raced).toHaveLength(RACERS);
    expect(raced.filter((i) => i.status !== 'booked' || !i.group)).toEqual([]);
    expect(raced.filter((i) => i.group!.id === target)).toHaveLength(LAST_SEATS);
    const groups = await coordinator<GroupRow[]>(servers[0], 'groups');
    expect(groups.find((g) => g.id === target)).toMatchObject({ seatsTaken: 10, capacity: 10 });
    for (const group of groups) expect(group.seatsTaken).toBeLessThanOrEqual(group.capacity);

    await reminders.waitFor(due);
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // more rounds on both: nothing goes twice
    reminders.collect(due);
    expect(due.map((id) => reminders.seen.get(id))).toEqual(due.map(() => 1));
  }, 60_000);

  it('keeps every confirmed booking when one instance gets kill -9 during sign-ups; the other goes on and sends each reminder once', async () => {
    const reminders = new ReminderCount(inbox);
    const told = new Set<string>();
    const cutOff = new Set<string>();
    let killed = false;
    const workers = Array.from({ length: WORKERS }, async (_, w) => {
      const server = servers[w % 2];
      for (let round = 0; round < ROUNDS; round++) {
        const conversation = `kill-${w}-${round}`;
        try {
          await new SigningUpWorker(server.url, inbox, conversation, { random: seededRandom(w * 10 + round) }).start();
          told.add(conversation);
        } catch (error) {
          if (!(killed && server === servers[0])) throw error;
          cutOff.add(conversation);
          return;
        }
        if (told.size >= KILL_AFTER && !killed) {
          killed = true;
          await servers[0].stop('SIGKILL');
        }
      }
    });
    await Promise.all(workers);
    expect(killed).toBe(true);
    expect(cutOff.size).toBeGreaterThan(0);
    // Every worker on the other instance finished all three sign-ups.
    for (let w = 1; w < WORKERS; w += 2) for (let round = 0; round < ROUNDS; round++) expect(told.has(`kill-${w}-${round}`)).toBe(true);

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
    // They queue behind the notices of the 500 moves above ("Let op: je zit nu in een andere groep"),
    // which go out at ten a second.
    const due = await seedDueReminders(store, { count: 10, serviceUrl: inbox.url, now: new Date(), prefix: 'after' });
    await reminders.waitFor(due, 80_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    reminders.collect(due);
    expect(due.map((id) => reminders.seen.get(id))).toEqual(due.map(() => 1));
  }, 150_000);
});
