/**
 * Issue 12, defect 9: a feature role's permissions were checked only at `/feature create|edit`,
 * so a role that gained a dangerous permission later in Server Settings was handed to anyone who
 * signed up in Preview. `/join` (before the terms and at Accept) and `/access grant` check the
 * role as the bot's role cache has it now.
 */
import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await h.setChannels();
  await h.createFeature('dark-mode');
  await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true }).reply();
  await h.outboxIdle();
});

afterEach(async () => {
  await h.close();
});

/** Gives the feature's role `permissions` in Server Settings; resolves once the bot's cache has them. */
async function grantRolePermissions(permissions: bigint): Promise<void> {
  const role = h.fake.updateRole(h.guild.id, h.roles.betaRole.id, { permissions });
  await expect
    .poll(
      () => h.bot.deps.client.guilds.cache.get(h.guild.id)?.roles.cache.get(role.id)?.permissions.bitfield,
    )
    .toBe(permissions);
}

const roleAdds = () => h.fake.requests.filter((r) => r.method === 'PUT' && r.path.includes('/roles/'));
const logPosts = () => h.fake.channelMessages(h.channels.log.id);
const hasRole = (memberId: string) => h.fake.memberRoles(h.guild.id, memberId).includes(h.roles.betaRole.id);

describe('a feature role that gained a dangerous permission', () => {
  it('is refused at /join before the terms, grants nothing, and the log channel is told once', async () => {
    await grantRolePermissions(PermissionFlagsBits.Administrator | PermissionFlagsBits.SendMessages);
    const logBefore = logPosts().length;
    for (const member of [h.members.alice, h.members.bob]) {
      const reply = await h.command(member, 'join', { feature: 'dark-mode' }).reply();
      expect(reply.ephemeral).toBe(true);
      expect(reply.customIds).toEqual([]);
      expect(reply.content).toBe(
        'You cannot join **Dark Mode** right now: its role carries permissions a feature role must not have, so Stagegate does not hand it out until the maintainers fix it. Try again later.',
      );
    }
    await h.outboxIdle();
    const told = logPosts().slice(logBefore);
    expect(told.map((m) => m.content)).toEqual([
      `⚠️ The role Dark Mode Beta of **Dark Mode** (\`dark-mode\`) now carries Administrator. Stagegate hands this role to members who join, so it grants it to nobody until the role is fixed: remove these permissions from the role in Server Settings > Roles, or give the feature another role with \`/feature edit\`.`,
    ]);
    expect(h.count('access_grant')).toBe(0);
    expect(roleAdds()).toEqual([]);
  });

  it('is refused at Accept when it gained the permission while the terms were on screen', async () => {
    const prompt = await h.command(h.members.alice, 'join', { feature: 'dark-mode' }).reply();
    const accept = prompt.customIds.find((id) => id.startsWith('join:accept'))!;
    expect(accept).toBeDefined();
    await grantRolePermissions(PermissionFlagsBits.BanMembers);
    const answer = await h.fake
      .clickButton({
        guildId: h.guild.id,
        userId: h.members.alice.id,
        customId: accept,
        ...(prompt.messageId ? { messageId: prompt.messageId } : {}),
      })
      .response();
    expect(answer.content).toContain('You cannot join **Dark Mode** right now');
    await h.outboxIdle();
    expect(h.count('access_grant')).toBe(0);
    expect(hasRole(h.members.alice.id)).toBe(false);
    expect(roleAdds()).toEqual([]);
    expect(logPosts().at(-1)?.content).toContain('now carries Ban Members');
  });

  it('is refused at /access grant with the permissions named, and granted again once the role is fixed', async () => {
    await grantRolePermissions(PermissionFlagsBits.ManageRoles | PermissionFlagsBits.ViewAuditLog);
    const refused = await h.grant(h.members.alice);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toBe(
      'Not granted: the role Dark Mode Beta of **Dark Mode** now carries Manage Roles, View Audit Log, which a feature role must not have, so Stagegate does not hand it out. Remove these permissions from the role in Server Settings > Roles, or give the feature another role with `/feature edit`.',
    );
    await h.outboxIdle();
    expect(h.count('access_grant')).toBe(0);
    expect(roleAdds()).toEqual([]);

    await grantRolePermissions(0n);
    expect((await h.grant(h.members.alice)).content).toContain('Granted');
    await h.outboxIdle();
    expect(hasRole(h.members.alice.id)).toBe(true);
    expect(h.rows('SELECT role_alert FROM feature')).toEqual([{ role_alert: null }]);
  });
});

describe('role reconciliation of a feature role that gained a dangerous permission', () => {
  it('gives the role back to nobody, at /access list or when the member is seen, and says why', async () => {
    await h.grant(h.members.alice);
    await h.outboxIdle();
    expect(hasRole(h.members.alice.id)).toBe(true);
    // The role is taken from Alice by hand, then gains Ban Members in Server Settings.
    h.fake.setMemberRoles(h.guild.id, h.members.alice.id, []);
    await grantRolePermissions(PermissionFlagsBits.BanMembers);
    const addsBefore = roleAdds().length;

    const listing = await h.sub(h.members.maintainer, 'access', 'list', { feature: 'dark-mode' }).response();
    expect(listing.content).toContain(
      'Roles found missing are not given back: the role Dark Mode Beta now carries Ban Members, which a feature role must not have.',
    );
    // Seen in an interaction without the role: not given back either.
    await h.command(h.members.alice, 'join', { feature: 'dark-mode' }).reply();
    await h.outboxIdle();
    expect(roleAdds()).toHaveLength(addsBefore);
    expect(hasRole(h.members.alice.id)).toBe(false);
    // Her grant stays: once the role is fixed, it can be given back.
    expect(h.count('access_grant', 'revoked_at IS NULL')).toBe(1);
  });
});
