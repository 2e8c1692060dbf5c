import { closeSync, fdatasync, openSync, readSync, write } from 'node:fs';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LowdbStore } from './lowdb-store';
import type { Doc, Store } from '../domain/store';

const SAFE_NAME = /^[a-z0-9][a-z0-9-]{0,60}$/;
const CHUNK = 1 << 20;
/** A log is rewritten once it holds more old versions than live ones, and is at least this big. */
const COMPACT_FROM_BYTES = 4 << 20;
/** Removed documents leave the disk this soon after the last removal. */
const SCRUB_AFTER_MS = 200;

export interface LogStoreOptions {
  /** Wait for the disk (fdatasync) before a write counts as done: survives a power cut, not only a crash. */
  fsync?: boolean;
  /** Told when rewriting a log fails; the old log stays as it was, whole and valid. */
  onRewriteFailed?: (error: Error, path: string) => void;
}

/** One stored line: a document, or the note that a document was removed. */
interface Line {
  id: string;
  doc?: Doc;
  removed?: true;
}

interface Place {
  at: number;
  length: number;
}

interface Pending {
  bytes: Buffer;
  id: string;
  removed: boolean;
  done: () => void;
  failed: (error: Error) => void;
}

/**
 * The default store: one append-only log per collection (`<dir>/<collection>.jsonl`), a
 * JSON line per change. Changes that arrive together go to disk in one write (group
 * commit), so a busy bot does one write per batch instead of a file create, write and
 * rename per document, as one lowdb file per document did. The store keeps only where
 * each document's latest line is; reads go to the file (mostly the OS page cache).
 *
 * A kill -9 can only cut the last line short; that line was never confirmed, and the
 * next start cuts it off. Old versions are dropped by rewriting the log (to a temp file,
 * then a rename) once they outweigh the live data, and soon after any removal, so that
 * erased personal data does not stay on disk.
 */
export class LogStore implements Store {
  private readonly logs = new Map<string, Promise<CollectionLog>>();
  private readonly opened = new Map<string, CollectionLog>();

  constructor(
    private readonly dir: string,
    private readonly options: LogStoreOptions = {},
  ) {}

  async readAll<T extends Doc>(collection: string): Promise<T[]> {
    const docs: T[] = [];
    await this.each<T>(collection, (doc) => docs.push(doc));
    return docs;
  }

  async each<T extends Doc>(collection: string, visit: (doc: T) => void): Promise<void> {
    (await this.log(collection)).each(visit as (doc: Doc) => void);
  }

  async get<T extends Doc>(collection: string, id: string): Promise<T | undefined> {
    return (await this.log(collection)).read(id) as T | undefined;
  }

  readNow<T extends Doc>(collection: string, id: string): T | undefined {
    const log = this.opened.get(collection);
    if (!log) throw new Error(`log store: read ${collection} with each() before reading it synchronously`);
    return log.read(id) as T | undefined;
  }

  async put<T extends Doc>(collection: string, doc: T): Promise<void> {
    const line: Line = { id: doc.id, doc };
    await (await this.log(collection)).append(line);
  }

  /** Always writes the removal: a put of the same document may still be on its way to disk. */
  async remove(collection: string, id: string): Promise<void> {
    await (await this.log(collection)).append({ id, removed: true });
  }

  async scrub(): Promise<void> {
    await Promise.all([...this.opened.values()].map((log) => log.scrub()));
  }

  async close(): Promise<void> {
    const logs = await Promise.allSettled([...this.logs.values()]);
    for (const log of logs) if (log.status === 'fulfilled') await log.value.close();
    this.logs.clear();
    this.opened.clear();
  }

  private log(collection: string): Promise<CollectionLog> {
    let log = this.logs.get(collection);
    if (!log) {
      if (!SAFE_NAME.test(collection)) throw new Error(`log store: bad collection name ${JSON.stringify(collection)}`);
      log = CollectionLog.open(this.dir, collection, this.options).then((opened) => {
        this.opened.set(collection, opened);
        return opened;
      });
      this.logs.set(collection, log);
    }
    return log;
  }
}

class CollectionLog {
  private readonly places = new Map<string, Place>();
  private fd: number;
  private size = 0;
  private liveBytes = 0;
  private removedSinceCompaction = 0;
  private queue: Pending[] = [];
  /** The running write (or the swap that ends a rewrite); the next one starts after it. */
  private busy: Promise<void> = Promise.resolve();
  private rewriting: Promise<void> | undefined;
  private flushPlanned = false;
  private scrubTimer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly path: string,
    private readonly options: LogStoreOptions,
  ) {
    this.fd = openSync(path, 'a+');
    closeSync(this.fd);
    this.fd = openSync(path, 'r+');
  }

  static async open(dir: string, collection: string, options: LogStoreOptions): Promise<CollectionLog> {
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${collection}.jsonl`);
    await rm(`${path}.compact`, { force: true });
    const folder = join(dir, collection);
    if (!(await exists(path)) && (await exists(folder))) await rename(folder, `${folder}.importing`);
    const log = new CollectionLog(path, options);
    await log.scan();
    await log.importFilesOf(`${folder}.importing`, folder);
    return log;
  }

  read(id: string): Doc | undefined {
    const place = this.places.get(id);
    return place && this.lineAt(place).doc;
  }

  /** Every live document, in the order it was last written. */
  each(visit: (doc: Doc) => void): void {
    for (const place of [...this.places.values()].sort((a, b) => a.at - b.at)) visit(this.lineAt(place).doc!);
  }

  private lineAt(place: Place): Line {
    const bytes = Buffer.allocUnsafe(place.length);
    readSync(this.fd, bytes, 0, place.length, place.at);
    return JSON.parse(bytes.toString('utf8')) as Line;
  }

  append(line: Line): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`log store: ${this.path} is closed`));
    return new Promise<void>((done, failed) => {
      this.queue.push({ bytes: Buffer.from(`${JSON.stringify(line)}\n`), id: line.id, removed: line.removed === true, done, failed });
      if (!this.flushPlanned) {
        this.flushPlanned = true;
        // Everything appended before the current write ends goes out in the next one.
        void this.exclusive(() => this.flush());
      }
    });
  }

  /** Rewrites the log now if it holds any line that is not the latest of a live document. */
  async scrub(): Promise<void> {
    await this.busy;
    // A rewrite under way may have started before the latest changes; let it end first.
    await this.rewriting?.catch(() => undefined);
    if (this.size === this.liveBytes) return;
    clearTimeout(this.scrubTimer);
    await this.rewrite();
  }

  async close(): Promise<void> {
    clearTimeout(this.scrubTimer);
    await this.busy;
    await this.rewriting?.catch(() => undefined);
    if (this.removedSinceCompaction > 0) await this.rewrite().catch(() => undefined);
    this.closed = true;
    closeSync(this.fd);
  }

  private async flush(): Promise<void> {
    this.flushPlanned = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    const bytes = Buffer.concat(batch.map((pending) => pending.bytes));
    try {
      await writeAt(this.fd, bytes, this.size);
      if (this.options.fsync) await syncData(this.fd);
    } catch (error) {
      await truncateTo(this.path, this.size).catch(() => undefined);
      for (const pending of batch) pending.failed(error as Error);
      return;
    }
    let at = this.size;
    for (const pending of batch) {
      this.forget(pending.id);
      if (pending.removed) this.removedSinceCompaction++;
      else this.remember(pending.id, { at, length: pending.bytes.length - 1 });
      at += pending.bytes.length;
    }
    this.size = at;
    for (const pending of batch) pending.done();
    if (this.removedSinceCompaction > 0) this.planScrub();
    else if (this.size >= COMPACT_FROM_BYTES && this.size > 2 * this.liveBytes) void this.rewrite().catch(() => undefined);
  }

  /** Runs a task when the writes and swaps before it are done; nothing else writes meanwhile. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.busy.then(task);
    this.busy = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private planScrub(): void {
    clearTimeout(this.scrubTimer);
    this.scrubTimer = setTimeout(() => void this.rewrite().catch(() => undefined), SCRUB_AFTER_MS);
    this.scrubTimer.unref();
  }

  /**
   * Rewrites the log with only the latest line of each live document; one rewrite at a
   * time. A failed rewrite leaves the old log as it was, whole and valid.
   */
  private rewrite(): Promise<void> {
    this.rewriting ??= this.copyLive()
      .catch((error: Error) => {
        this.options.onRewriteFailed?.(error, this.path);
        throw error;
      })
      .finally(() => {
        this.rewriting = undefined;
      });
    return this.rewriting;
  }

  /**
   * Copies the live lines to a temp file while writes go on into the old log; then, with
   * writes held for a moment, adds what they wrote meanwhile and swaps the files.
   */
  private async copyLive(): Promise<void> {
    if (this.closed) return;
    const end = this.size;
    const removedBefore = this.removedSinceCompaction;
    const live = [...this.places].sort(([, a], [, b]) => a.at - b.at);
    const temp = `${this.path}.compact`;
    const out = await open(temp, 'w');
    try {
      const moved = new Map<string, Place>();
      let written = 0;
      const copier = new Copier(this.fd, out);
      for (const [id, place] of live) {
        await copier.copy(place.at, place.length + 1);
        moved.set(id, { at: written, length: place.length });
        written += place.length + 1;
      }
      await this.exclusive(async () => {
        if (this.closed) throw new Error(`log store: ${this.path} closed during a rewrite`);
        const tail = this.size - end;
        await copier.done();
        // A fresh reader: a chunk read during the copy may hold a write that was half done then.
        const tailCopier = new Copier(this.fd, out);
        await tailCopier.copy(end, tail);
        await tailCopier.done();
        await out.datasync();
        await out.close();
        await rename(temp, this.path);
        const old = this.fd;
        this.fd = openSync(this.path, 'r+');
        closeSync(old);
        // Lines written during the copy keep their order, after the copied ones.
        for (const [id, place] of this.places) this.places.set(id, place.at >= end ? { at: written + place.at - end, length: place.length } : moved.get(id)!);
        this.size = written + tail;
        this.removedSinceCompaction -= removedBefore;
        if (this.removedSinceCompaction > 0) this.planScrub();
      });
    } catch (error) {
      await out.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Reads the log once at start: where each document's latest line is; cuts off a torn last line. */
  private async scan(): Promise<void> {
    const { size } = await stat(this.path);
    let at = 0;
    let rest = Buffer.alloc(0);
    const chunk = Buffer.allocUnsafe(CHUNK);
    while (at + rest.length < size) {
      const read = readSync(this.fd, chunk, 0, CHUNK, at + rest.length);
      const bytes = rest.length ? Buffer.concat([rest, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, start)) {
        this.take(bytes.subarray(start, end), at + start);
        start = end + 1;
      }
      at += start;
      rest = Buffer.from(bytes.subarray(start));
    }
    this.size = at;
    // Bytes after the last newline are a write that a crash cut short; it was never confirmed.
    if (rest.length) await truncateTo(this.path, at);
  }

  private take(bytes: Buffer, at: number): void {
    let line: Line;
    try {
      line = JSON.parse(bytes.toString('utf8')) as Line;
    } catch (error) {
      throw new Error(`log store: ${this.path} has a broken line at byte ${at}: ${(error as Error).message}`);
    }
    this.forget(line.id);
    if (line.removed) this.removedSinceCompaction++;
    else this.remember(line.id, { at, length: bytes.length });
  }

  /**
   * Data from the earlier layout (one lowdb file per document, in `<collection>/`) moves
   * into the log once. The folder is renamed first, so an import cut short starts over.
   */
  private async importFilesOf(importing: string, folder: string): Promise<void> {
    if (!(await exists(importing))) return;
    await truncateTo(this.path, 0);
    this.places.clear();
    this.size = 0;
    this.liveBytes = 0;
    const writes: Promise<void>[] = [];
    const [parent, name] = [dirname(importing), basename(importing)];
    await new LowdbStore(parent).each(name, (doc) => writes.push(this.append({ id: doc.id, doc })));
    await Promise.all(writes);
    await rename(importing, `${folder}.imported`);
  }

  private remember(id: string, place: Place): void {
    this.places.set(id, place);
    this.liveBytes += place.length + 1;
  }

  private forget(id: string): void {
    const place = this.places.get(id);
    if (!place) return;
    this.places.delete(id);
    this.liveBytes -= place.length + 1;
  }
}

/** Copies byte ranges of a log, read in large chunks, to a file, written in large pieces. */
class Copier {
  private chunk = Buffer.alloc(0);
  private chunkAt = 0;
  private pieces: Buffer[] = [];
  private pieceBytes = 0;

  constructor(
    private readonly fd: number,
    private readonly out: FileHandle,
  ) {}

  async copy(at: number, length: number): Promise<void> {
    for (let done = 0; done < length; ) {
      const from = at + done;
      if (from < this.chunkAt || from >= this.chunkAt + this.chunk.length) {
        this.chunk = Buffer.allocUnsafe(CHUNK);
        this.chunk = this.chunk.subarray(0, readSync(this.fd, this.chunk, 0, CHUNK, from));
        this.chunkAt = from;
        if (this.chunk.length === 0) throw new Error('log store: the log ended before a line it should hold');
      }
      const start = from - this.chunkAt;
      const piece = Buffer.from(this.chunk.subarray(start, Math.min(this.chunk.length, start + length - done)));
      this.pieces.push(piece);
      this.pieceBytes += piece.length;
      done += piece.length;
      if (this.pieceBytes >= CHUNK) await this.done();
    }
  }

  /** Writes what is still held. */
  async done(): Promise<void> {
    if (this.pieces.length > 0) await this.out.write(Buffer.concat(this.pieces));
    this.pieces = [];
    this.pieceBytes = 0;
  }
}

function writeAt(fd: number, bytes: Buffer, position: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let offset = 0;
    const next = () =>
      write(fd, bytes, offset, bytes.length - offset, position + offset, (error, written) => {
        if (error) return reject(error);
        offset += written;
        if (offset < bytes.length) next();
        else resolve();
      });
    next();
  });
}

function syncData(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fdatasync(fd, (error) => (error ? reject(error) : resolve())));
}

async function truncateTo(path: string, size: number): Promise<void> {
  const handle: FileHandle = await open(path, 'r+');
  try {
    await handle.truncate(size);
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
