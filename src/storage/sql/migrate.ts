import { Migrator, sql, type Migration } from 'kysely';
import type { Db, Engine } from './engine';
import * as initial from './migrations/001-initial';
import * as attendance from './migrations/002-attendance';

/** Every schema change, in order. A new one gets the next number; a released one never changes. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-attendance': attendance,
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
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}
