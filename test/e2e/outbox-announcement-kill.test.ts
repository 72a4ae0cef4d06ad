import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PermissionFlagsBits } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { botProcesses } from '../support/bot-process.js';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord/index.js';

describe('the announcement survives the bot being killed mid-delivery', () => {
  const processes = botProcesses('stagegate-kill-');
  const launch = processes.launch;
  let fake: FakeDiscord;
  let dir: string;
  beforeAll(() => {
    fake = processes.fake();
    dir = processes.dir();
  });

  it('posts exactly one message after SIGKILL between Discord accepting it and the outbox marking it', async () => {
    const guild = fake.addGuild({ name: 'Kill Test' });
    const moderators = fake.addRole(guild.id, {
      name: 'Moderators',
      position: 5,
      permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel,
    });
    const featureRole = fake.addRole(guild.id, { name: 'Beta', position: 2 });
    const general = fake.addChannel(guild.id, { name: 'general' });
    const announcements = fake.addChannel(guild.id, { name: 'announcements' });
    const maintainer = fake.addMember(guild.id, { username: 'maya', roles: [moderators.id] });
    const databasePath = join(dir, 'stagegate.sqlite');
    const env = {
      DISCORD_TOKEN: 'kill-test-token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: guild.id,
      DISCORD_API_URL: fake.restUrl,
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
    };
    await deployCommands(
      {
        discordToken: env.DISCORD_TOKEN,
        applicationId: fake.applicationId,
        guildId: guild.id,
        databasePath,
        apiUrl: fake.restUrl,
        logLevel: 'silent',
      },
      COMMANDS,
    );
    const command = (name: string, options: Record<string, string | boolean>, subcommand?: string) =>
      fake.sendCommand({
        guildId: guild.id,
        userId: maintainer.id,
        channelId: general.id,
        name,
        options,
        ...(subcommand ? { subcommand } : {}),
      });

    const first = launch(env);
    await fake.waitForGateway(30_000);
    expect(
      (await command('setup', { channel: announcements.id }, 'announcements').reply(30_000)).content,
    ).toContain('announced in');
    const created = await command(
      'feature',
      { key: 'dark-mode', name: 'Dark Mode', description: 'Dark', role: featureRole.id },
      'create',
    ).reply(30_000);
    expect(created.content).toContain('Created');

    // Discord receives the post, but its answer is held back until after the bot is dead.
    fake.setLatency(3_000);
    command('promote', { feature: 'dark-mode', force: true });
    const path = `/channels/${announcements.id}/messages`;
    let inFlight: RecordedRequest | undefined;
    await expect
      .poll(
        () => {
          inFlight = fake.requests.find((r) => r.method === 'POST' && r.path === path);
          return inFlight !== undefined;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    first.child.kill('SIGKILL');
    await first.exited;
    // Discord accepted the message after all; the dead bot never heard back.
    await expect.poll(() => inFlight!.status, { timeout: 10_000 }).toBe(200);
    expect(fake.channelMessages(announcements.id)).toHaveLength(1);
    fake.setLatency(0);

    const db = new Database(databasePath, { readonly: true });
    try {
      expect(db.prepare('SELECT status FROM outbox').pluck().all()).toEqual(['pending']);
      expect(db.prepare('SELECT count(*) FROM promotion').pluck().get()).toBe(1);

      const second = launch(env);
      await expect
        .poll(() => db.prepare('SELECT status FROM outbox').pluck().get(), { timeout: 30_000 })
        .toBe('delivered');
      // The restarted bot looks for the message before posting (the nonce alone lasts minutes).
      const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === path);
      expect(posts).toHaveLength(1);
      expect(fake.requests.some((r) => r.method === 'GET' && r.path === path)).toBe(true);
      const messages = fake.channelMessages(announcements.id);
      expect(messages).toHaveLength(1);
      expect(db.prepare('SELECT result FROM outbox').pluck().get()).toBe(messages[0]!.id);
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      db.close();
    }
    fake.assertNoViolations();
  }, 120_000);
});
