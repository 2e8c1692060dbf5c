import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import type { DocumentCollection, Documents, Store, Tables, WebChatStore } from '../../domain/store';
import { SqlDocuments } from './documents';
import { openSqlite, postgresDb, sqliteDb, type Db, type Engine } from './engine';
import { lockDataDir, type InstanceLock } from './instance-lock';
import { migrate } from './migrate';
import { SqlTable, type TableDef } from './sql-table';
import * as defs from './table-defs';
import { SqlWebChat } from './webchat';

export type SqlStoreOptions =
  | {
      engine: 'sqlite';
      /** Where `taalbot.db` lives; unset keeps the database in memory (tests). */
      dataDir?: string;
      fsync: boolean;
    }
  | {
      engine: 'postgres';
      url: string;
      /** The schema to work in (tests give each file its own); the server's default when unset. */
      schema?: string;
      onError: (error: Error) => void;
    };

export const SQLITE_FILE = 'taalbot.db';

/** PostgreSQL's codes for "try the transaction again": a deadlock, or a serialization failure. */
const RETRYABLE = new Set(['40P01', '40001']);

/**
 * The store over SQL: SQLite by default (one instance per data directory), or PostgreSQL
 * for several instances. Inside `transaction`, every table call of the same async flow
 * joins that transaction, so no code can wait on a connection its own transaction holds.
 */
export class SqlStore implements Store {
  private readonly current = new AsyncLocalStorage<{ tables: Tables; db: Db }>();
  private readonly plain: Tables;
  private readonly runningJobs = new Set<string>();

  private constructor(
    private readonly db: Db,
    readonly engine: Engine,
    private readonly sqlite: Database.Database | undefined,
    private readonly lock: InstanceLock | undefined,
  ) {
    this.plain = this.tablesOf(db, false);
  }

  static async open(options: SqlStoreOptions): Promise<SqlStore> {
    if (options.engine === 'postgres') {
      const { db } = postgresDb(options);
      const store = new SqlStore(db, 'postgres', undefined, undefined);
      await store.start();
      return store;
    }
    let lock: InstanceLock | undefined;
    let file = ':memory:';
    if (options.dataDir) {
      mkdirSync(options.dataDir, { recursive: true });
      lock = lockDataDir(options.dataDir);
      file = join(options.dataDir, SQLITE_FILE);
    }
    try {
      const raw = openSqlite({ file, fsync: options.fsync });
      const store = new SqlStore(sqliteDb(raw), 'sqlite', raw, lock);
      await store.start();
      return store;
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  private async start(): Promise<void> {
    await migrate(this.db, this.engine);
    // A crash right after an erasure may have left old pages in the WAL.
    await this.scrub();
  }

  private get tables(): Tables {
    return this.current.getStore()?.tables ?? this.plain;
  }

  /** The connection of the transaction this async flow is in, or the pool. */
  private get connection(): Db {
    return this.current.getStore()?.db ?? this.db;
  }

  async metaValue(key: string): Promise<string | undefined> {
    const row = await this.connection.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
    return row ? String(row.value) : undefined;
  }

  async setMetaValue(key: string, value: string): Promise<void> {
    await this.connection
      .insertInto('meta')
      .values({ key, value })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
      .execute();
  }

  get locations() {
    return this.tables.locations;
  }
  get groups() {
    return this.tables.groups;
  }
  get intakes() {
    return this.tables.intakes;
  }
  get notices() {
    return this.tables.notices;
  }
  get ambassadors() {
    return this.tables.ambassadors;
  }
  get handoffs() {
    return this.tables.handoffs;
  }
  get audit() {
    return this.tables.audit;
  }
  get attendance() {
    return this.tables.attendance;
  }
  get anonymousFacts() {
    return this.tables.anonymousFacts;
  }
  get accounts() {
    return this.tables.accounts;
  }
  get sessions() {
    return this.tables.sessions;
  }
  /** Resolved on every call, so a reference kept anywhere still joins the caller's transaction. */
  readonly webChat: WebChatStore = {
    get: (id) => this.tables.webChat.get(id),
    put: (conversation) => this.tables.webChat.put(conversation),
    append: (id, activity) => this.tables.webChat.append(id, activity),
    since: (id, from, limit) => this.tables.webChat.since(id, from, limit),
    trim: (id, keep) => this.tables.webChat.trim(id, keep),
    overwrite: (id, seqs, activity) => this.tables.webChat.overwrite(id, seqs, activity),
    remove: (id) => this.tables.webChat.remove(id),
  };

  documents(collection: DocumentCollection): Documents<unknown> {
    const current = () => this.tables.documents(collection);
    return {
      get: (id) => current().get(id),
      putIf: (id, value, expected) => current().putIf(id, value, expected),
      put: (id, value) => current().put(id, value),
      putFirst: (id, value) => current().putFirst(id, value),
      remove: (id) => current().remove(id),
    };
  }
  catalogVersion(): Promise<number> {
    return this.tables.catalogVersion();
  }
  bumpCatalogVersion(): Promise<void> {
    return this.tables.bumpCatalogVersion();
  }

  async transaction<T>(work: (tx: Tables) => Promise<T>): Promise<T> {
    const joined = this.current.getStore();
    if (joined) return work(joined.tables);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute((trx) => {
          const tables = this.tablesOf(trx, true);
          return this.current.run({ tables, db: trx }, () => work(tables));
        });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (attempt >= 3 || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
      }
    }
  }

  async exclusive<T>(job: string, work: () => Promise<T>): Promise<T | undefined> {
    if (this.runningJobs.has(job)) return undefined;
    this.runningJobs.add(job);
    try {
      if (this.engine === 'sqlite') return await work();
      // A session lock on one pinned connection: PostgreSQL drops it when that connection or this process dies.
      // The key names the schema, so deployments (or test files) in other schemas of the same database never wait on each other.
      return await this.db.connection().execute(async (connection) => {
        const key = sql`hashtext('taalbot:' || current_schema() || ':' || ${job})`;
        const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${key}) as ok`.execute(connection);
        if (!rows[0]?.ok) return undefined;
        try {
          return await work();
        } finally {
          await sql`select pg_advisory_unlock(${key})`.execute(connection);
        }
      });
    } finally {
      this.runningJobs.delete(job);
    }
  }

  async check(): Promise<void> {
    const now = new Date().toISOString();
    await this.setMetaValue('health', now);
    if ((await this.metaValue('health')) !== now) throw new Error('the database did not keep what was just written');
  }

  /**
   * SQLite overwrites deleted content with zeros (secure_delete), but old pages wait in the
   * write-ahead log until a checkpoint copies them over and empties it. A reader holding an
   * old snapshot (a backup) makes the checkpoint wait, so it is tried until it completes.
   * PostgreSQL keeps dead rows until vacuum: see the README.
   */
  async scrub(): Promise<void> {
    if (!this.sqlite || this.sqlite.memory) return;
    // secure_delete can leave the start of an old record in a page that was rebuilt (seen after
    // blanking web chat copies); VACUUM writes every page anew. Busy (a backup reading): the checkpoint still runs.
    try {
      this.sqlite.exec('VACUUM');
    } catch {
      // tried again at the next erasure
    }
    for (let attempt = 0; attempt < 50; attempt++) {
      const [result] = this.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result.busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('could not empty the write-ahead log: a reader keeps an old snapshot open');
  }

  async close(): Promise<void> {
    await this.db.destroy();
    this.lock?.release();
  }

  /** The raw SQLite handle, for the backup. */
  get sqliteHandle(): Database.Database | undefined {
    return this.sqlite;
  }

  private tablesOf(db: Db, inTransaction: boolean): Tables {
    const table = <T extends { id: string }, C>(def: TableDef<T, C>) => new SqlTable<T, C>(db, this.engine, def, inTransaction);
    const webChat = new SqlWebChat(db);
    return {
      locations: table(defs.locations),
      groups: table(defs.groups),
      intakes: table(defs.intakes),
      notices: table(defs.notices),
      ambassadors: table(defs.ambassadors),
      handoffs: table(defs.handoffs),
      audit: table(defs.audit),
      attendance: table(defs.attendance),
      anonymousFacts: table(defs.anonymousFacts),
      accounts: table(defs.accounts),
      sessions: table(defs.sessions),
      webChat,
      documents: (collection) => new SqlDocuments(db, collection),
      catalogVersion: async () => {
        const row = await db.selectFrom('meta').select('value').where('key', '=', 'catalog-version').executeTakeFirst();
        return row ? Number(row.value) : 0;
      },
      bumpCatalogVersion: async () => {
        await db
          .insertInto('meta')
          .values({ key: 'catalog-version', value: '1' })
          .onConflict((conflict) =>
            conflict.column('key').doUpdateSet({ value: sql<string>`cast(cast(meta.value as integer) + 1 as text)` }),
          )
          .execute();
      },
    };
  }
}
