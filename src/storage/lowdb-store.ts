import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { JSONFile } from 'lowdb/node';
import type { Doc, Store } from '../domain/store';

const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;
/** Files read at once at start-up: enough to keep the disk busy, few enough to stay small. */
const READERS = 32;

/**
 * The earlier default store, kept as `STORE=files`: lowdb JSON files under a data directory, one file per document
 * (`<dir>/<collection>/<id>.json`). lowdb writes through steno, which writes a temp
 * file and renames it, so a kill -9 at any moment leaves every file whole. One file
 * per document keeps a write's cost flat however many documents there are.
 */
export class LowdbStore implements Store {
  /** Operations on one file run one after another, so two writes never share a temp file. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly madeDirs = new Set<string>();

  constructor(private readonly dir: string) {}

  async readAll<T extends Doc>(collection: string): Promise<T[]> {
    const docs: T[] = [];
    await this.each<T>(collection, (doc) => docs.push(doc));
    return docs;
  }

  async each<T extends Doc>(collection: string, visit: (doc: T) => void): Promise<void> {
    const dir = join(this.dir, collection);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    let next = 0;
    const reader = async () => {
      while (next < files.length) {
        const doc = await this.readDoc<T>(join(dir, files[next++]));
        if (doc) visit(doc);
      }
    };
    await Promise.all(Array.from({ length: READERS }, reader));
  }

  get<T extends Doc>(collection: string, id: string): Promise<T | undefined> {
    const path = this.pathOf(collection, id);
    return this.enqueue(path, () => this.readDoc<T>(path));
  }

  readNow<T extends Doc>(collection: string, id: string): T | undefined {
    const path = this.pathOf(collection, id);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`lowdb store: cannot read ${path}: ${(error as Error).message}`);
    }
    return JSON.parse(text) as T;
  }

  put<T extends Doc>(collection: string, doc: T): Promise<void> {
    const path = this.pathOf(collection, doc.id);
    return this.enqueue(path, async () => {
      await this.ensureDir(join(this.dir, collection));
      await new JSONFile<T>(path).write(doc);
    });
  }

  remove(collection: string, id: string): Promise<void> {
    const path = this.pathOf(collection, id);
    return this.enqueue(path, async () => {
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    });
  }

  /** A removal deletes the document's file, and no other copy exists. */
  async scrub(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.queues.values()]);
  }

  /** Reads one document; plain fs rather than a JSONFile, which would set up a writer per file. */
  private async readDoc<T extends Doc>(path: string): Promise<T | undefined> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`lowdb store: cannot read ${path}: ${(error as Error).message}`);
    }
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new Error(`lowdb store: ${path} is not valid JSON: ${(error as Error).message}`);
    }
  }

  private pathOf(collection: string, id: string): string {
    const name = SAFE_ID.test(id) ? id : createHash('sha256').update(id).digest('hex').slice(0, 40);
    return join(this.dir, collection, `${name}.json`);
  }

  private async ensureDir(dir: string): Promise<void> {
    if (this.madeDirs.has(dir)) return;
    await mkdir(dir, { recursive: true });
    this.madeDirs.add(dir);
  }

  private enqueue<R>(path: string, operation: () => Promise<R>): Promise<R> {
    const previous = this.queues.get(path) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const settled = result.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return result;
  }
}
