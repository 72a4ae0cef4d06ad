import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

export type Db = Database.Database;

/** Members' data: the database, its -wal and -shm, and backups are readable by the owner only. */
export const OWNER_ONLY = 0o600;

/** The database file and the files SQLite keeps beside it in WAL mode. */
export function databaseFiles(path: string): string[] {
  return [path, `${path}-wal`, `${path}-shm`];
}

/**
 * Makes the database's files owner-only (0600), also those made by an older version or another
 * umask. Changed by path (chmod), never through a descriptor of our own: closing a descriptor of
 * an open database drops the locks SQLite holds on it.
 */
export function restrictToOwner(path: string): void {
  for (const file of databaseFiles(path)) {
    try {
      if ((statSync(file).mode & 0o777) !== OWNER_ONLY) chmodSync(file, OWNER_ONLY);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * Opens (creating when missing) the SQLite file with the pragmas the bot relies on, then brings
 * the schema up to date. `:memory:` works for tests that need no file.
 */
export function openDatabase(path: string): Db {
  const onDisk = path !== ':memory:';
  if (onDisk) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Created owner-only before SQLite opens it; SQLite gives -wal and -shm the database's mode.
    if (!existsSync(path)) closeSync(openSync(path, 'a', OWNER_ONLY));
  }
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  if (onDisk) restrictToOwner(path);
  // NORMAL is durable across application crashes in WAL mode; only a power loss can drop the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, MIGRATIONS);
  return db;
}
