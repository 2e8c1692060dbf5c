import { join } from 'node:path';
import { readConfig } from '../config';
import { backupSqlite } from '../storage/sql/backup';

/**
 * `npm run backup [file]`: a consistent copy of the SQLite database in DATA_DIR, also while
 * the bot runs. Without a file name: DATA_DIR/backups/taalbot-<time>.db. With DATABASE_URL
 * set the data is in PostgreSQL: use pg_dump there (see the README).
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (config.DATABASE_URL) {
    process.stderr.write('DATABASE_URL is set: the data is in PostgreSQL. Back it up with pg_dump (see README, "Backups").\n');
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = process.argv[2] ?? join(config.DATA_DIR, 'backups', `taalbot-${stamp}.db`);
  const result = await backupSqlite(config.DATA_DIR, target);
  process.stdout.write(`backup written: ${result.file} (${result.pages} pages, checked)\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`backup failed: ${error.message}\n`);
  process.exit(1);
});
