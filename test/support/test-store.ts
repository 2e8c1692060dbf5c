import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { SqlStore } from '../../src/storage/sql/sql-store';

/** A fresh SQLite database in memory: as fast as a fake, and the real constraints. */
export function memoryStore(): Promise<SqlStore> {
  return SqlStore.open({ engine: 'sqlite', fsync: false });
}

/** PostgreSQL for the tests that need it; `.ci/run` sets this, and CI fails when the server is missing. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export interface PostgresSchema {
  schema: string;
  open(): Promise<SqlStore>;
  drop(): Promise<void>;
}

/** A schema of its own for one test file, so parallel test files never see each other's rows. */
export async function postgresSchema(url = TEST_DATABASE_URL): Promise<PostgresSchema> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(url, (client) => client.query(`create schema ${schema}`));
  return {
    schema,
    open: () => SqlStore.open({ engine: 'postgres', url, schema, onError: () => undefined }),
    drop: () => withClient(url, (client) => client.query(`drop schema if exists ${schema} cascade`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
