import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Held by the running bot and by a restore; released when closed or when the process ends, however it ends. */
export interface DatabaseLock {
  readonly path: string;
  release(): void;
}

export function lockPathOf(databasePath: string): string {
  return `${databasePath}.lock`;
}

/**
 * Takes the lock that says "a Stagegate process is using this database", or returns null when
 * another process (or another connection in this one) holds it.
 *
 * The lock is an OS-level advisory lock: SQLite's own POSIX (fcntl) lock on a small side file,
 * `<database>.lock`, taken with `locking_mode = EXCLUSIVE` and kept until the connection closes.
 * The kernel drops it when the process exits, even on SIGKILL or a crash, so there is no stale
 * lock to clean up and no pid to check for liveness (a pid file can name a pid that was reused);
 * and SQLite tracks its locks per file inside one process too, so a second connection in the
 * same process is refused as well. The file holds no data and is never deleted: unlinking a lock
 * file that another process has open lets two processes each lock a different file.
 */
export function tryLockDatabase(databasePath: string): DatabaseLock | null {
  const path = lockPathOf(databasePath);
  const db = new Database(path);
  try {
    // By path, never through a file descriptor of our own: closing any descriptor of a file drops
    // every POSIX lock this process holds on it, including the one SQLite took.
    chmodSync(path, 0o600);
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    // In exclusive locking mode the EXCLUSIVE lock taken here is kept after the commit.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    db.close();
    if (isBusy(error)) return null;
    throw error;
  }
  return {
    path,
    release: () => {
      if (db.open) db.close();
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
