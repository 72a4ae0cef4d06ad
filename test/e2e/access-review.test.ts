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

const roles = (member: FakeMember) => h.fake.memberRoles(h.guild.id, member.id);

const feature = () =>
  h.rows<{ role_id: string; seat_cap: number | null; level: string; feedback_channel_id: string | null }>(
    "SELECT role_id, seat_cap, level, feedback_channel_id FROM feature WHERE key = 'dark-mode'",
  )[0]!;

async function grant(member: FakeMember): Promise<void> {
  expect((await h.grant(member)).content).toContain('Granted');
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

describe('/feature edit role', () => {
  it('moves every member with access from the old role to the new one', async () => {
    await h.createFeature('dark-mode');
    await grant(h.members.alice);
    await grant(h.members.bob);
    await h.outboxIdle();
    expect(roles(h.members.alice)).toContain(h.roles.betaRole.id);

    const reply = await h
      .sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', role: h.roles.previewRole.id })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('role');
    expect(feature().role_id).toBe(h.roles.previewRole.id);
    await h.outboxIdle();
    for (const member of [h.members.alice, h.members.bob]) {
      expect(roles(member)).toContain(h.roles.previewRole.id);
      expect(roles(member)).not.toContain(h.roles.betaRole.id);
    }
    expect(roles(h.members.carol)).not.toContain(h.roles.previewRole.id);
    expect(
      h.rows<{ kind: string; role: string; status: string }>(
        "SELECT kind, json_extract(payload, '$.roleId') AS role, status FROM outbox WHERE id > 2 ORDER BY id",
      ),
    ).toEqual([
      { kind: 'role-remove', role: h.roles.betaRole.id, status: 'delivered' },
      { kind: 'role-add', role: h.roles.previewRole.id, status: 'delivered' },
      { kind: 'role-remove', role: h.roles.betaRole.id, status: 'delivered' },
      { kind: 'role-add', role: h.roles.previewRole.id, status: 'delivered' },
    ]);
  });

  it('gives members the new role when the old one was deleted, reporting no failure', async () => {
    await h.setLogChannel();
    await h.createFeature('dark-mode');
    await grant(h.members.alice);
    await h.outboxIdle();
    deleteRole(h.roles.betaRole.id);

    await h
      .sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', role: h.roles.previewRole.id })
      .reply();
    await h.outboxIdle();
    expect(roles(h.members.alice)).toContain(h.roles.previewRole.id);
    expect(h.count('outbox', "status = 'failed'")).toBe(0);
    expect(failureReports()).toEqual([]);
    expect(h.fake.directMessages(h.members.maintainer.id)).toEqual([]);
  });
});

describe('refusals that change nothing', () => {
  it('refuses /access grant for a user who is not in the server', async () => {
    await h.createFeature('dark-mode');
    const stranger = h.fake.world.ensureUser('999999999999999999', 'stranger');
    const reply = await h.grant(stranger);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('not a member of this server');
    expect(h.count('access_grant')).toBe(0);
    expect(h.count('outbox')).toBe(0);
  });

  it('refuses /invite create for a user who is not in the server', async () => {
    await h.createFeature('dark-mode');
    const stranger = h.fake.world.ensureUser('999999999999999998', 'outsider');
    const reply = await h
      .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', member: stranger.id })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('not a member of this server');
    expect(h.count('invite')).toBe(0);
    expect(h.count('outbox')).toBe(0);
  });

  it('refuses a seat cap for a feature past Early Access, in /feature edit and /access seats', async () => {
    await h.createFeature('dark-mode');
    const promoted = await h
      .command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true })
      .reply();
    expect(promoted.content).toContain('Promoted');
    const edit = await h
      .sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', seats: 5 })
      .reply();
    expect(edit.ephemeral).toBe(true);
    expect(edit.content).toContain('Early Access');
    const seats = await h
      .sub(h.members.maintainer, 'access', 'seats', { feature: 'dark-mode', count: 5 })
      .reply();
    expect(seats.ephemeral).toBe(true);
    expect(seats.content).toContain('Early Access');
    expect(feature().seat_cap).toBeNull();
  });

  it('refuses a feedback channel the bot cannot post in, naming the missing permission', async () => {
    const created = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'dark-mode',
        name: 'Dark Mode',
        description: 'Dark',
        role: h.roles.betaRole.id,
        channel: h.channels.readOnly.id,
      })
      .reply();
    expect(created.ephemeral).toBe(true);
    expect(created.content).toContain('missing Send Messages');
    expect(h.count('feature')).toBe(0);

    await h.createFeature('dark-mode');
    const edit = await h
      .sub(h.members.maintainer, 'feature', 'edit', {
        feature: 'dark-mode',
        channel: h.channels.readOnly.id,
      })
      .reply();
    expect(edit.content).toContain('missing Send Messages');
    expect(feature().feedback_channel_id).toBeNull();
  });

  it('refuses a role another active feature already hands out, in /feature create and /feature edit', async () => {
    await h.createFeature('dark-mode');
    const created = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'search',
        name: 'Search',
        description: 'Search',
        role: h.roles.betaRole.id,
      })
      .reply();
    expect(created.ephemeral).toBe(true);
    expect(created.content).toContain('already the role of **Dark Mode**');
    expect(h.count('feature')).toBe(1);

    await h.createFeature('search', { role: h.roles.previewRole.id });
    const edit = await h
      .sub(h.members.maintainer, 'feature', 'edit', { feature: 'search', role: h.roles.betaRole.id })
      .reply();
    expect(edit.content).toContain('already the role of **Dark Mode**');
    expect(h.rows("SELECT role_id FROM feature WHERE key = 'search'")).toEqual([
      { role_id: h.roles.previewRole.id },
    ]);
    const same = await h
      .sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', role: h.roles.betaRole.id })
      .reply();
    expect(same.content).toContain('Updated');
    expect(h.count('outbox')).toBe(0);
  });

  it('refuses a feature role that carries moderation permissions, since /join would hand them out', async () => {
    const reply = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'dark-mode',
        name: 'Dark Mode',
        description: 'Dark',
        role: h.roles.moderators.id,
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Manage Server');
    expect(h.count('feature')).toBe(0);
  });

  it('refuses a retirement reason longer than 500 characters', async () => {
    await h.createFeature('dark-mode');
    await grant(h.members.alice);
    await h.outboxIdle();
    const outboxBefore = h.count('outbox');
    const reply = await h
      .sub(h.members.maintainer, 'feature', 'retire', { feature: 'dark-mode', reason: 'x'.repeat(501) })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('500');
    expect(h.count('feature', "state = 'retired'")).toBe(0);
    expect(h.count('access_grant', 'revoked_at IS NULL')).toBe(1);
    expect(h.count('outbox')).toBe(outboxBefore);
  });
});

describe('waitlist and invites', () => {
  it('takes a waiting member off the waitlist when a maintainer invites them by name, so admit skips them', async () => {
    await h.createFeature('dark-mode');
    await h.command(h.members.alice, 'join', { feature: 'dark-mode' }).reply();
    await h.command(h.members.bob, 'join', { feature: 'dark-mode' }).reply();
    await h
      .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', member: h.members.alice.id })
      .reply();
    expect(h.rows('SELECT member_id, close_reason FROM waitlist_entry WHERE closed_at IS NOT NULL')).toEqual([
      { member_id: h.members.alice.id, close_reason: 'admitted' },
    ]);
    const admit = await h
      .sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 1 })
      .reply();
    expect(admit.content).toContain(`<@${h.members.bob.id}>`);
    expect(admit.content).not.toContain(`<@${h.members.alice.id}>`);
    expect(h.count('invite', 'target_member_id = ?', h.members.alice.id)).toBe(1);
    await h.outboxIdle();
    expect(h.fake.directMessages(h.members.alice.id)).toHaveLength(1);
  });
});

describe('General Availability', () => {
  it('/leave under the keep policy ends the grant and removes the badge role', async () => {
    await h.createFeature('dark-mode');
    await grant(h.members.alice);
    await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true }).reply();
    h.clock.advanceDays(1);
    await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true }).reply();
    await h.outboxIdle();
    expect(feature().level).toBe('ga');
    expect(roles(h.members.alice)).toContain(h.roles.betaRole.id);
    const left = await h.command(h.members.alice, 'leave', { feature: 'dark-mode' }).reply();
    expect(left.ephemeral).toBe(true);
    expect(h.count('access_grant', 'revoked_at IS NULL')).toBe(0);
    await h.outboxIdle();
    expect(roles(h.members.alice)).not.toContain(h.roles.betaRole.id);
    const joined = await h.command(h.members.alice, 'join', { feature: 'dark-mode' }).reply();
    expect(joined.content).toContain('everyone already has it');
    expect(h.count('access_grant')).toBe(1);
  });

  it('/leave on a GA feature without a badge says there is nothing to give up and changes nothing', async () => {
    await h.createFeature('dark-mode');
    await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true }).reply();
    h.clock.advanceDays(1);
    await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true }).reply();
    expect(feature().level).toBe('ga');
    const outboxBefore = h.count('outbox');
    const left = await h.command(h.members.bob, 'leave', { feature: 'dark-mode' }).reply();
    expect(left.ephemeral).toBe(true);
    expect(left.content).toContain('generally available');
    expect(h.count('outbox')).toBe(outboxBefore);
    expect(h.count('access_grant')).toBe(0);
  });
});

describe('a deleted feature role', () => {
  it('announces a promotion without mentioning a role that no longer exists', async () => {
    await h.setAnnouncementChannel();
    await h.createFeature('dark-mode');
    deleteRole(h.roles.betaRole.id);
    await expect
      .poll(() => h.bot.deps.client.guilds.cache.get(h.guild.id)?.roles.cache.has(h.roles.betaRole.id))
      .toBe(false);
    const reply = await h
      .command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true })
      .reply();
    expect(reply.content).toContain('Promoted');
    await h.outboxIdle();
    const [announcement] = h.fake.channelMessages(h.channels.announcements.id);
    expect(announcement!.content).not.toContain(h.roles.betaRole.id);
    expect(announcement!.body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(announcement!.embeds)).toContain('Dark Mode');
  });

  it('entering GA under the remove policy reports no failure per member when the role is gone', async () => {
    await h.setLogChannel();
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
