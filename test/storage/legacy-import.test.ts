import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import pino from 'pino';
import { startApp, type App } from '../../src/app/index';
import { readConfig } from '../../src/config';
import { COORDINATOR_TOKEN, fixedClock, tempDataDir } from '../support/test-app';

/**
 * Real data directories of the version before the database, made by that version's own
 * server (`STORE=log` and `STORE=files`) with four whole sign-ups and one cut off after the
 * first answer. The log fixture also ends in a line cut short, as a kill -9 leaves it.
 */
const FIXTURES = join(__dirname, '..', 'fixtures', 'legacy');

interface LogLine {
  msg: string;
  counts?: Record<string, number>;
}

async function start(dir: string): Promise<{ app: App; lines: LogLine[] }> {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, COORDINATOR_TOKEN, LOG_LEVEL: 'info' });
  const app = await startApp(config, { clock: fixedClock(), logger: pino({ level: 'info' }, sink) });
  return { app, lines };
}

const api = async <T>(app: App, path: string): Promise<T> => {
  const response = await fetch(`${app.url}/api/coordinator/${path}`, { headers: { authorization: `Bearer ${COORDINATOR_TOKEN}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
};

/** The documents of one collection as the fixture holds them: the latest line per id (log), or one file each (lowdb). */
function fixtureDocs(layout: 'log' | 'lowdb', collection: string): Record<string, unknown>[] {
  const dir = join(FIXTURES, layout);
  if (layout === 'lowdb') {
    const folder = join(dir, collection);
    if (!existsSync(folder)) return [];
    return readdirSync(folder).map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, unknown>);
  }
  const file = join(dir, `${collection}.jsonl`);
  if (!existsSync(file)) return [];
  const docs = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.endsWith('}'))) {
    const entry = JSON.parse(line) as { id: string; doc?: Record<string, unknown>; removed?: boolean };
    if (entry.removed) docs.delete(entry.id);
    else docs.set(entry.id, entry.doc!);
  }
  return [...docs.values()];
}

const IMPORTED = 'data of an earlier version imported into the database; the old files are removed';

describe.each(['log', 'lowdb'] as const)('a data directory of the %s store', (layout) => {
  it('comes over whole on the first start, once, with a count in the log, and the old files go', async () => {
    const data = await tempDataDir();
    cpSync(join(FIXTURES, layout), data.dir, { recursive: true });
    const intakes = fixtureDocs(layout, 'intakes');
    const groups = fixtureDocs(layout, 'groups');
    const dialogStates = fixtureDocs(layout, 'dialog-state');
    expect(intakes).toHaveLength(4);
    let app: App | undefined;
    try {
      let lines: LogLine[];
      ({ app, lines } = await start(data.dir));
      const imported = lines.filter((line) => line.msg === IMPORTED);
      expect(imported).toHaveLength(1);
      expect(imported[0].counts).toMatchObject({ intakes: 4, groups: groups.length, locations: 2, 'dialog-state': dialogStates.length, secrets: 2 });
      expect(dialogStates.length).toBe(5);

      // Every file, booked where it was; the groups, with the seats those bookings take.
      const files = await api<{ id: string; status: string; group: { id: string } | null }[]>(app, 'intakes');
      expect(files.map((f) => [f.id, f.status, f.group?.id]).sort()).toEqual(
        intakes.map((i) => [i.id, i.status, (i.booking as { groupId: string }).groupId]).sort(),
      );
      const seats = await api<{ id: string; seatsTaken: number }[]>(app, 'groups');
      expect(seats.map((g) => g.id).sort()).toEqual(groups.map((g) => g.id).sort());
      expect(seats.reduce((sum, g) => sum + g.seatsTaken, 0)).toBe(4);
      // A conversation cut off half-way keeps its place in the dialog.
      for (const state of dialogStates) {
        const stored = await app.store.documents('dialog-state').get(state.id as string);
        const { eTag: _eTag, ...item } = state.item as Record<string, unknown>;
        expect(stored?.value).toEqual(item);
      }
      // The secrets came over, so calendar links and web chat tokens stay valid.
      for (const secret of fixtureDocs(layout, 'secrets')) expect((await app.store.documents('secrets').get(secret.id as string))?.value).toEqual(secret.value);

      // Only the database is left: the old files held names that erasure could not reach.
      expect(readdirSync(data.dir).filter((n) => !/^(taalbot\.db|instance\.)/.test(n))).toEqual([]);

      await app.close();
      ({ app, lines } = await start(data.dir));
      expect(lines.filter((line) => line.msg === IMPORTED)).toHaveLength(0);
      expect(await api<unknown[]>(app, 'intakes')).toHaveLength(4);
    } finally {
      await app?.close().catch(() => undefined);
      await data.remove();
    }
  });
});

describe('an import that fails half-way', () => {
  it('leaves nothing in the database and the old files in place, and starts over whole on the next start', async () => {
    const data = await tempDataDir();
    cpSync(join(FIXTURES, 'lowdb'), data.dir, { recursive: true });
    // An intake booked in a group that is not there: the database refuses it, after the places and groups went in.
    const broken = join(data.dir, 'intakes', 'broken.json');
    const [someone] = fixtureDocs('lowdb', 'intakes') as { booking: object }[];
    writeFileSync(broken, JSON.stringify({ ...someone, id: 'broken', requestKey: undefined, booking: { ...someone.booking, groupId: 'no-such-group' } }));
    try {
      await expect(start(data.dir)).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_CONSTRAINT/) });
      expect(existsSync(join(data.dir, 'intakes'))).toBe(true);
      const db = new Database(join(data.dir, 'taalbot.db'), { readonly: true });
      const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      expect([count('locations'), count('groups'), count('intakes'), count('meta')]).toEqual([0, 0, 0, 0]);
      db.close();

      rmSync(broken);
      const { app, lines } = await start(data.dir);
      try {
        expect(lines.filter((line) => line.msg === IMPORTED)[0]?.counts).toMatchObject({ intakes: 4, groups: 10, locations: 2 });
        expect(await api<unknown[]>(app, 'intakes')).toHaveLength(4);
        expect((await api<unknown[]>(app, 'groups')).length).toBe(10);
      } finally {
        await app.close();
      }
    } finally {
      await data.remove();
    }
  });
});
