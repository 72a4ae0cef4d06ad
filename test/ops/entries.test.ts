import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBot } from '../support/build.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { makeStagegateDatabase, modeOf, outboxCount } from './helpers.js';

// The slow project's global setup builds the bot once for every process test.
const build = builtBot();
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stagegate-entries-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a compiled entry (what `npm run backup` / `npm run restore` run) with only `env`. */
function run(
  entry: 'backup' | 'restore',
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dirname(build.main), `${entry}.js`), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      cwd: dir,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run backup and npm run restore as processes', () => {
  it('backs up without Discord credentials and prints only the backup path', async () => {
    const databasePath = join(mkdtempSync(join(dir, 'b-')), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 5);
    const { code, stdout, stderr } = await run('backup', { DATABASE_PATH: databasePath });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\/.*\/backups\/stagegate-\d{8}T\d{6}Z\.sqlite\n$/);
    const path = stdout.trim();
    expect(dirname(path)).toBe(join(dirname(databasePath), 'backups'));
    expect(outboxCount(path)).toBe(5);
    expect(modeOf(path)).toBe(0o600);
  });

  it('exits non-zero with a clear message when BACKUP_DIR does not exist', async () => {
    const databasePath = join(mkdtempSync(join(dir, 'b-')), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 1);
    const missing = join(dir, 'no-such-mount');
    const { code, stdout, stderr } = await run('backup', {
      DATABASE_PATH: databasePath,
      BACKUP_DIR: missing,
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `The backup folder ${missing} (BACKUP_DIR) does not exist. Create it (or mount it), or unset BACKUP_DIR to use backups/ beside the database.\n`,
    );
  });

  it('exits non-zero on a file that is not a Stagegate database, and without a file', async () => {
    const databasePath = join(mkdtempSync(join(dir, 'r-')), 'stagegate.sqlite');
    makeStagegateDatabase(databasePath, 3);
    const before = readFileSync(databasePath);
    const file = join(dir, 'export.csv');
    writeFileSync(file, 'id,feature,level\n1,search,preview\n');

    const wrong = await run('restore', { DATABASE_PATH: databasePath }, [file]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe(`${file} is not a Stagegate database (not an SQLite file).\n`);
    expect(readFileSync(databasePath).equals(before)).toBe(true);

    const none = await run('restore', { DATABASE_PATH: databasePath });
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('Usage: npm run restore -- <backup file>\n');
  });

  describe('with a bot running', () => {
    let fake: FakeDiscord;
    beforeAll(async () => {
      fake = await startFakeDiscord();
    });
    afterAll(async () => {
      await fake?.close();
    });

    it('refuses to restore while the bot runs, restores once it has stopped', async () => {
      const guild = fake.addGuild({ name: 'Entries Test' });
      const databasePath = join(mkdtempSync(join(dir, 'live-')), 'stagegate.sqlite');
      makeStagegateDatabase(databasePath, 4);
      const env = {
        DISCORD_TOKEN: 'entries-test-token-value',
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_GUILD_ID: guild.id,
        DISCORD_API_URL: fake.restUrl,
        DATABASE_PATH: databasePath,
        LOG_LEVEL: 'info',
      };
      const backup = await run('backup', env);
      expect(backup.code).toBe(0);

      const bot = spawn(process.execPath, [build.main], {
        env: { PATH: process.env.PATH ?? '', ...env },
        cwd: dir,
      });
      const botExited = new Promise<number | null>((resolve) => bot.on('exit', (code) => resolve(code)));
      try {
        await fake.waitForGateway(30_000);
        const refused = await run('restore', env, [backup.stdout.trim()]);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(
          `A Stagegate bot (or another restore) is running on ${databasePath}`,
        );
      } finally {
        bot.kill('SIGTERM');
      }
      expect(await botExited).toBe(0);

      const restored = await run('restore', env, [backup.stdout.trim()]);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain(`as ${databasePath} (schema version`);
      expect(restored.stdout).toMatch(
        /kept as .*stagegate-before-restore-\d{8}T\d{6}Z\.sqlite \(with its -wal\/-shm\)/,
      );
      expect(outboxCount(databasePath)).toBe(4);
    }, 90_000);
  });
});
