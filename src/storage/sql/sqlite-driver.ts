import type Database from 'better-sqlite3';
import {
  CompiledQuery,
  DeleteQueryNode,
  InsertQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  UpdateQueryNode,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Prepared statements kept per SQL text; the queries are a fixed set, so this stays small. */
const STATEMENT_CACHE = 500;

interface Pending {
  query: CompiledQuery;
  resolve(result: QueryResult<unknown>): void;
  reject(error: unknown): void;
}

/** One lock over the single SQLite connection: a transaction holds it across its awaits. */
class Mutex {
  private held: Promise<void> | undefined;
  private release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.held) await this.held;
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  unlock(): void {
    const release = this.release;
    this.held = undefined;
    this.release = undefined;
    release?.();
  }
}

/**
 * Kysely's driver for better-sqlite3, with two changes that matter for speed:
 *
 * - **Group commit.** A write outside a transaction (the dialog state after each turn, a
 *   conversation reference) does not commit on its own. Writes that arrive in the same
 *   turn of the event loop are written together in one transaction, each in a savepoint of
 *   its own (so one failing write fails alone), and each caller hears back only after the
 *   shared COMMIT. With `synchronous=FULL` that is one fsync for many turns instead of one
 *   each, and nothing is acknowledged before it is on disk.
 * - **Prepared statements are kept** per SQL text instead of compiled for every query.
 *
 * Transactions begin IMMEDIATE: a read that turns into a write then waits for the busy
 * timeout instead of failing at once with SQLITE_BUSY when another connection (a backup)
 * has the file open.
 */
export class GroupCommitSqliteDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly statements = new Map<string, Database.Statement>();
  private batch: Pending[] = [];
  private flushing: Promise<void> | undefined;

  constructor(private readonly raw: Database.Database) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Connection(this);
  }

  async beginTransaction(connection: DatabaseConnection, _settings?: TransactionSettings): Promise<void> {
    await this.mutex.lock();
    try {
      this.raw.exec('begin immediate');
    } catch (error) {
      this.mutex.unlock();
      throw error;
    }
    (connection as Connection).inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    // A failed commit leaves the lock held: Kysely rolls back next, and that lets go.
    this.raw.exec('commit');
    this.endTransaction(connection as Connection);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!(connection as Connection).inTransaction) return;
    try {
      if (this.raw.inTransaction) this.raw.exec('rollback');
    } finally {
      this.endTransaction(connection as Connection);
    }
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    this.raw.exec(`savepoint ${quoted(name)}`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    this.raw.exec(`rollback to ${quoted(name)}`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    this.raw.exec(`release ${quoted(name)}`);
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    while (this.flushing || this.batch.length > 0) await (this.flushing ?? this.flush());
    if (this.raw.open) this.raw.close();
  }

  /** Runs a query now, on the connection as it is (inside a transaction, or on its own). */
  run(query: CompiledQuery): QueryResult<unknown> {
    const statement = this.statement(query.sql);
    if (statement.reader) return { rows: statement.all(query.parameters as unknown[]) };
    const { changes, lastInsertRowid } = statement.run(query.parameters as unknown[]);
    return {
      numAffectedRows: changes === undefined || changes === null ? undefined : BigInt(changes),
      insertId: lastInsertRowid === undefined || lastInsertRowid === null ? undefined : BigInt(lastInsertRowid),
      rows: [],
    };
  }

  /** A query outside a transaction: writes join the next group commit, the rest run once no transaction holds the connection. */
  async runAlone(query: CompiledQuery): Promise<QueryResult<unknown>> {
    if (isWrite(query)) {
      return new Promise((resolve, reject) => {
        this.batch.push({ query, resolve, reject });
        if (this.batch.length === 1 && !this.flushing) setImmediate(() => void this.flush());
      });
    }
    await this.mutex.lock();
    try {
      return this.run(query);
    } finally {
      this.mutex.unlock();
    }
  }

  private flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = this.commitBatch().finally(() => {
      this.flushing = undefined;
      if (this.batch.length > 0) setImmediate(() => void this.flush());
    });
    return this.flushing;
  }

  private async commitBatch(): Promise<void> {
    await this.mutex.lock();
    const batch = this.batch;
    this.batch = [];
    try {
      if (batch.length === 1) {
        const [only] = batch;
        try {
          only.resolve(this.run(only.query));
        } catch (error) {
          only.reject(error);
        }
        return;
      }
      this.writeTogether(batch);
    } finally {
      this.mutex.unlock();
    }
  }

  /** One transaction, one savepoint per write; every caller hears back after the COMMIT. */
  private writeTogether(batch: Pending[]): void {
    const done: { pending: Pending; result: QueryResult<unknown> }[] = [];
    const failed: { pending: Pending; error: unknown }[] = [];
    try {
      this.raw.exec('begin immediate');
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    try {
      for (const pending of batch) {
        this.raw.exec('savepoint group_write');
        try {
          done.push({ pending, result: this.run(pending.query) });
          this.raw.exec('release group_write');
        } catch (error) {
          this.raw.exec('rollback to group_write');
          this.raw.exec('release group_write');
          failed.push({ pending, error });
        }
      }
      this.raw.exec('commit');
    } catch (error) {
      if (this.raw.inTransaction) this.raw.exec('rollback');
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const { pending, result } of done) pending.resolve(result);
    for (const { pending, error } of failed) pending.reject(error);
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.raw.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private endTransaction(connection: Connection): void {
    connection.inTransaction = false;
    this.mutex.unlock();
  }
}

class Connection implements DatabaseConnection {
  inTransaction = false;

  constructor(private readonly driver: GroupCommitSqliteDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return (this.inTransaction ? this.driver.run(query) : await this.driver.runAlone(query)) as QueryResult<R>;
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not used with SQLite here');
  }
}

/** An INSERT, UPDATE or DELETE built with Kysely; raw SQL (pragmas, checkpoints) always runs on its own. */
function isWrite(query: CompiledQuery): boolean {
  return InsertQueryNode.is(query.query) || UpdateQueryNode.is(query.query) || DeleteQueryNode.is(query.query);
}

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export class GroupCommitSqliteDialect implements Dialect {
  constructor(private readonly raw: Database.Database) {}

  createDriver(): Driver {
    return new GroupCommitSqliteDriver(this.raw);
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): SqliteAdapter {
    return new SqliteAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>): SqliteIntrospector {
    return new SqliteIntrospector(db);
  }
}
