import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Store } from '../domain/store';
import { LogStore } from '../storage/log-store';
import { LowdbStore } from '../storage/lowdb-store';

/** The append-only log by default; one lowdb file per document on request (see README, "Storage"). */
export function openStore(config: Config, logger: Logger): Store {
  if (config.STORE === 'files') return new LowdbStore(config.DATA_DIR);
  return new LogStore(config.DATA_DIR, {
    fsync: config.DATA_FSYNC,
    onRewriteFailed: (error, path) => logger.error({ err: error, path }, 'could not rewrite a data log; it stays as it was'),
  });
}
