import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupFolder, listBackups, pruneBackups } from '../../src/ops/backup.js';
import { OpsError } from '../../src/ops/errors.js';
import { openStore } from '../../src/store/store.js';
import {
  addOutboxRows,
  corruptDatabase,
  makeStagegateDatabase,
  modeOf,
  outboxCount,
  tempDir,
} from './helpers.js';

const NOW = new Date('2026-01-05T12:00:00.000Z');

describe('backupDatabase', () => {
  it('copies the database while it is being written, checks the copy and names it by the UTC time', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    const store = openStore(databasePath);
    addOutboxRows(store, 3000);
    const folder = backupFolder(databasePath, undefined);

    // The bot keeps committing on its own connection while the copy runs.
    let writes = 0;
    const writer = setInterval(() => {
      addOutboxRows(store, 5);
      writes += 5;
    }, 1);
    const result = await backupDatabase({ databasePath, folder, now: NOW });
    clearInterval(writer);

    expect(result.path).toBe(join(dir, 'backups', 'stagegate-20260105T120000Z.sqlite'));
    const copied = outboxCount(result.path);
    // One snapshot: every row committed before the copy began, none half-written after.
    expect(copied).toBeGreaterThanOrEqual(3000);
    expect(copied).toBeLessThanOrEqual(3000 + writes);
    expect(copied % 5).toBe(0);
    const copy = new Database(result.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(readdirSync(folder.dir)).toEqual(['stagegate-20260105T120000Z.sqlite']);
    store.close();
  });

  it('makes the backup and its folder readable by the owner only', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    makeStagegateDatabase(databasePath);
    const result = await backupDatabase({
      databasePath,
      folder: backupFolder(databasePath, undefined),
      now: NOW,
    });
    expect(modeOf(result.path)).toBe(0o600);
    expect(modeOf(join(dir, 'backups'))).toBe(0o700);
  });

  it('names a second backup of the same second apart instead of overwriting the first', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    makeStagegateDatabase(databasePath);
    const folder = backupFolder(databasePath, undefined);
    const first = await backupDatabase({ databasePath, folder, now: NOW });
    const second = await backupDatabase({ databasePath, folder, now: NOW });
    expect(second.path).toBe(join(dir, 'backups', 'stagegate-20260105T120000Z-2.sqlite'));
    expect(existsSync(first.path)).toBe(true);
    expect(listBackups(folder.dir).map((b) => b.path)).toEqual([second.path, first.path]);
  });

  it('refuses a BACKUP_DIR that does not exist, naming it, instead of creating it', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    makeStagegateDatabase(databasePath);
    const missing = join(dir, 'mnt', 'backups');
    const attempt = backupDatabase({
      databasePath,
      folder: backupFolder(databasePath, { dir: missing, intervalMs: null, keep: 7 }),
      now: NOW,
    });
    await expect(attempt).rejects.toThrow(OpsError);
    await expect(attempt).rejects.toThrow(`The backup folder ${missing} (BACKUP_DIR) does not exist`);
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a folder it cannot write in, and leaves the database as it was', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    makeStagegateDatabase(databasePath);
    const before = readFileSync(databasePath);
    // A path below a regular file cannot be created or written, even by root.
    writeFileSync(join(dir, 'not-a-folder'), '');
    const attempt = backupDatabase({
      databasePath,
      folder: { dir: join(dir, 'not-a-folder', 'backups'), isDefault: true },
      now: NOW,
    });
    await expect(attempt).rejects.toThrow(/Cannot create the backup folder .*not-a-folder/);
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });

  it('keeps nothing when the copy fails its integrity check, and says the database may be damaged', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 3000);
    corruptDatabase(databasePath);
    const before = readFileSync(databasePath);
    const folder = backupFolder(databasePath, undefined);
    await expect(backupDatabase({ databasePath, folder, now: NOW })).rejects.toThrow(
      /failed SQLite's integrity check .*The database itself is probably damaged/,
    );
    expect(readdirSync(folder.dir)).toEqual([]);
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });

  it('does not start when already aborted', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 3000);
    const folder = backupFolder(databasePath, undefined);
    const controller = new AbortController();
    controller.abort();
    await expect(
      backupDatabase({ databasePath, folder, now: NOW, signal: controller.signal }),
    ).rejects.toThrow('The backup was cancelled.');
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('stops a backup under way when aborted and leaves no partial file', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 3000);
    const folder = backupFolder(databasePath, undefined);
    const controller = new AbortController();
    const attempt = backupDatabase({ databasePath, folder, now: NOW, signal: controller.signal });
    controller.abort();
    await expect(attempt).rejects.toThrow('The backup was cancelled.');
    expect(readdirSync(folder.dir)).toEqual([]);
  });

  it('refuses when there is no database to back up', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'missing.sqlite');
    await expect(
      backupDatabase({ databasePath, folder: backupFolder(databasePath, undefined), now: NOW }),
    ).rejects.toThrow(/There is no database at .*missing\.sqlite; check DATABASE_PATH/);
  });
});

describe('pruneBackups', () => {
  it('keeps the newest of our backups and never touches other files in the folder', () => {
    const dir = tempDir();
    const names = [
      'stagegate-20260101T000000Z.sqlite',
      'stagegate-20260102T000000Z.sqlite',
      'stagegate-20260103T000000Z.sqlite',
      'stagegate-20260103T000000Z-2.sqlite',
      'stagegate-20260104T000000Z.sqlite',
    ];
    const others = ['before-upgrade.sqlite', 'stagegate-keep-forever.sqlite', 'notes.txt'];
    mkdirSync(dir, { recursive: true });
    for (const name of [...names, ...others]) writeFileSync(join(dir, name), '');
    // Modification times do not matter: the name carries the time.
    utimesSync(join(dir, names[0]!), new Date(), new Date());

    const removed = pruneBackups(dir, 2);

    expect(removed.map((p) => p.slice(dir.length + 1)).sort()).toEqual(names.slice(0, 3));
    expect(readdirSync(dir).sort()).toEqual([...others, names[3]!, names[4]!].sort());
  });
});
