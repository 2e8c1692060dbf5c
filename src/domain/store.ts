/**
 * The storage port. The domain keeps its working set (or, for large collections, only
 * its indexes) in memory and writes each changed document through this interface, one
 * document at a time, so the cost of a write does not grow with the amount of stored data.
 */
export interface Doc {
  id: string;
}

export interface Store {
  /** Every document of a collection; used once, at start-up. */
  readAll<T extends Doc>(collection: string): Promise<T[]>;
  /**
   * Every document of a collection, handed over one at a time, so a large collection
   * is never held twice (as a list and as the caller's own structure) while it loads.
   */
  each<T extends Doc>(collection: string, visit: (doc: T) => void): Promise<void>;
  get<T extends Doc>(collection: string, id: string): Promise<T | undefined>;
  /**
   * The stored document, read at once (from the OS page cache, mostly), for collections
   * too large to keep in memory. Only after `each` has read the collection.
   */
  readNow<T extends Doc>(collection: string, id: string): T | undefined;
  /** Resolves when the document is safely stored. */
  put<T extends Doc>(collection: string, doc: T): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
  /** Resolves when no removed document and no replaced version is left anywhere on disk. */
  scrub(): Promise<void>;
  close(): Promise<void>;
}
