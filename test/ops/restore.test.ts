import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupFolder } from '../../src/ops/backup.js';
import { tryLockDatabase } from '../../src/ops/lock.js';
import { restoreDatabase } from '../../src/ops/restore.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/store.js';
import {
  addOutboxRows,
  corruptDatabase,
  makeStagegateDatabase,
  modeOf,
  outboxCount,
  tempDir,
} from './helpers.js';

const LATEST = MIGRATIONS.length;
const NOW = new Date('2026-01-05T12:00:00.000Z');

/** A live database with `live` outbox rows and a backup of it taken when it had `backedUp`. */
async function databaseWithBackup(
  backedUp: number,
  live: number,
): Promise<{ databasePath: string; backup: string }> {
  const dir = tempDir();
  const databasePath = join(dir, 'stagegate.sqlite');
  makeStagegateDatabase(databasePath, backedUp);
  const { path } = await backupDatabase({
    databasePath,
    folder: backupFolder(databasePath, undefined),
    now: NOW,
  });
  const store = openStore(databasePath);
  addOutboxRows(store, live - backedUp);
  store.close();
  return { databasePath, backup: path };
}

/** The database folder's files, but the lock file (an empty marker the restore may create). */
function filesBeside(databasePath: string): string[] {
  return readdirSync(join(databasePath, '..'))
    .filter((name) => !name.endsWith('.lock'))
    .sort();
}

/** `refuse` throws `message`; the database and the files beside it (no staged copy left) are as before. */
function expectUnchanged(databasePath: string, refuse: () => void, message: RegExp | string): void {
  const before = readFileSync(databasePath);
  const filesBefore = filesBeside(databasePath);
  expect(refuse).toThrow(message);
  expect(readFileSync(databasePath).equals(before)).toBe(true);
  expect(filesBeside(databasePath)).toEqual(filesBefore);
}

describe('restoreDatabase', () => {
  it('puts the backup in place and keeps the replaced database aside with its -wal and -shm', async () => {
    const { databasePath, backup } = await databaseWithBackup(10, 25);
    // A database the bot did not close cleanly still has its WAL: it moves aside with it.
    writeFileSync(`${databasePath}-wal`, '');
    writeFileSync(`${databasePath}-shm`, '');
    const backupBytes = readFileSync(backup);

    const result = restoreDatabase({ databasePath, file: backup, latestVersion: LATEST, now: NOW });

    expect(outboxCount(databasePath)).toBe(10);
    expect(modeOf(databasePath)).toBe(0o600);
    const aside = join(databasePath, '..', 'stagegate-before-restore-20260105T120000Z.sqlite');
    expect(result).toEqual({ databasePath, schemaVersion: LATEST, keptAside: aside });
    expect(outboxCount(aside)).toBe(25);
    expect(existsSync(`${aside}-wal`)).toBe(true);
    expect(existsSync(`${aside}-shm`)).toBe(true);
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    // The backup itself is never modified.
    expect(readFileSync(backup).equals(backupBytes)).toBe(true);
  });

  it('restores into an empty data folder (a new machine)', async () => {
    const { backup } = await databaseWithBackup(7, 7);
    const databasePath = join(tempDir(), 'data', 'stagegate.sqlite');
    const result = restoreDatabase({ databasePath, file: backup, latestVersion: LATEST, now: NOW });
    expect(result.keptAside).toBeNull();
    expect(outboxCount(databasePath)).toBe(7);
  });

  it('refuses while another process or connection holds the database lock, and changes nothing', async () => {
    const { databasePath, backup } = await databaseWithBackup(10, 25);
    const lock = tryLockDatabase(databasePath)!;
    try {
      expectUnchanged(
        databasePath,
        () => restoreDatabase({ databasePath, file: backup, latestVersion: LATEST, now: NOW }),
        /A Stagegate bot \(or another restore\) is running on .*stagegate\.sqlite.*Stop it first/,
      );
    } finally {
      lock.release();
    }
    expect(outboxCount(databasePath)).toBe(25);
  });

  it('refuses a damaged backup and leaves the current database in place', async () => {
    const { databasePath, backup } = await databaseWithBackup(3000, 3010);
    corruptDatabase(backup);
    expectUnchanged(
      databasePath,
      () => restoreDatabase({ databasePath, file: backup, latestVersion: LATEST, now: NOW }),
      /is damaged \(SQLite integrity_check: .*\); restore another backup/,
    );
  });

  it('refuses a file that is not an SQLite database', async () => {
    const { databasePath } = await databaseWithBackup(1, 1);
    const file = join(tempDir(), 'notes.sqlite');
    writeFileSync(file, 'these are not the pages you are looking for\n'.repeat(200));
    expectUnchanged(
      databasePath,
      () => restoreDatabase({ databasePath, file, latestVersion: LATEST, now: NOW }),
      /notes\.sqlite is not a Stagegate database \(not an SQLite file\)/,
    );
  });

  it("refuses an SQLite database that is not Stagegate's", async () => {
    const { databasePath } = await databaseWithBackup(1, 1);
    const file = join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    other.close();
    expectUnchanged(
      databasePath,
      () => restoreDatabase({ databasePath, file, latestVersion: LATEST, now: NOW }),
      /other\.sqlite is not a Stagegate database \(an SQLite file without Stagegate's tables\)/,
    );
  });

  it('refuses a backup written by a newer Stagegate', async () => {
    const { databasePath, backup } = await databaseWithBackup(1, 1);
    const newer = new Database(backup);
    newer.pragma(`user_version = ${LATEST + 1}`);
    newer.close();
    expectUnchanged(
      databasePath,
      () => restoreDatabase({ databasePath, file: backup, latestVersion: LATEST, now: NOW }),
      `was written by a newer Stagegate (schema version ${LATEST + 1}; this one knows up to ${LATEST}). Upgrade Stagegate first`,
    );
  });

  it('refuses a missing file and the current database itself', async () => {
    const { databasePath } = await databaseWithBackup(1, 1);
    expect(() =>
      restoreDatabase({
        databasePath,
        file: join(tempDir(), 'nope.sqlite'),
        latestVersion: LATEST,
        now: NOW,
      }),
    ).toThrow(/There is no file at .*nope\.sqlite/);
    expectUnchanged(
      databasePath,
      () => restoreDatabase({ databasePath, file: databasePath, latestVersion: LATEST, now: NOW }),
      'is the current database; name a backup file',
    );
  });
});
