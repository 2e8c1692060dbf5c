/**
 * The storage port. The domain keeps its working set in memory and writes each
 * changed document through this interface, one document at a time, so the cost
 * of a write does not grow with the amount of stored data.
 */
export interface Doc {
  id: string;
}

export interface Store {
  /** Every document of a collection; used once, at start-up. */
  readAll<T extends Doc>(collection: string): Promise<T[]>;
  get<T extends Doc>(collection: string, id: string): Promise<T | undefined>;
  /** Resolves when the document is safely stored. */
  put<T extends Doc>(collection: string, doc: T): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
  close(): Promise<void>;
}
