import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markId, type AttendanceMark } from '../../src/domain/attendance';
import type { Group, Location } from '../../src/domain/catalog';
import type { Intake } from '../../src/domain/intake';
import { retryOnConflict, userKey, WriteConflict } from '../../src/domain/store';
import { SqlStore } from '../../src/storage/sql/sql-store';
import { StoredDataBroken } from '../../src/storage/sql/sql-table';
import { memoryStore, postgresSchema, TEST_DATABASE_URL, type PostgresSchema } from '../support/test-store';
import { draft } from '../support/workers';

const place: Location = { id: 'bieb', name: 'Bieb', street: 'Brink 1', town: 'Deventer', contact: { name: 'Els' } };
const group = (id: string, capacity = 3): Group => ({
  id,
  kind: 'group',
  name: id,
  goals: ['reading'],
  times: [{ weekday: 'tue', start: '09:30', minutes: 90 }],
  locationId: 'bieb',
  capacity,
  startDate: '2026-09-01',
  teacher: 'Anja',
  createdAt: '2026-09-01T00:00:00Z',
});
const intake = (id: string, fields: Partial<Intake> = {}): Intake => ({
  ...draft(`Worker ${id}`),
  id,
  status: 'new',
  evaluations: [],
  history: [],
  createdAt: `2026-11-25T09:00:0${id.length % 10}.000Z`,
  updatedAt: '2026-11-25T09:00:00.000Z',
  ...fields,
});
const booked = (id: string, groupId: string): Intake =>
  intake(id, { status: 'booked', booking: { groupId, firstLesson: '2026-12-01', bookedAt: '2026-11-25T09:00:00.000Z' } });

/** A constraint said no: SQLite's SQLITE_CONSTRAINT_*, PostgreSQL's class 23. (The driver's error class is not this test's Error.) */
const refusedByTheDatabase = { code: expect.stringMatching(/^(SQLITE_CONSTRAINT|23)/) };

interface Engine {
  name: string;
  open(): Promise<SqlStore>;
  /** Runs SQL beside the store, as someone editing the database by hand would. */
  tamper?: (store: SqlStore, sql: string) => void;
  cleanUp?: () => Promise<void>;
}

const engines: Engine[] = [
  { name: 'SQLite in memory', open: memoryStore, tamper: (store, sql) => store.sqliteHandle!.exec(sql) },
  (() => {
    let dir = '';
    return {
      name: 'SQLite in a data directory',
      open: async () => {
        dir = await mkdtemp(join(tmpdir(), 'taalbot-contract-'));
        return SqlStore.open({ engine: 'sqlite', dataDir: dir, fsync: true });
      },
      tamper: (store: SqlStore, sql: string) => store.sqliteHandle!.exec(sql),
      cleanUp: () => rm(dir, { recursive: true, force: true }),
    };
  })(),
];
if (TEST_DATABASE_URL) {
  let schema: PostgresSchema | undefined;
  engines.push({
    name: 'PostgreSQL',
    open: async () => {
      schema = await postgresSchema();
      return schema.open();
    },
    cleanUp: () => schema?.drop() ?? Promise.resolve(),
  });
}

describe.each(engines)('the store on $name', (engine) => {
  let store: SqlStore;
  beforeEach(async () => {
    store = await engine.open();
    await store.locations.put(place);
  });
  afterEach(async () => {
    await store.close();
    await engine.cleanUp?.();
  });

  it('keeps documents and finds them by their columns', async () => {
    await store.groups.put(group('a'));
    await store.intakes.put(booked('i1', 'a'));
    await store.intakes.put(booked('i2', 'a'));
    await store.intakes.put(intake('i3'));
    expect((await store.intakes.get('i1'))?.name).toBe('Worker i1');
    expect(await store.intakes.get('nobody')).toBeUndefined();
    expect((await store.intakes.find({ bookedGroupId: 'a' })).map((i) => i.id).sort()).toEqual(['i1', 'i2']);
    expect(await store.intakes.count({ status: 'new' })).toBe(1);
    expect(await store.intakes.countBy('bookedGroupId')).toEqual(new Map([['a', 2]]));
    expect((await store.intakes.find({ bookedGroupId: null })).map((i) => i.id)).toEqual(['i3']);
  });

  it('finds an ambassador and a handoff by the person they reach, in every engine', async () => {
    const reach = { channel: 'msteams', userId: '29:abc', conversationId: 'a:1' };
    await store.ambassadors.put({ id: 'amb', name: 'Els', locationId: 'bieb', code: 'K7P3', reach, createdAt: 'x', updatedAt: 'x' });
    await store.handoffs.put({
      id: 'h1', worker: { ...reach, userId: '29:worker', name: 'Sanne' }, ambassadorId: 'amb', locationId: 'bieb', where: 'q', asked: 'help',
      status: 'waiting', requestedAt: '2026-11-25T09:00:00Z', answerBy: '2026-11-25T09:10:00Z', outbox: [],
    } as never);
    expect((await store.ambassadors.find({ reachKey: userKey('msteams', '29:abc') })).map((a) => a.id)).toEqual(['amb']);
    expect((await store.handoffs.find({ workerKey: userKey('msteams', '29:worker') })).map((h) => h.id)).toEqual(['h1']);
    expect(await store.handoffs.find({ workerKey: userKey('msteams', '29:abc') })).toEqual([]);
  });

  it('replaces on put, refuses a second insert of the same id, and removes', async () => {
    await store.intakes.put(intake('i1'));
    await store.intakes.put(intake('i1', { name: 'Anna' }));
    expect((await store.intakes.get('i1'))?.name).toBe('Anna');
    expect(await store.intakes.insert(intake('i1', { name: 'Bert' }))).toBe(false);
    expect((await store.intakes.get('i1'))?.name).toBe('Anna');
    await store.intakes.remove('i1');
    expect(await store.intakes.get('i1')).toBeUndefined();
  });

  it('visits every document of a large table, a page at a time', async () => {
    await store.transaction(async (tx) => {
      for (let i = 0; i < 1_234; i++) await tx.intakes.put(intake(`i${String(i).padStart(4, '0')}`));
    });
    const seen: string[] = [];
    await store.intakes.each((doc) => void seen.push(doc.id));
    expect(seen).toHaveLength(1_234);
    expect(new Set(seen).size).toBe(1_234);
  });

  it('orders and limits', async () => {
    for (const at of ['2026-11-03', '2026-11-01', '2026-11-02']) {
      await store.audit.put({ id: at, at, actor: { kind: 'system', id: 's', label: 's' }, action: 'file.read' });
    }
    expect((await store.audit.find({}, { by: 'at', desc: true, limit: 2 })).map((e) => e.id)).toEqual(['2026-11-03', '2026-11-02']);
  });

  it('writes all of a transaction or nothing', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.intakes.put(intake('i1'));
        throw new Error('half way');
      }),
    ).rejects.toThrow('half way');
    expect(await store.intakes.get('i1')).toBeUndefined();
  });

  it('lets every call inside a transaction join it, also through the store itself', async () => {
    await store.transaction(async () => {
      await store.intakes.put(intake('i1'));
      expect((await store.intakes.get('i1'))?.id).toBe('i1');
    });
    expect((await store.intakes.get('i1'))?.id).toBe('i1');
  });

  it('refuses a status that does not exist, and a booking in a group that does not exist', async () => {
    await store.groups.put(group('a'));
    await expect(store.intakes.put({ ...intake('i1'), status: 'bookee' as never })).rejects.toMatchObject(refusedByTheDatabase);
    await expect(store.intakes.put(booked('i2', 'nowhere'))).rejects.toMatchObject(refusedByTheDatabase);
    await expect(store.groups.put({ ...group('b'), locationId: 'nowhere' })).rejects.toMatchObject(refusedByTheDatabase);
    expect(await store.intakes.count()).toBe(0);
  });

  it('keeps attendance marks by lesson and worker, refuses a mark that does not exist, one per worker per lesson, and drops them with the file', async () => {
    await store.groups.put(group('a'));
    await store.intakes.put(booked('i1', 'a'));
    await store.intakes.put(booked('i2', 'a'));
    const mark = (intakeId: string, fields: Partial<AttendanceMark> = {}): AttendanceMark => ({
      id: markId('a', '2026-12-01', intakeId), groupId: 'a', date: '2026-12-01', intakeId, mark: 'present', by: 'anja@bieb.example', byKind: 'account', at: '2026-12-01T10:00:00.000Z', ...fields,
    });
    await store.attendance.put(mark('i1'));
    await store.attendance.put(mark('i2', { mark: 'absent' }));
    await store.attendance.put(mark('i1', { mark: 'excused' }));
    expect((await store.attendance.find({ groupId: 'a', date: '2026-12-01' })).map((m) => [m.intakeId, m.mark]).sort()).toEqual([['i1', 'excused'], ['i2', 'absent']]);
    expect(await store.attendance.count({ date: '2026-12-01', mark: 'absent' })).toBe(1);
    await expect(store.attendance.put(mark('i1', { id: 'x', mark: 'late' as never }))).rejects.toMatchObject(refusedByTheDatabase);
    await expect(store.attendance.put(mark('i1', { id: 'other-id' }))).rejects.toMatchObject(refusedByTheDatabase);
    await expect(store.attendance.put(mark('nobody'))).rejects.toMatchObject(refusedByTheDatabase);
    await expect(store.attendance.put(mark('i1', { id: 'y', groupId: 'nowhere' }))).rejects.toMatchObject(refusedByTheDatabase);
    await store.intakes.remove('i1');
    expect((await store.attendance.find()).map((m) => m.intakeId)).toEqual(['i2']);
  });

  it('keeps one file per sign-up request', async () => {
    await store.intakes.put(intake('i1', { requestKey: 'chat:1' }));
    await expect(store.intakes.put(intake('i2', { requestKey: 'chat:1' }))).rejects.toMatchObject(refusedByTheDatabase);
  });

  it('notices a row that was changed outside the bot, and refuses to read it', async () => {
    if (!engine.tamper) return;
    await store.groups.put(group('a'));
    await store.intakes.put(booked('i1', 'a'));
    engine.tamper(store, `update intakes set data = replace(data, '"status":"booked"', '"status":"bookee"') where id = 'i1'`);
    await expect(store.intakes.get('i1')).rejects.toThrow(StoredDataBroken);
    await expect(store.intakes.count({ bookedGroupId: 'a' })).resolves.toBe(1);
  });

  it('counts a version per change, so places and groups can be cached safely', async () => {
    const before = await store.catalogVersion();
    await store.bumpCatalogVersion();
    await store.bumpCatalogVersion();
    expect(await store.catalogVersion()).toBe(before + 2);
  });

  it('writes a versioned document only over the version it read', async () => {
    const docs = store.documents('dialog-state');
    expect(await docs.putIf('k', { step: 1 }, undefined)).toBe(true);
    expect(await docs.putIf('k', { step: 1 }, undefined)).toBe(false);
    const read = (await docs.get('k'))!;
    expect(await docs.putIf('k', { step: 2 }, read.version)).toBe(true);
    expect(await docs.putIf('k', { step: 3 }, read.version)).toBe(false);
    expect((await docs.get('k'))?.value).toEqual({ step: 2 });
    expect(await docs.putFirst('first', 'a')).toBe('a');
    expect(await docs.putFirst('first', 'b')).toBe('a');
    await docs.remove('k');
    expect(await docs.get('k')).toBeUndefined();
  });

  it('runs work again that lost a race', async () => {
    let tries = 0;
    const result = await retryOnConflict(async () => {
      tries += 1;
      if (tries < 3) throw new WriteConflict('the test');
      return 'done';
    });
    expect({ result, tries }).toEqual({ result: 'done', tries: 3 });
  });

  it('keeps a web chat transcript in order, trims the oldest, and removes it whole', async () => {
    await store.webChat.put({ id: 'wc-1', userId: 'wu-1' });
    for (let i = 0; i < 12; i++) expect(await store.webChat.append('wc-1', { text: `m${i}` })).toBe(i);
    expect((await store.webChat.since('wc-1', 10, 100)).map((row) => row.activity)).toEqual([{ text: 'm10' }, { text: 'm11' }]);
    await store.webChat.trim('wc-1', 5);
    expect((await store.webChat.since('wc-1', 0, 100)).map((row) => row.seq)).toEqual([7, 8, 9, 10, 11]);
    await store.webChat.remove('wc-1');
    expect(await store.webChat.get('wc-1')).toBeUndefined();
    expect(await store.webChat.since('wc-1', 0, 100)).toEqual([]);
    await expect(store.webChat.append('wc-1', { text: 'late' })).rejects.toThrow(/does not exist/);
  });

  it('gives the last seat to exactly one of many at once', async () => {
    await store.groups.put(group('small', 3));
    for (let i = 0; i < 20; i++) await store.intakes.put(intake(`w${i}`));
    const claim = (id: string) =>
      store.transaction(async (tx) => {
        const g = await tx.groups.lock('small');
        const me = await tx.intakes.lock(id);
        if ((await tx.intakes.count({ bookedGroupId: 'small' })) >= g!.capacity) return false;
        await tx.intakes.put({ ...me!, status: 'booked', booking: { groupId: 'small', firstLesson: '2026-12-01', bookedAt: 'now' } });
        return true;
      });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => claim(`w${i}`)));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(await store.intakes.count({ bookedGroupId: 'small' })).toBe(3);
  });

  it('runs a job in one place at a time', async () => {
    let inside = 0;
    let most = 0;
    const job = () =>
      store.exclusive('test-job', async () => {
        inside += 1;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inside -= 1;
        return 'ran';
      });
    const results = await Promise.all([job(), job(), job()]);
    expect(results.filter((r) => r === 'ran')).toHaveLength(1);
    expect(most).toBe(1);
    expect(await job()).toBe('ran');
  });

  it('says it is healthy while it can read and write', async () => {
    await expect(store.check()).resolves.toBeUndefined();
  });
});

describe('migration 002 on SQLite', () => {
  it('keys handoffs and ambassadors written with the old NUL separator again, so they are found and read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'taalbot-migrate-'));
    try {
      let store = await SqlStore.open({ engine: 'sqlite', dataDir: dir, fsync: false });
      await store.locations.put(place);
      const reach = { channel: 'msteams', userId: '29:abc', conversationId: 'a:1' };
      await store.ambassadors.put({ id: 'amb', name: 'Els', locationId: 'bieb', code: 'K7P3', reach, createdAt: 'x', updatedAt: 'x' });
      // As the first version wrote them, and as if 002 had not run yet.
      store.sqliteHandle!.prepare('update ambassadors set reach_key = ?').run('msteams\u000029:abc');
      store.sqliteHandle!.exec(`delete from kysely_migration where name <> '001-initial'; drop table attendance`);
      await store.close();
      store = await SqlStore.open({ engine: 'sqlite', dataDir: dir, fsync: false });
      expect((await store.ambassadors.find({ reachKey: userKey('msteams', '29:abc') })).map((a) => a.id)).toEqual(['amb']);
      expect((await store.ambassadors.get('amb'))?.reach).toEqual(reach);
      await store.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
