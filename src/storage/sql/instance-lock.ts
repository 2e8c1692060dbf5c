import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export class DataDirInUse extends Error {
  constructor(dataDir: string, owner: string) {
    super(`another Taalbot instance uses ${dataDir} (${owner}). One instance per data directory; for several instances, use PostgreSQL (DATABASE_URL).`);
    this.name = 'DataDirInUse';
  }
}

export interface InstanceLock {
  release(): void;
}

/**
 * One process per SQLite data directory. A small separate file, `instance.lock`, is held in
 * SQLite's exclusive locking mode; the operating system drops that lock when the process
 * ends in any way (kill -9 included), so a lock is never left behind. The database itself
 * stays open to readers, such as `npm run backup`.
 *
 * Nothing else in this process may open `instance.lock`: closing any other handle on it
 * would drop this process's lock (POSIX file locks belong to the process, not the handle).
 */
export function lockDataDir(dataDir: string): InstanceLock {
  const file = join(dataDir, 'instance.lock');
  const ownerFile = join(dataDir, 'instance.owner');
  const lock = new Database(file, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('begin exclusive');
    lock.exec('create table if not exists owner (pid integer, host text, since text)');
    lock.exec('delete from owner');
    lock.prepare('insert into owner values (?, ?, ?)').run(process.pid, hostname(), new Date().toISOString());
    lock.exec('commit');
  } catch (error) {
    lock.close();
    if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY')) throw error;
    let owner = 'owner unknown';
    try {
      owner = readFileSync(ownerFile, 'utf8').trim();
    } catch {
      // The owner wrote no note (yet): the lock alone says enough.
    }
    throw new DataDirInUse(dataDir, owner);
  }
  writeFileSync(ownerFile, `pid ${process.pid} on ${hostname()} since ${new Date().toISOString()}\n`);
  return {
    release() {
      rmSync(ownerFile, { force: true });
      lock.close();
    },
  };
}
