import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

afterEach(async () => {
  await h.close();
});

describe('the dispatcher', () => {
  it('logs an unexpected failure with context and shows the member only a reference id', async () => {
    const lines: Record<string, unknown>[] = [];
    h = await startHarness({ logDestination: { write: (line) => lines.push(JSON.parse(line)) } });
    // Pull the database out from under the bot: every query now throws.
    h.bot.deps.store.db.close();

    const reply = await h.command(h.members.alice, 'features').reply();
    expect(reply.ephemeral).toBe(true);
    const reference = /`([0-9a-f]{8})`/.exec(reply.content)?.[1];
    expect(reference).toBeDefined();
    expect(reply.content).not.toMatch(/database|TypeError|at /);

    const logged = lines.find((line) => line.reference === reference);
    expect(logged).toMatchObject({
      level: 50,
      msg: 'interaction failed',
      guild: h.guild.id,
      member: h.members.alice.id,
      command: 'features',
    });
    expect(JSON.stringify(lines)).not.toContain(h.config.discordToken);
  });

  it('answers autocomplete with no suggestions instead of an error when the lookup fails', async () => {
    h = await startHarness();
    h.bot.deps.store.db.close();
    const answer = await h.fake
      .sendAutocomplete({
        guildId: h.guild.id,
        userId: h.members.alice.id,
        name: 'features',
        options: { feature: 'da' },
        focused: 'feature',
      })
      .reply();
    expect(answer.choices).toEqual([]);
  });
});

describe('caches', () => {
  it('keeps no members, users or messages from interactions of many distinct members', async () => {
    h = await startHarness();
    const client = h.bot.deps.client;
    const members = Array.from({ length: 40 }, (_, i) =>
      h.fake.addMember(h.guild.id, { username: `member${i}` }),
    );
    await Promise.all(members.map((member) => h.command(member, 'features').reply()));

    const guild = client.guilds.cache.get(h.guild.id)!;
    // Only the bot itself stays cached: permission checks read its member.
    expect([...guild.members.cache.keys()]).toEqual([client.user!.id]);
    expect([...client.users.cache.keys()]).toEqual([client.user!.id]);
    const channel = guild.channels.cache.get(h.channels.general.id);
    expect(channel?.isTextBased() ? channel.messages.cache.size : 0).toBe(0);
    expect(guild.members.me).not.toBeNull();
  });
});
