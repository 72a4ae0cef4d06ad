import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startBot } from '../../src/bot.js';
import type { Config } from '../../src/config.js';
import { backupDatabase, backupFolder } from '../../src/ops/backup.js';
import { tryLockDatabase } from '../../src/ops/lock.js';
import { restoreDatabase } from '../../src/ops/restore.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/store.js';
import { Harness } from '../support/harness.js';
import { corruptDatabase, GUILD, makeStagegateDatabase, tempDir } from './helpers.js';

/** Refusals happen before the client exists, so nothing listens at this address. */
function offlineConfig(databasePath: string): Config {
  return {
    discordToken: 'test-token',
    applicationId: '123456789012345678',
    guildId: undefined,
    databasePath,
    apiUrl: 'http://127.0.0.1:9/api',
    logLevel: 'silent',
  };
}

const silent = pino({ level: 'silent' });

function guildsIn(path: string): string[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], string>('SELECT guild_id FROM guild_settings ORDER BY guild_id').pluck().all();
  } finally {
    db.close();
  }
}

describe('starting on a damaged or busy database', () => {
  it('refuses a damaged database with the restore command naming the newest backup', async () => {
    const databasePath = join(tempDir(), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 3000);
    const { path } = await backupDatabase({
      databasePath,
      folder: backupFolder(databasePath, undefined),
      now: new Date('2026-01-05T12:00:00.000Z'),
    });
    corruptDatabase(databasePath);

    await expect(startBot(offlineConfig(databasePath), { logger: silent })).rejects.toThrow(
      `so Stagegate will not start on it. Restore a backup with \`npm run restore -- ${path}\``,
    );
    // The refusal released the lock: a restore can run right away.
    expect(tryLockDatabase(databasePath)?.release()).toBeUndefined();
  });

  it('refuses to start while another Stagegate process holds the database', async () => {
    const databasePath = join(tempDir(), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 1);
    const lock = tryLockDatabase(databasePath)!;
    try {
      await expect(startBot(offlineConfig(databasePath), { logger: silent })).rejects.toThrow(
        /Another Stagegate process \(a bot or a restore\) is using .*stagegate\.sqlite/,
      );
    } finally {
      lock.release();
    }
  });

  it('refuses a restore while the bot runs, then the bot starts on the restored data', async () => {
    const databasePath = join(tempDir(), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 0);
    const { path: backup } = await backupDatabase({
      databasePath,
      folder: backupFolder(databasePath, undefined),
      now: new Date('2026-01-05T12:00:00.000Z'),
    });
    // Written after the backup: gone once the backup is restored.
    const later = openStore(databasePath);
    later.settings.ensure('100000000000000999', new Date());
    later.close();

    const h = await Harness.start({ databasePath, deploy: false });
    try {
      const restore = () =>
        restoreDatabase({ databasePath, file: backup, latestVersion: MIGRATIONS.length, now: new Date() });
      expect(restore).toThrow(/A Stagegate bot \(or another restore\) is running on/);
      expect(guildsIn(databasePath)).toEqual([GUILD, '100000000000000999']);

      await h.stopBot();
      expect(restore().keptAside).toMatch(/stagegate-before-restore-\d{8}T\d{6}Z\.sqlite$/);
      await h.startBot();
      const reply = await h.command(h.members.alice, 'features').reply();
      expect(reply.content).toContain('No active features');
      expect(guildsIn(databasePath)).toEqual([GUILD, h.guild.id].sort());
    } finally {
      await h.close();
    }
  });
});
