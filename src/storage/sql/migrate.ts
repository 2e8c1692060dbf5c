import { Migrator, sql, type Migration } from 'kysely';
import type { Db, Engine } from './engine';
import * as initial from './migrations/001-initial';
import * as userKeySeparator from './migrations/002-user-key-separator';
import * as attendance from './migrations/003-attendance';

/** Every schema change, in order. A new one gets the next number; a released one never changes. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-user-key-separator': userKeySeparator,
  '003-attendance': attendance,
};

/** Brings the schema up to date; runs at every start, and does nothing when it is. */
export async function migrate(db: Db, engine: Engine): Promise<void> {
  // Kysely looks for its bookkeeping tables in every schema; on PostgreSQL name ours.
  const migrationTableSchema =
    engine === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0].schema : undefined;
  const migrator = new Migrator({
    db,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
    provider: { getMigrations: async () => MIGRATIONS },
  });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely looks at the tables of every schema first; a schema that someone drops at that
  // moment (another deployment or test run in the same database) fails that look. Not ours: look again.
  for (let attempt = 0; error && attempt < 5 && droppedElsewhere(error, migrationTableSchema); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}

/** PostgreSQL's "schema does not exist" (3F000) about a schema other than our own. */
function droppedElsewhere(error: unknown, ours: string | undefined): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const named = /schema "([^"]+)" does not exist/.exec(String(message ?? ''))?.[1];
  return code === '3F000' && named !== undefined && named !== ours;
}
