import { Collection } from '../../src/domain/collection';
import { MemoryStore } from '../../src/storage/memory-store';

interface Seat {
  id: string;
  group: string;
  tags: string[];
}

describe.each([
  ['live objects', 'objects' as const],
  ['only its indexes', 'index' as const],
])('a collection that keeps %s in memory', (_name, keep) => {
  async function seats(): Promise<Collection<Seat>> {
    const store = new MemoryStore();
    await store.put<Seat>('seats', { id: 's1', group: 'a', tags: ['x'] });
    await store.put<Seat>('seats', { id: 's2', group: 'a', tags: [] });
    await store.put<Seat>('seats', { id: 's3', group: 'b', tags: [] });
    const collection = new Collection<Seat>(store, 'seats', { keep });
    collection.addIndex('group', (seat) => seat.group);
    await collection.load();
    return collection;
  }

  it('finds and counts documents by an index key', async () => {
    const collection = await seats();
    expect(collection.findBy('group', 'a').map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(collection.countBy('group', 'a')).toBe(2);
    expect(collection.countBy('group', 'b')).toBe(1);
    expect(collection.countBy('group', 'c')).toBe(0);
    expect(collection.get('s1')).toEqual({ id: 's1', group: 'a', tags: ['x'] });
  });

  it('moves a document between index keys when it is saved again', async () => {
    const collection = await seats();
    await collection.save({ id: 's3', group: 'a', tags: [] });
    await collection.save({ id: 's1', group: 'c', tags: [] });
    expect(collection.countBy('group', 'a')).toBe(2);
    expect(collection.countBy('group', 'b')).toBe(0);
    expect(collection.findBy('group', 'c').map((s) => s.id)).toEqual(['s1']);
    expect(collection.size).toBe(3);
  });

  it('puts the old document back when the store fails', async () => {
    const store = new MemoryStore();
    const collection = new Collection<Seat>(store, 'seats', { keep });
    collection.addIndex('group', (seat) => seat.group);
    await collection.save({ id: 's1', group: 'a', tags: [] });
    store.put = () => Promise.reject(new Error('disk full'));
    await expect(collection.save({ id: 's1', group: 'b', tags: [] })).rejects.toThrow('disk full');
    await expect(collection.save({ id: 's2', group: 'b', tags: [] })).rejects.toThrow('disk full');
    expect(collection.get('s1')?.group).toBe('a');
    expect(collection.get('s2')).toBeUndefined();
    expect(collection.countBy('group', 'b')).toBe(0);
  });
});

it('gives a copy from an index-only collection, so a caller cannot change it by accident', async () => {
  const collection = new Collection<Seat>(new MemoryStore(), 'seats', { keep: 'index' });
  await collection.save({ id: 's1', group: 'a', tags: [] });
  collection.get('s1')!.tags.push('changed');
  expect(collection.get('s1')!.tags).toEqual([]);
});
