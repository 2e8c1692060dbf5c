import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from './sql-store';

export interface BackupResult {
  file: string;
  pages: number;
}

/**
 * A consistent copy of the SQLite database while the bot runs: SQLite's online backup reads
 * one snapshot, page by page, and lets the bot go on writing meanwhile (in WAL mode a reader
 * never blocks the writer). The copy is checked before it counts as made.
 */
export async function backupSqlite(dataDir: string, target: string): Promise<BackupResult> {
  const source = new Database(join(dataDir, SQLITE_FILE), { fileMustExist: true, timeout: 5_000 });
  try {
    mkdirSync(dirname(target), { recursive: true });
    const { totalPages } = await source.backup(target);
    const copy = new Database(target, { readonly: true });
    try {
      const integrity = String(copy.pragma('integrity_check', { simple: true }));
      if (integrity !== 'ok') throw new Error(`the copy in ${target} is not whole: ${integrity}`);
    } finally {
      copy.close();
    }
    return { file: target, pages: totalPages };
  } finally {
    source.close();
  }
}
