import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LogStore } from '../../src/storage/log-store';
import { LowdbStore } from '../../src/storage/lowdb-store';
import { MemoryStore } from '../../src/storage/memory-store';
import type { Store } from '../../src/domain/store';
import { tempDataDir } from '../support/temp-dir';

interface Note {
  id: string;
  text: string;
}

const adapters: [string, () => Promise<{ store: Store; cleanup(): Promise<void> }>][] = [
  ['MemoryStore', async () => ({ store: new MemoryStore(), cleanup: async () => undefined })],
  [
    'LogStore',
    async () => {
      const data = await tempDataDir();
      return { store: new LogStore(data.dir, { fsync: true }), cleanup: data.remove };
    },
  ],
  [
    'LowdbStore',
    async () => {
      const data = await tempDataDir();
      return { store: new LowdbStore(data.dir), cleanup: data.remove };
    },
  ],
];

describe.each(adapters)('%s keeps the storage contract', (_name, make) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeEach(async () => ({ store, cleanup } = await make()));
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('gives back what was put, by id and in readAll', async () => {
    await store.put<Note>('notes', { id: 'a', text: 'één' });
    await store.put<Note>('notes', { id: 'b', text: 'twee' });
    expect(await store.get<Note>('notes', 'a')).toEqual({ id: 'a', text: 'één' });
    expect((await store.readAll<Note>('notes')).map((n) => n.id).sort()).toEqual(['a', 'b']);
  });

  it('hands over every document of a collection, one at a time', async () => {
    for (const id of ['a', 'b', 'c']) await store.put<Note>('notes', { id, text: id });
    const seen: Note[] = [];
    await store.each<Note>('notes', (note) => seen.push(note));
    expect(seen.map((n) => n.text).sort()).toEqual(['a', 'b', 'c']);
    await store.each('empty', () => seen.push({ id: 'x', text: 'never' }));
    expect(seen).toHaveLength(3);
  });

  it('answers undefined and [] for what is not there', async () => {
    expect(await store.get('notes', 'nope')).toBeUndefined();
    expect(await store.readAll('empty')).toEqual([]);
  });

  it('replaces a document and removes it', async () => {
    await store.put<Note>('notes', { id: 'a', text: 'old' });
    await store.put<Note>('notes', { id: 'a', text: 'new' });
    expect(await store.get<Note>('notes', 'a')).toEqual({ id: 'a', text: 'new' });
    await store.remove('notes', 'a');
    await store.remove('notes', 'a');
    expect(await store.get('notes', 'a')).toBeUndefined();
  });

  it('removes a document whose write is still under way', async () => {
    const put = store.put<Note>('notes', { id: 'quick', text: 'x' });
    await store.remove('notes', 'quick');
    await put;
    expect(await store.get('notes', 'quick')).toBeUndefined();
  });

  it('keeps ids with any characters apart', async () => {
    const ids = ['msteams/conversations/a:b/', 'a/b', 'a b', '19:abc@thread.v2'];
    for (const id of ids) await store.put<Note>('odd', { id, text: id });
    for (const id of ids) expect((await store.get<Note>('odd', id))?.text).toBe(id);
  });

  it('reads a document at once after each() has read its collection', async () => {
    await store.put<Note>('notes', { id: 'a', text: 'één' });
    await store.each('notes', () => undefined);
    expect(store.readNow<Note>('notes', 'a')).toEqual({ id: 'a', text: 'één' });
    expect(store.readNow('notes', 'nope')).toBeUndefined();
  });

  it('keeps the last of many writes to one document', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.put<Note>('notes', { id: 'same', text: `v${i}` })));
    expect((await store.get<Note>('notes', 'same'))?.text).toBe('v49');
  });
});

describe('LowdbStore on disk', () => {
  it('writes one small file per document, never one big file', async () => {
    const data = await tempDataDir();
    const store = new LowdbStore(data.dir);
    for (let i = 0; i < 20; i++) await store.put<Note>('notes', { id: `n${i}`, text: 'x' });
    const files = await readdir(join(data.dir, 'notes'));
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(20);
    expect(JSON.parse(await readFile(join(data.dir, 'notes', 'n3.json'), 'utf8'))).toEqual({ id: 'n3', text: 'x' });
    await data.remove();
  });

  it('ignores the temp file a crash can leave behind', async () => {
    const data = await tempDataDir();
    const store = new LowdbStore(data.dir);
    await store.put<Note>('notes', { id: 'kept', text: 'x' });
    await writeFile(join(data.dir, 'notes', '.kept.json.tmp'), '{"id": "half');
    expect(await new LowdbStore(data.dir).readAll('notes')).toEqual([{ id: 'kept', text: 'x' }]);
    await data.remove();
  });
});

describe('LogStore on disk', () => {
  const lines = async (dir: string, collection: string) => (await readFile(join(dir, `${collection}.jsonl`), 'utf8')).split('\n').filter(Boolean);

  it('keeps everything over a restart, with one line per change', async () => {
    const data = await tempDataDir();
    const store = new LogStore(data.dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.put<Note>('notes', { id: `n${i}`, text: 'x' })));
    await store.put<Note>('notes', { id: 'n3', text: 'y' });
    expect(await lines(data.dir, 'notes')).toHaveLength(21);
    await store.close();
    const again = new LogStore(data.dir);
    expect(await again.get<Note>('notes', 'n3')).toEqual({ id: 'n3', text: 'y' });
    expect(await again.readAll('notes')).toHaveLength(20);
    await again.close();
    await data.remove();
  });

  it('cuts off a last line that a crash left half-written, and goes on after it', async () => {
    const data = await tempDataDir();
    const store = new LogStore(data.dir);
    await store.put<Note>('notes', { id: 'kept', text: 'x' });
    await store.close();
    await appendFile(join(data.dir, 'notes.jsonl'), '{"id":"half","doc":{"id":"ha');
    const again = new LogStore(data.dir);
    expect(await again.readAll('notes')).toEqual([{ id: 'kept', text: 'x' }]);
    await again.put<Note>('notes', { id: 'next', text: 'y' });
    await again.close();
    expect((await lines(data.dir, 'notes')).map((line) => JSON.parse(line).id)).toEqual(['kept', 'next']);
    await data.remove();
  });

  it('refuses to start on a broken line in the middle, saying where', async () => {
    const data = await tempDataDir();
    await writeFile(join(data.dir, 'notes.jsonl'), '{"id":"a","doc":{"id":"a"}}\nnot json\n{"id":"b","doc":{"id":"b"}}\n');
    await expect(new LogStore(data.dir).readAll('notes')).rejects.toThrow(/notes\.jsonl has a broken line at byte 28/);
    await data.remove();
  });

  it('leaves no trace of a removed document on disk', async () => {
    const data = await tempDataDir();
    const store = new LogStore(data.dir);
    await store.put<Note>('notes', { id: 'a', text: 'Fatma Yilmaz' });
    await store.put<Note>('notes', { id: 'b', text: 'blijft' });
    await store.remove('notes', 'a');
    await store.close();
    const text = await readFile(join(data.dir, 'notes.jsonl'), 'utf8');
    expect(text).not.toContain('Fatma');
    expect(text).toContain('blijft');
    await data.remove();
  });

  it('rewrites a log that holds mostly old versions, keeping the latest of each', async () => {
    const data = await tempDataDir();
    const store = new LogStore(data.dir);
    const big = 'x'.repeat(2000);
    for (let round = 0; round < 5; round++) {
      await Promise.all(Array.from({ length: 500 }, (_, i) => store.put<Note>('notes', { id: `n${i}`, text: `${round}${big}` })));
    }
    await store.close();
    const { size } = await stat(join(data.dir, 'notes.jsonl'));
    expect(size).toBeLessThan(3 * 500 * 2100);
    const again = new LogStore(data.dir);
    const notes = await again.readAll<Note>('notes');
    expect(notes).toHaveLength(500);
    expect(notes.every((note) => note.text.startsWith('4'))).toBe(true);
    await again.close();
    await data.remove();
  });

  it('keeps what is written and removed while the log is being rewritten', async () => {
    const data = await tempDataDir();
    const store = new LogStore(data.dir);
    const big = 'x'.repeat(2000);
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 1000 }, (_, i) => store.put<Note>('notes', { id: `n${i}`, text: `${round}${big}` })));
    }
    await store.remove('notes', 'n0');
    const rewrite = store.scrub();
    const during: Promise<void>[] = [];
    for (let i = 1; i <= 100; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      during.push(store.put<Note>('notes', { id: `n${i}`, text: `late ${i}` }));
      if (i === 50) during.push(store.remove('notes', 'n999'));
    }
    await Promise.all([rewrite, ...during]);
    await store.close();

    const again = new LogStore(data.dir);
    const notes = new Map((await again.readAll<Note>('notes')).map((note) => [note.id, note.text]));
    expect(notes.size).toBe(998);
    expect(notes.has('n0') || notes.has('n999')).toBe(false);
    for (let i = 1; i <= 100; i++) expect(notes.get(`n${i}`)).toBe(`late ${i}`);
    expect(notes.get('n500')).toBe(`2${big}`);
    expect((await stat(join(data.dir, 'notes.jsonl'))).size).toBeLessThan(1000 * 2100);
    await again.close();
    await data.remove();
  });

  it('moves data of the earlier layout, one lowdb file per document, into the log once', async () => {
    const data = await tempDataDir();
    const files = new LowdbStore(data.dir);
    await files.put<Note>('notes', { id: 'a', text: 'uit een bestand' });
    await files.close();
    const store = new LogStore(data.dir);
    expect(await store.get<Note>('notes', 'a')).toEqual({ id: 'a', text: 'uit een bestand' });
    await store.close();
    expect(await readdir(data.dir)).toEqual(expect.arrayContaining(['notes.jsonl', 'notes.imported']));
    expect(await new LogStore(data.dir).readAll('notes')).toHaveLength(1);
    await data.remove();
  });

  it('finishes an import that a crash cut short', async () => {
    const data = await tempDataDir();
    const files = new LowdbStore(data.dir);
    await files.put<Note>('notes', { id: 'a', text: 'x' });
    await files.put<Note>('notes', { id: 'b', text: 'y' });
    await files.close();
    const { rename } = await import('node:fs/promises');
    await rename(join(data.dir, 'notes'), join(data.dir, 'notes.importing'));
    await writeFile(join(data.dir, 'notes.jsonl'), '{"id":"a","doc":{"id":"a","text":"x"}}\n');
    const store = new LogStore(data.dir);
    expect((await store.readAll<Note>('notes')).map((n) => n.id).sort()).toEqual(['a', 'b']);
    await store.close();
    await data.remove();
  });
});
