import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { openStore } from '../../src/store/store.js';
import { botProcesses } from '../support/bot-process.js';
import type { FakeDiscord, InteractionHandle } from '../support/fake-discord/index.js';
import { seedFeature } from '../support/seed.js';

const BURST = 1000;

describe('SIGKILL during a burst of /feedback', () => {
  const processes = botProcesses('stagegate-burst-kill-');
  const launch = processes.launch;
  let fake: FakeDiscord;
  let dir: string;
  beforeAll(() => {
    fake = processes.fake();
    dir = processes.dir();
  });

  it('keeps every acknowledged item once after a restart, and the outbox finishes without a second copy', async () => {
    const guild = fake.addGuild({ name: 'Burst Kill' });
    const role = fake.addRole(guild.id, { name: 'Beta', position: 2 });
    const general = fake.addChannel(guild.id, { name: 'general' });
    const copies = fake.addChannel(guild.id, { name: 'feedback' });
    const databasePath = join(dir, 'stagegate.sqlite');
    // A Preview feature (anyone may give feedback) with a feedback channel, seeded before the bot starts.
    const seed = openStore(databasePath);
    seedFeature(seed, new Date(), {
      guildId: guild.id,
      roleId: role.id,
      feedbackChannelId: copies.id,
      level: 'preview',
    });
    seed.settings.setFeedbackPerMinute(guild.id, 1000, new Date());
    seed.close();
    const env = {
      DISCORD_TOKEN: 'burst-kill-token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: guild.id,
      DISCORD_API_URL: fake.restUrl,
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'warn',
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

    const send = (i: number) => {
      const member = fake.addMember(guild.id, { username: `m${i}` });
      return fake.sendCommand({
        guildId: guild.id,
        userId: member.id,
        channelId: general.id,
        name: 'feedback',
        options: { feature: 'dark-mode', tags: 'idea', message: `Item ${i}` },
      });
    };
    const answered = (handles: InteractionHandle[]) => handles.filter((h) => h.callbacks().length > 0);

    const first = launch(env);
    await fake.waitForGateway(30_000);
    const beforeKill = Array.from({ length: BURST / 2 }, (_, i) => send(i));
    // Killed while answering: some items are answered, some stored but not answered, some never seen.
    await expect.poll(() => answered(beforeKill).length, { timeout: 30_000 }).toBeGreaterThan(100);
    first.child.kill('SIGKILL');
    await first.exited;
    const acknowledged = answered(beforeKill).map((h) => h.id);

    // The restarted bot takes the rest of the burst (Discord does not hand a new session old interactions).
    const identified = fake.gateway.identifies;
    const second = launch(env);
    await expect.poll(() => fake.gateway.identifies, { timeout: 30_000 }).toBeGreaterThan(identified);
    const afterRestart = Array.from({ length: BURST / 2 }, (_, i) => send(BURST / 2 + i));
    await Promise.all(afterRestart.map((h) => h.reply(30_000)));
    const db = new Database(databasePath, { readonly: true });
    try {
      await expect
        .poll(() => db.prepare("SELECT count(*) FROM outbox WHERE status = 'pending'").pluck().get(), {
          timeout: 60_000,
        })
        .toBe(0);
      const sources = new Set(db.prepare('SELECT source_interaction_id FROM feedback').pluck().all());
      for (const id of [...acknowledged, ...afterRestart.map((h) => h.id)])
        expect(sources.has(id)).toBe(true);
      const bodies = db.prepare('SELECT body FROM feedback').pluck().all() as string[];
      expect(new Set(bodies).size).toBe(bodies.length);
      expect(db.prepare('SELECT max(number) FROM feedback').pluck().get()).toBe(bodies.length);
      const posted = fake.channelMessages(copies.id).map((m) => JSON.stringify(m.embeds));
      expect(posted).toHaveLength(bodies.length);
      expect(new Set(posted).size).toBe(bodies.length);
    } finally {
      db.close();
      second.child.kill('SIGTERM');
      await second.exited;
    }
    fake.assertNoViolations();
  }, 180_000);
});
