import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LowdbStore } from '../../src/storage/lowdb-store';
import { MemoryStore } from '../../src/storage/memory-store';
import type { Store } from '../../src/storage/store';
import { tempDataDir } from '../support/temp-dir';

interface Note {
  id: string;
  text: string;
}

const adapters: [string, () => Promise<{ store: Store; cleanup(): Promise<void> }>][] = [
  ['MemoryStore', async () => ({ store: new MemoryStore(), cleanup: async () => undefined })],
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

  it('keeps ids with any characters apart', async () => {
    const ids = ['msteams/conversations/a:b/', 'a/b', 'a b', '19:abc@thread.v2'];
    for (const id of ids) await store.put<Note>('odd', { id, text: id });
    for (const id of ids) expect((await store.get<Note>('odd', id))?.text).toBe(id);
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
