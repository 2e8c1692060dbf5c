import Database from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { GroupCommitSqliteDialect } from './sqlite-driver';

/**
 * The one place where SQLite and PostgreSQL differ: how a connection is opened and set up,
 * and how a transaction locks. Every query is written once, against Kysely.
 */
export type Engine = 'sqlite' | 'postgres';

// The tables are described in migrations and table definitions, not in a TypeScript type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = Kysely<any>;

export interface SqliteSettings {
  /** A file, or ':memory:' for a database that lives only as long as the process. */
  file: string;
  /** Wait for the disk (WAL synced on every commit) before a write counts as done. */
  fsync: boolean;
}

/**
 * better-sqlite3 with the settings Taalbot relies on, each read back so a setting that did
 * not take stops the start: WAL (readers never block the writer), foreign keys, deleted
 * content overwritten with zeros, and a WAL that shrinks back after each checkpoint.
 */
export function openSqlite({ file, fsync }: SqliteSettings): Database.Database {
  const raw = new Database(file, { timeout: 5_000 });
  const set = (name: string, value: string | number, expect: string | number = value) => {
    raw.pragma(`${name} = ${value}`);
    const got = raw.pragma(name, { simple: true });
    if (String(got).toLowerCase() !== String(expect).toLowerCase()) throw new Error(`SQLite setting ${name}: wanted ${expect}, got ${String(got)}`);
  };
  if (file !== ':memory:') set('journal_mode', 'WAL', 'wal');
  set('synchronous', fsync ? 'FULL' : 'NORMAL', fsync ? 2 : 1);
  set('foreign_keys', 'ON', 1);
  set('secure_delete', 'ON', 1);
  set('journal_size_limit', 0);
  return raw;
}

/** Kysely over better-sqlite3, with group commit and kept statements (see GroupCommitSqliteDriver). */
export function sqliteDb(raw: Database.Database): Db {
  return new Kysely({ dialect: new GroupCommitSqliteDialect(raw) });
}

export interface PostgresSettings {
  url: string;
  /** The schema every connection works in (its search_path); the server's default when unset. */
  schema?: string;
  poolSize?: number;
  /** A connection that dies while idle is reported here, never as a crash. */
  onError: (error: Error) => void;
}

export function postgresDb({ url, schema, poolSize = 10, onError }: PostgresSettings): { db: Db; pool: Pool } {
  if (schema !== undefined) identifier(schema);
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    // Sent when the connection opens, so no query ever runs in another schema.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    keepAlive: true,
    application_name: 'taalbot',
  });
  pool.on('connect', (client) => client.on('error', onError));
  pool.on('error', onError);
  return { db: new Kysely({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** A schema name we chose ourselves; never user input, checked anyway. */
export function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`"${name}" is not a plain lower-case SQL name`);
  return name;
}
