import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { backupFolder, listBackups } from '../../src/ops/backup.js';
import { BackupSchedule } from '../../src/ops/backup-schedule.js';
import { TestClock } from '../support/clock.js';
import { makeStagegateDatabase, outboxCount, tempDir } from './helpers.js';

const HOUR = 60 * 60_000;

function schedule(
  databasePath: string,
  clock: TestClock,
  keep: number,
  onResult?: (r: 'ok' | 'failed') => void,
) {
  return new BackupSchedule({
    databasePath,
    folder: backupFolder(databasePath, undefined),
    intervalMs: 24 * HOUR,
    keep,
    logger: pino({ level: 'silent' }),
    scheduler: clock,
    ...(onResult ? { onResult } : {}),
  });
}

describe('scheduled backups', () => {
  it('backs up at once when the folder has none of ours, then keeps the newest BACKUP_KEEP', async () => {
    const databasePath = join(tempDir(), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 12);
    const folder = backupFolder(databasePath, undefined).dir;
    mkdirSync(folder);
    for (const day of ['01', '02', '03'])
      writeFileSync(join(folder, `stagegate-202512${day}T000000Z.sqlite`), '');
    writeFileSync(join(folder, 'before-upgrade.sqlite'), '');
    const clock = new TestClock(new Date('2026-01-05T12:00:00.000Z'));
    const results: string[] = [];
    const backups = schedule(databasePath, clock, 2, (r) => results.push(r));
    // The newest of ours is more than a day old: due now.
    expect(backups.msUntilDue()).toBe(0);

    backups.start();
    await expect.poll(() => results).toEqual(['ok']);
    await backups.stop();

    const kept = listBackups(folder);
    expect(kept.map((b) => b.path.slice(folder.length + 1))).toEqual([
      'stagegate-20260105T120000Z.sqlite',
      'stagegate-20251203T000000Z.sqlite',
    ]);
    expect(outboxCount(kept[0]!.path)).toBe(12);
  });

  it('waits until the newest backup is an interval old, so a restart neither skips nor repeats one', () => {
    const databasePath = join(tempDir(), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 1);
    const folder = backupFolder(databasePath, undefined).dir;
    mkdirSync(folder);
    writeFileSync(join(folder, 'stagegate-20260105T020000Z.sqlite'), '');
    const clock = new TestClock(new Date('2026-01-05T12:00:00.000Z'));
    expect(schedule(databasePath, clock, 7).msUntilDue()).toBe(14 * HOUR);
  });
});
