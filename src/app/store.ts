import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Store } from '../domain/store';
import { importLegacyData } from '../storage/sql/legacy-import';
import { SqlStore } from '../storage/sql/sql-store';

/**
 * SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL is set. Migrations run
 * first; data from an earlier version in DATA_DIR comes over once.
 */
export async function openStore(config: Config, logger: Logger): Promise<Store> {
  const store = config.DATABASE_URL
    ? await SqlStore.open({
        engine: 'postgres',
        url: config.DATABASE_URL,
        ...(config.DATABASE_SCHEMA ? { schema: config.DATABASE_SCHEMA } : {}),
        onError: (error) => logger.warn({ err: error }, 'a database connection failed; it will be opened again'),
      })
    : await SqlStore.open({ engine: 'sqlite', dataDir: config.DATA_DIR, fsync: config.DATA_FSYNC });
  try {
    const imported = await importLegacyData(store, config.DATA_DIR);
    if (imported) logger.info({ counts: imported.counts }, 'data of an earlier version imported into the database; the old files are removed');
  } catch (error) {
    await store.close();
    throw error;
  }
  logger.info({ database: config.DATABASE_URL ? 'postgresql' : 'sqlite' }, 'database ready');
  return store;
}
