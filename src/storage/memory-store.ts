import type { Doc, Store } from '../domain/store';

/** Keeps documents in memory only; for tests and throw-away runs. */
export class MemoryStore implements Store {
  private readonly collections = new Map<string, Map<string, string>>();

  private collection(name: string): Map<string, string> {
    let docs = this.collections.get(name);
    if (!docs) {
      docs = new Map();
      this.collections.set(name, docs);
    }
    return docs;
  }

  async readAll<T extends Doc>(collection: string): Promise<T[]> {
    return [...this.collection(collection).values()].map((json) => JSON.parse(json) as T);
  }

  async each<T extends Doc>(collection: string, visit: (doc: T) => void): Promise<void> {
    for (const json of this.collection(collection).values()) visit(JSON.parse(json) as T);
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | undefined> {
    return this.readNow<T>(collection, id);
  }

  readNow<T extends Doc>(collection: string, id: string): T | undefined {
    const json = this.collection(collection).get(id);
    return json === undefined ? undefined : (JSON.parse(json) as T);
  }

  async put<T extends Doc>(collection: string, doc: T): Promise<void> {
    this.collection(collection).set(doc.id, JSON.stringify(doc));
  }

  async remove(collection: string, id: string): Promise<void> {
    this.collection(collection).delete(id);
  }

  async scrub(): Promise<void> {}

  async close(): Promise<void> {}
}
