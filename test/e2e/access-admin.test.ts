import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canGiveFeedback } from '../../src/domain/access.js';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

const hasBeta = (member: FakeMember) =>
  h.fake.memberRoles(h.guild.id, member.id).includes(h.roles.betaRole.id);
const roleRequests = (method: 'PUT' | 'DELETE', member?: FakeMember) =>
  h.fake.requests.filter(
    (r) =>
      r.method === method &&
      r.path.includes('/roles/') &&
      r.status === 204 &&
      (!member || r.path.includes(`/members/${member.id}/`)),
  );

describe('/access grant and revoke', () => {
  it('grants as a maintainer override past a full seat cap, recorded as such', async () => {
    await h.createFeature('dark-mode', { seats: 1 });
    await h.grant(h.members.alice);
    const reply = await h.grant(h.members.bob);
    expect(reply.content).toContain('recorded as a maintainer grant');
    expect(h.rows('SELECT member_id, how, granted_by, terms_version FROM access_grant ORDER BY id')).toEqual([
      {
        member_id: h.members.alice.id,
        how: 'maintainer',
        granted_by: h.members.maintainer.id,
        terms_version: null,
      },
      {
        member_id: h.members.bob.id,
        how: 'maintainer',
        granted_by: h.members.maintainer.id,
        terms_version: null,
      },
    ]);
    await h.outboxIdle();
    expect(hasBeta(h.members.alice) && hasBeta(h.members.bob)).toBe(true);
    const twice = await h.grant(h.members.bob);
    expect(twice.content).toContain('already has access');
    expect(h.count('access_grant')).toBe(2);
  });

  it('revokes with a reason: the role goes, the member is told by DM, and their feedback is refused', async () => {
    await h.createFeature('dark-mode');
    await h.grant(h.members.alice);
    await h.outboxIdle();
    const featureId = h.rows<{ id: number }>('SELECT id FROM feature')[0]!.id;
    const store = h.bot.deps.store;
    expect(canGiveFeedback('early-access', store.access.hasAccess(featureId, h.members.alice.id))).toBe(true);

    const blank = await h
      .sub(h.members.maintainer, 'access', 'revoke', {
        feature: 'dark-mode',
        member: h.members.alice.id,
        reason: '  ',
      })
      .reply();
    expect(blank.content).toContain('Give a reason');
    expect(h.count('access_grant', 'revoked_at IS NULL')).toBe(1);

    const reply = await h
      .sub(h.members.maintainer, 'access', 'revoke', {
        feature: 'dark-mode',
        member: h.members.alice.id,
        reason: 'Shared screenshots publicly',
      })
      .reply();
    expect(reply.content).toContain('Revoked the access');
    expect(h.rows('SELECT revoked_by, revoke_reason FROM access_grant')).toEqual([
      { revoked_by: h.members.maintainer.id, revoke_reason: 'Shared screenshots publicly' },
    ]);
    await h.outboxIdle();
    expect(hasBeta(h.members.alice)).toBe(false);
    const dms = h.fake.directMessages(h.members.alice.id);
    expect(dms).toHaveLength(1);
    expect(dms[0]!.content).toContain('Reason: Shared screenshots publicly');
    // /feedback (another helper's command) checks exactly this: Early Access needs a live grant.
    expect(canGiveFeedback('early-access', store.access.hasAccess(featureId, h.members.alice.id))).toBe(
      false,
    );

    const again = await h
      .sub(h.members.maintainer, 'access', 'revoke', {
        feature: 'dark-mode',
        member: h.members.alice.id,
        reason: 'x',
      })
      .reply();
    expect(again.content).toContain('has no access');
  });
});

describe('/access pause, resume and seats', () => {
  it('lowering the seat cap below the count revokes nobody but admits nobody new', async () => {
    await h.createFeature('dark-mode');
    await h.grant(h.members.alice);
    await h.grant(h.members.bob);
    const reply = await h
      .sub(h.members.maintainer, 'access', 'seats', { feature: 'dark-mode', count: 1 })
      .reply();
    expect(reply.content).toContain('Nobody is removed');
    expect(h.rows('SELECT seat_cap FROM feature')).toEqual([{ seat_cap: 1 }]);
    expect(h.count('access_grant', 'revoked_at IS NULL')).toBe(2);

    await h
      .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', member: h.members.carol.id })
      .reply();
    const full = await h.command(h.members.carol, 'join', { feature: 'dark-mode' }).reply();
    expect(full.content).toContain('no free seat');
    expect(h.count('access_grant')).toBe(2);
    await h.outboxIdle();
    expect(roleRequests('DELETE')).toHaveLength(0);
  });

  it('pauses and resumes admissions once each', async () => {
    await h.createFeature('dark-mode');
    expect(
      (await h.sub(h.members.maintainer, 'access', 'pause', { feature: 'dark-mode' }).reply()).content,
    ).toContain('paused');
    expect(h.rows('SELECT admissions_paused FROM feature')).toEqual([{ admissions_paused: 1 }]);
    expect(
      (await h.sub(h.members.maintainer, 'access', 'pause', { feature: 'dark-mode' }).reply()).content,
    ).toContain('already paused');
    await h.sub(h.members.maintainer, 'access', 'resume', { feature: 'dark-mode' }).reply();
    expect(h.rows('SELECT admissions_paused FROM feature')).toEqual([{ admissions_paused: 0 }]);
  });
});

describe('/access list and role reconciliation', () => {
  it('lists members with access and gives the role back to a member who lost it', async () => {
    await h.createFeature('dark-mode');
    await h.grant(h.members.alice);
    await h.grant(h.members.bob);
    await h.outboxIdle();
    // Someone removed the role by hand in Discord.
    h.fake.setMemberRoles(h.guild.id, h.members.bob.id, []);

    const list = await h.sub(h.members.maintainer, 'access', 'list', { feature: 'dark-mode' }).response();
    expect(list.ephemeral).toBe(true);
    expect(list.embeds[0]?.title).toBe('Dark Mode: 2 members with access');
    expect(list.embeds[0]?.description).toContain(`<@${h.members.alice.id}>`);
    expect(list.content).toContain('1 had lost the role');
    await expect.poll(() => hasBeta(h.members.bob)).toBe(true);
    expect(roleRequests('PUT', h.members.bob)).toHaveLength(2);
    expect(roleRequests('PUT', h.members.alice)).toHaveLength(1);
    const gets = h.fake.requests.filter(
      (r) => r.method === 'GET' && /\/guilds\/\d+\/members\/\d+$/.test(r.path),
    );
    expect(gets).toHaveLength(2);
  });

  it('takes the role from a member seen holding it without access', async () => {
    await h.createFeature('dark-mode');
    h.fake.setMemberRoles(h.guild.id, h.members.carol.id, [h.roles.betaRole.id]);
    const reply = await h.command(h.members.carol, 'join', { feature: 'dark-mode' }).reply();
    expect(reply.content).toContain('waitlist');
    await expect.poll(() => hasBeta(h.members.carol)).toBe(false);
    expect(roleRequests('DELETE', h.members.carol)).toHaveLength(1);
  });
});

describe('role failures Discord will not accept', () => {
  it('reports a role above the bot to the log channel and the maintainer who acted, in words they can act on', async () => {
    await h.createFeature('dark-mode');
    h.db.prepare('UPDATE feature SET role_id = ?').run(h.roles.highRole.id);
    h.db.prepare('UPDATE guild_settings SET log_channel_id = ?').run(h.channels.log.id);
    await h.grant(h.members.alice);
    await expect.poll(() => h.count('outbox', "status = 'failed'")).toBe(1);
    await h.outboxIdle();
    const [logged] = h.fake.channelMessages(h.channels.log.id);
    expect(logged?.content).toContain(
      `Could not give <@&${h.roles.highRole.id}> to <@${h.members.alice.id}>`,
    );
    expect(logged?.content).toContain("Drag the bot's role above the feature roles");
    const [dm] = h.fake.directMessages(h.members.maintainer.id);
    expect(dm?.content).toBe(logged?.content);
    expect(h.fake.memberRoles(h.guild.id, h.members.alice.id)).not.toContain(h.roles.highRole.id);
  });

  it('reports a member who left before the role could be given', async () => {
    await h.createFeature('dark-mode');
    h.db.prepare('UPDATE guild_settings SET log_channel_id = ?').run(h.channels.log.id);
    const ghost = h.fake.addMember(h.guild.id, { username: 'ghost' });
    // The grant is sent while ghost is a member (a user outside the server is refused up front).
    const granting = h.grant(ghost);
    h.fake.removeMember(h.guild.id, ghost.id);
    expect((await granting).content).toContain('Granted');
    await expect.poll(() => h.fake.channelMessages(h.channels.log.id).length).toBe(1);
    expect(h.fake.channelMessages(h.channels.log.id)[0]!.content).toContain('no longer in the server');
  });
});
