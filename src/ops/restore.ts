import { copyFileSync, existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { databaseFiles, restrictToOwner } from '../store/database.js';
import { OpsError } from './errors.js';
import { errorMessage, syncDirectory, utcStamp } from './files.js';
import { inspectDatabase } from './integrity.js';
import { lockPathOf, tryLockDatabase } from './lock.js';

export interface RestoreOptions {
  databasePath: string;
  /** The backup to put in place. */
  file: string;
  /** The newest schema version this code knows (its last migration). */
  latestVersion: number;
  /** Names the copy of the current database that is kept aside (UTC). */
  now: Date;
}

export interface RestoreResult {
  databasePath: string;
  schemaVersion: number;
  /** Where the database that was replaced now lives (with its -wal/-shm), null when there was none. */
  keptAside: string | null;
}

/** `data/stagegate.sqlite` -> `data/stagegate-before-restore-20250131T120000Z.sqlite`. */
function asidePath(databasePath: string, now: Date): string {
  const ext = extname(databasePath);
  const stem = basename(databasePath, ext);
  return join(dirname(databasePath), `${stem}-before-restore-${utcStamp(now)}${ext}`);
}

function removeSet(path: string): void {
  for (const file of [...databaseFiles(path), `${path}-journal`]) rmSync(file, { force: true });
}

/**
 * Copies `file` next to the database (the backup itself is never modified), checks the copy and
 * folds any WAL into it. Returns the staged copy's schema version; throws `OpsError` otherwise.
 */
function stage(file: string, staging: string, latestVersion: number): number {
  removeSet(staging);
  try {
    copyFileSync(file, staging);
    // A raw copy of a live database may have committed pages only in its WAL.
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${staging}-wal`);
    restrictToOwner(staging);
  } catch (error) {
    throw new OpsError(`Cannot copy ${file} next to the database: ${errorMessage(error)}`);
  }
  let db: Database.Database;
  try {
    db = new Database(staging, { fileMustExist: true });
  } catch (error) {
    throw new OpsError(`${file} is not a Stagegate database (${errorMessage(error)}).`);
  }
  try {
    const check = inspectDatabase(db);
    switch (check.kind) {
      case 'not-sqlite':
        throw new OpsError(`${file} is not a Stagegate database (not an SQLite file).`);
      case 'not-stagegate':
        throw new OpsError(
          `${file} is not a Stagegate database (an SQLite file without Stagegate's tables).`,
        );
      case 'damaged':
        throw new OpsError(
          `${file} is damaged (SQLite integrity_check: ${check.problems[0]}); restore another backup.`,
        );
      case 'stagegate':
        if (check.schemaVersion > latestVersion) {
          throw new OpsError(
            `${file} was written by a newer Stagegate (schema version ${check.schemaVersion}; this one knows up to ${latestVersion}). Upgrade Stagegate first, then restore.`,
          );
        }
        db.pragma('journal_mode = DELETE');
        return check.schemaVersion;
    }
  } finally {
    db.close();
  }
}

/**
 * `npm run restore -- <file>`. Refuses while a bot runs on the database (it holds the database
 * lock, see `lock.ts`; the restore holds it too, so a bot started meanwhile refuses to start).
 * The backup is copied next to the database and checked (integrity, a Stagegate schema not newer
 * than this code) before anything is moved; then the current database and its -wal/-shm are
 * renamed aside with a timestamp, and the copy is renamed into place. Renames within one folder
 * are atomic; if the last one fails, the current database is put back. Throws `OpsError`.
 */
export function restoreDatabase(options: RestoreOptions): RestoreResult {
  const databasePath = resolve(options.databasePath);
  const file = resolve(options.file);
  if (!existsSync(file)) throw new OpsError(`There is no file at ${file}.`);
  if (!statSync(file).isFile()) throw new OpsError(`${file} is not a file.`);
  if (existsSync(databasePath) && realpathSync(file) === realpathSync(databasePath))
    throw new OpsError(`${file} is the current database; name a backup file.`);

  mkdirSync(dirname(databasePath), { recursive: true, mode: 0o700 });
  const lock = tryLockDatabase(databasePath);
  if (!lock) {
    throw new OpsError(
      `A Stagegate bot (or another restore) is running on ${databasePath}: it holds ${lockPathOf(databasePath)}. ` +
        'Stop it first (for example `systemctl stop stagegate`), then run the restore again.',
    );
  }
  const staging = join(dirname(databasePath), `.${basename(databasePath)}.restoring`);
  try {
    let schemaVersion: number;
    try {
      schemaVersion = stage(file, staging, options.latestVersion);
    } catch (error) {
      removeSet(staging);
      throw error;
    }

    const aside = existsSync(databasePath) ? asidePath(databasePath, options.now) : null;
    const moved: [from: string, to: string][] = [];
    try {
      if (aside) {
        const targets = databaseFiles(aside);
        databaseFiles(databasePath).forEach((from, i) => {
          if (!existsSync(from)) return;
          renameSync(from, targets[i]!);
          moved.push([from, targets[i]!]);
        });
      }
      renameSync(staging, databasePath);
    } catch (error) {
      for (const [from, to] of moved.reverse()) renameSync(to, from);
      removeSet(staging);
      throw new OpsError(
        `The restore failed and the current database was left in place: ${errorMessage(error)}`,
      );
    }
    restrictToOwner(databasePath);
    syncDirectory(dirname(databasePath));
    return { databasePath, schemaVersion, keptAside: aside };
  } finally {
    lock.release();
  }
}
