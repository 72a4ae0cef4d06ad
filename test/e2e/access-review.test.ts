import { GatewayIntentBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

const feature = () =>
  h.rows<{ role_id: string; seat_cap: number | null; level: string; feedback_channel_id: string | null }>(
    "SELECT role_id, seat_cap, level, feedback_channel_id FROM feature WHERE key = 'dark-mode'",
  )[0]!;

async function grant(member: FakeMember): Promise<void> {
  const reply = await h
    .sub(h.members.maintainer, 'access', 'grant', { feature: 'dark-mode', member: member.id })
    .reply();
  expect(reply.content).toContain('Granted');
}

/** Deletes a role the way Discord does: gone from the server and from every member who had it. */
function deleteRole(roleId: string): void {
  const guild = h.fake.guilds.get(h.guild.id)!;
  guild.roles.delete(roleId);
  for (const member of guild.members.values()) member.roles.delete(roleId);
  h.fake.world.dispatch(
    'GUILD_ROLE_DELETE',
    { guild_id: h.guild.id, role_id: roleId },
    GatewayIntentBits.Guilds,
  );
}

const failureReports = () =>
  h.fake.channelMessages(h.channels.log.id).filter((m) => m.content.startsWith('Could not'));

describe('a deleted feature role', () => {
  it('entering GA under the remove policy reports no failure per member when the role is gone', async () => {
    await h.sub(h.members.maintainer, 'setup', 'log', { channel: h.channels.log.id }).reply();
    await h.sub(h.members.maintainer, 'setup', 'ga-roles', { policy: 'remove' }).reply();
    await h.createFeature('dark-mode');
    await grant(h.members.alice);
    await grant(h.members.bob);
    await h.outboxIdle();
    await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true }).reply();
    h.clock.advanceDays(1);
    deleteRole(h.roles.betaRole.id);
    const reply = await h
      .command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true })
      .reply();
    expect(reply.content).toContain('General Availability');
    expect(feature().level).toBe('ga');
    await h.outboxIdle();
    expect(h.count('outbox', "kind = 'role-remove' AND status = 'delivered'")).toBe(2);
    expect(failureReports()).toEqual([]);
    expect(h.fake.directMessages(h.members.maintainer.id)).toEqual([]);
  });
});

describe('spec', () => {
  it('every request the bot sent validated against the OpenAPI description', () => {
    expect(h.fake.violations).toEqual([]);
  });
});
