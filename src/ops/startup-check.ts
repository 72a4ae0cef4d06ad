import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupSettings } from '../config.js';
import { backupFolder, listBackups } from './backup.js';
import { OpsError } from './errors.js';
import { errorMessage } from './files.js';
import { integrityProblems } from './integrity.js';

/** How to get out of a damaged database, naming the newest backup when there is one. */
export function restoreAdvice(databasePath: string, settings: BackupSettings | undefined): string {
  const folder = backupFolder(databasePath, settings);
  const newest = listBackups(folder.dir)[0];
  return newest
    ? `Restore a backup with \`npm run restore -- ${newest.path}\` (the newest in ${folder.dir}), then start the bot again.`
    : `Restore a backup with \`npm run restore -- <backup file>\` (none found in ${folder.dir}), then start the bot again.`;
}

/**
 * Start-up check: SQLite's `quick_check` on the database file before anything migrates or writes
 * it. A damaged database refuses to start, with the restore command in the message. A missing
 * file is fine (first start).
 */
export function assertDatabaseIntact(databasePath: string, settings: BackupSettings | undefined): void {
  if (databasePath === ':memory:' || !existsSync(databasePath)) return;
  let problems: string[];
  try {
    // Read-write, so a WAL left by a crash is recovered as the bot would.
    const db = new Database(databasePath, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      problems = integrityProblems(db, 'quick');
    } finally {
      db.close();
    }
  } catch (error) {
    problems = [errorMessage(error)];
  }
  if (problems.length === 0) return;
  throw new OpsError(
    `The database ${databasePath} is damaged (SQLite quick_check: ${problems[0]}${
      problems.length > 1 ? `; ${problems.length} problems` : ''
    }), so Stagegate will not start on it. ${restoreAdvice(databasePath, settings)}`,
  );
}
