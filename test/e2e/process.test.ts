import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBot } from '../support/build.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';

const build = builtBot();
let fake: FakeDiscord;
let dir: string;

beforeAll(async () => {
  fake = await startFakeDiscord();
  dir = mkdtempSync(join(tmpdir(), 'stagegate-process-'));
});

afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

function launch(
  script: string,
  env: Record<string, string>,
): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: dir,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('the bot as a process (what npm start and npm run deploy-commands run)', () => {
  it('registers the commands, logs in, answers /features and shuts down cleanly on SIGTERM', async () => {
    const guild = fake.addGuild({ name: 'Process Test' });
    fake.addChannel(guild.id, { name: 'general' });
    const member = fake.addMember(guild.id, { username: 'pat' });
    const databasePath = join(dir, 'data', 'stagegate.sqlite');
    const env = {
      DISCORD_TOKEN: 'process-test-token-value',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: guild.id,
      DISCORD_API_URL: fake.restUrl,
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
    };

    const deploy = launch(build.deployCommands, env);
    expect(await deploy.exited).toBe(0);
    expect(fake.commands(guild.id)).toHaveLength(13);

    const bot = launch(build.main, env);
    await fake.waitForGateway(30_000);
    const reply = await fake
      .sendCommand({ guildId: guild.id, userId: member.id, name: 'features' })
      .reply(30_000);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('No active features');

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const log = bot.output();
    expect(log).toContain('logged in');
    expect(log).toContain('stopped');
    expect(log).not.toContain(env.DISCORD_TOKEN);

    // The database was created at the configured path, migrated, and closed cleanly (WAL folded back).
    const db = new Database(databasePath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
    fake.assertNoViolations();
  }, 90_000);
});
