import type { Doc, Store } from './store';

export interface CollectionOptions {
  /**
   * What stays in memory: the documents as `objects` (the default, for small collections),
   * or only the `index`: ids and index keys, with each document read from the store when
   * asked for. A large collection (every worker's file) then costs a few dozen bytes per
   * document, and the garbage collector has almost nothing to walk.
   */
  keep?: 'objects' | 'index';
}

/** The ids under one index key: a single id as a plain string, more in a set. */
type Ids = string | Set<string>;

interface Index<T> {
  keyOf: (doc: T) => string;
  ids: Map<string, Ids>;
}

/**
 * A collection kept in memory (or, with `keep: 'index'`, its indexes) and written through
 * to the store, one document per write. A failed write puts the old document back.
 * Indexes keep look-ups by a key flat as the collection grows; an empty key is not indexed.
 */
export class Collection<T extends Doc> {
  /** The document; its JSON while its write is under way (`keep: 'index'`); null when only the store has it. */
  private readonly docs = new Map<string, T | string | null>();
  private readonly indexes = new Map<string, Index<T>>();
  private readonly onlyIndex: boolean;

  constructor(
    private readonly store: Store,
    readonly name: string,
    options: CollectionOptions = {},
  ) {
    this.onlyIndex = options.keep === 'index';
  }

  async load(): Promise<void> {
    this.docs.clear();
    for (const index of this.indexes.values()) index.ids.clear();
    await this.store.each<T>(this.name, (doc) => this.set(doc, null));
  }

  addIndex(name: string, keyOf: (doc: T) => string): void {
    const index: Index<T> = { keyOf, ids: new Map() };
    this.indexes.set(name, index);
    for (const id of this.docs.keys()) addTo(index.ids, keyOf(this.get(id)!), id);
  }

  findBy(index: string, key: string): T[] {
    return idsOf(this.indexes.get(index)?.ids.get(key))
      .map((id) => this.get(id))
      .filter((doc): doc is T => doc !== undefined);
  }

  /** How many documents an index holds under a key, without reading them. */
  countBy(index: string, key: string): number {
    const ids = this.indexes.get(index)?.ids.get(key);
    return ids === undefined ? 0 : typeof ids === 'string' ? 1 : ids.size;
  }

  /** The document; with `keep: 'index'`, a fresh copy on every call. */
  get(id: string): T | undefined {
    const kept = this.docs.get(id);
    if (kept === null) return this.store.readNow<T>(this.name, id);
    return typeof kept === 'string' ? (JSON.parse(kept) as T) : kept;
  }

  all(): T[] {
    return [...this.docs.keys()].map((id) => this.get(id)!);
  }

  /** Every document, one at a time, so a large collection is never all in memory at once. */
  each(visit: (doc: T) => void): void {
    for (const id of this.docs.keys()) {
      const doc = this.get(id);
      if (doc) visit(doc);
    }
  }

  /** The ids of every document, as they are now. */
  ids(): string[] {
    return [...this.docs.keys()];
  }

  get size(): number {
    return this.docs.size;
  }

  /** Puts the document in memory at once, so the next synchronous read sees it, then stores it. */
  async save(doc: T): Promise<void> {
    const previous = this.get(doc.id);
    const kept = this.onlyIndex ? JSON.stringify(doc) : doc;
    this.set(doc, kept);
    try {
      await this.store.put(this.name, doc);
    } catch (error) {
      // The store still holds the previous version.
      if (previous) this.set(previous, null);
      else this.unset(doc.id);
      throw error;
    }
    // Stored now: from here on the store answers for it, unless a newer save came meanwhile.
    if (this.onlyIndex && this.docs.get(doc.id) === kept) this.docs.set(doc.id, null);
  }

  /** Takes the document out of memory at once, then out of the store; a failed removal puts it back. */
  async remove(id: string): Promise<void> {
    const previous = this.get(id);
    if (!previous) return;
    this.unset(id);
    try {
      await this.store.remove(this.name, id);
    } catch (error) {
      this.set(previous, null);
      throw error;
    }
  }

  private set(doc: T, kept: T | string | null): void {
    this.unset(doc.id);
    this.docs.set(doc.id, this.onlyIndex ? kept : doc);
    for (const { keyOf, ids } of this.indexes.values()) addTo(ids, keyOf(doc), doc.id);
  }

  private unset(id: string): void {
    const doc = this.get(id);
    if (!doc) return;
    for (const { keyOf, ids } of this.indexes.values()) removeFrom(ids, keyOf(doc), id);
    this.docs.delete(id);
  }
}

function idsOf(ids: Ids | undefined): string[] {
  if (ids === undefined) return [];
  return typeof ids === 'string' ? [ids] : [...ids];
}

function addTo(index: Map<string, Ids>, key: string, id: string): void {
  if (key === '') return;
  const ids = index.get(key);
  if (ids === undefined || ids === id) index.set(key, id);
  else if (typeof ids === 'string') index.set(key, new Set([ids, id]));
  else ids.add(id);
}

function removeFrom(index: Map<string, Ids>, key: string, id: string): void {
  const ids = index.get(key);
  if (ids === id) index.delete(key);
  else if (typeof ids === 'object') {
    ids.delete(id);
    if (ids.size === 1) index.set(key, ids.values().next().value as string);
  }
}
