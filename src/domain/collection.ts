import type { Doc, Store } from '../storage/store';

export interface CollectionOptions {
  /**
   * Keep each document as its JSON text and parse it when asked for. A large collection
   * (every worker's file) then costs about the size of its text instead of a tree of
   * live objects, and the garbage collector has far less to walk.
   */
  compact?: boolean;
}

/** The ids under one index key: a single id as a plain string, more in a set. */
type Ids = string | Set<string>;

interface Index<T> {
  keyOf: (doc: T) => string;
  ids: Map<string, Ids>;
}

/**
 * A collection kept in memory and written through to the store, one document per write.
 * Reads never touch the disk; a failed write puts the old document back. Indexes keep
 * look-ups by a key flat as the collection grows.
 */
export class Collection<T extends Doc> {
  private readonly docs = new Map<string, T | string>();
  private readonly indexes = new Map<string, Index<T>>();
  private readonly compact: boolean;

  constructor(
    private readonly store: Store,
    readonly name: string,
    options: CollectionOptions = {},
  ) {
    this.compact = options.compact ?? false;
  }

  async load(): Promise<void> {
    this.docs.clear();
    for (const index of this.indexes.values()) index.ids.clear();
    await this.store.each<T>(this.name, (doc) => this.set(doc));
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

  /** The document; in a compact collection, a fresh copy on every call. */
  get(id: string): T | undefined {
    const stored = this.docs.get(id);
    return typeof stored === 'string' ? (JSON.parse(stored) as T) : stored;
  }

  all(): T[] {
    return [...this.docs.keys()].map((id) => this.get(id)!);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Puts the document in memory at once, so the next synchronous read sees it, then stores it. */
  async save(doc: T): Promise<void> {
    const previous = this.get(doc.id);
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
    const previous = this.get(id);
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
    this.docs.set(doc.id, this.compact ? JSON.stringify(doc) : doc);
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
