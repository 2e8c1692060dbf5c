import type { Doc, Store } from '../storage/store';

/**
 * A collection kept in memory and written through to the store, one document per write.
 * Reads never touch the disk; a failed write puts the old document back. Indexes keep
 * look-ups by a key flat as the collection grows.
 */
export class Collection<T extends Doc> {
  private readonly docs = new Map<string, T>();
  private readonly indexes = new Map<string, { keyOf: (doc: T) => string; ids: Map<string, Set<string>> }>();

  constructor(
    private readonly store: Store,
    readonly name: string,
  ) {}

  async load(): Promise<void> {
    this.docs.clear();
    for (const index of this.indexes.values()) index.ids.clear();
    for (const doc of await this.store.readAll<T>(this.name)) this.set(doc);
  }

  addIndex(name: string, keyOf: (doc: T) => string): void {
    const ids = new Map<string, Set<string>>();
    this.indexes.set(name, { keyOf, ids });
    for (const doc of this.docs.values()) addTo(ids, keyOf(doc), doc.id);
  }

  findBy(index: string, key: string): T[] {
    const ids = this.indexes.get(index)?.ids.get(key);
    if (!ids) return [];
    return [...ids].map((id) => this.docs.get(id)).filter((doc): doc is T => doc !== undefined);
  }

  get(id: string): T | undefined {
    return this.docs.get(id);
  }

  all(): T[] {
    return [...this.docs.values()];
  }

  get size(): number {
    return this.docs.size;
  }

  /** Puts the document in memory at once, so the next synchronous read sees it, then stores it. */
  async save(doc: T): Promise<void> {
    const previous = this.docs.get(doc.id);
    this.set(doc);
    try {
      await this.store.put(this.name, doc);
    } catch (error) {
      if (previous) this.set(previous);
      else this.unset(doc.id);
      throw error;
    }
  }

  /** Takes the document out of memory at once, then out of the store; a failed removal puts it back. */
  async remove(id: string): Promise<void> {
    const previous = this.docs.get(id);
    if (!previous) return;
    this.unset(id);
    try {
      await this.store.remove(this.name, id);
    } catch (error) {
      this.set(previous);
      throw error;
    }
  }

  private set(doc: T): void {
    this.unset(doc.id);
    this.docs.set(doc.id, doc);
    for (const { keyOf, ids } of this.indexes.values()) addTo(ids, keyOf(doc), doc.id);
  }

  private unset(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const { keyOf, ids } of this.indexes.values()) {
      const key = keyOf(doc);
      ids.get(key)?.delete(id);
      if (ids.get(key)?.size === 0) ids.delete(key);
    }
    this.docs.delete(id);
  }
}

function addTo(ids: Map<string, Set<string>>, key: string, id: string): void {
  let set = ids.get(key);
  if (!set) {
    set = new Set();
    ids.set(key, set);
  }
  set.add(id);
}
