import { afterEach, describe, expect, it } from 'vitest';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

afterEach(async () => {
  await h.close();
});

const ROLE_PATH = /\/guilds\/\d+\/members\/\d+\/roles\/\d+$/;

/** Role requests Discord accepted, per member. */
function accepted(method: 'PUT' | 'DELETE'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of h.fake.requests) {
    if (r.method !== method || r.status !== 204 || !ROLE_PATH.test(r.path)) continue;
    const memberId = /members\/(\d+)\//.exec(r.path)![1]!;
    counts.set(memberId, (counts.get(memberId) ?? 0) + 1);
  }
  return counts;
}

const hasBeta = (member: FakeMember) =>
  h.fake.memberRoles(h.guild.id, member.id).includes(h.roles.betaRole.id);

async function addMembers(n: number): Promise<FakeMember[]> {
  return Array.from({ length: n }, (_, i) => h.fake.addMember(h.guild.id, { username: `member${i}` }));
}

async function grantAll(members: FakeMember[]): Promise<void> {
  for (const member of members) expect((await h.grant(member)).content).toContain('Granted');
}

describe('role delivery through the outbox', () => {
  it('delivers every role change once after Discord answers 429 and 500 for a while', async () => {
    h = await startHarness();
    await h.createFeature('dark-mode');
    const members = await addMembers(8);
    h.fake.failNext({ method: 'PUT', path: ROLE_PATH, status: 429, count: 4, retryAfter: 0.05 });
    h.fake.failNext({ method: 'PUT', path: ROLE_PATH, status: 500, count: 10 });
    await grantAll(members);
    await h.outboxIdle();

    const failures = h.fake.requests.filter(
      (r) => r.method === 'PUT' && ROLE_PATH.test(r.path) && r.status !== 204,
    );
    expect(failures.filter((r) => r.status === 429)).toHaveLength(4);
    expect(failures.filter((r) => r.status === 500)).toHaveLength(10);
    const puts = accepted('PUT');
    expect(members.map((m) => puts.get(m.id))).toEqual(members.map(() => 1));
    expect(members.every(hasBeta)).toBe(true);
    expect(h.count('outbox', "kind = 'role-add' AND status = 'delivered'")).toBe(8);
    expect(h.count('outbox', "status <> 'delivered'")).toBe(0);

    // Then every one leaves through a revoke: one DELETE each, none lost under the same faults.
    h.fake.failNext({ method: 'DELETE', path: ROLE_PATH, status: 429, count: 3, retryAfter: 0.05 });
    h.fake.failNext({ method: 'DELETE', path: ROLE_PATH, status: 502, count: 6 });
    for (const member of members) {
      await h
        .sub(h.members.maintainer, 'access', 'revoke', {
          feature: 'dark-mode',
          member: member.id,
          reason: 'test',
        })
        .reply();
    }
    await h.outboxIdle();
    const deletes = accepted('DELETE');
    expect(members.map((m) => deletes.get(m.id))).toEqual(members.map(() => 1));
    expect(members.some(hasBeta)).toBe(false);
    expect(accepted('PUT').size).toBe(8);
  });

  it('keeps a member’s add and remove in order even when the add had to be retried', async () => {
    h = await startHarness();
    await h.createFeature('dark-mode');
    h.fake.failNext({ method: 'PUT', path: ROLE_PATH, status: 500, count: 6 });
    await grantAll([h.members.alice]);
    await h
      .sub(h.members.maintainer, 'access', 'revoke', {
        feature: 'dark-mode',
        member: h.members.alice.id,
        reason: 'x',
      })
      .reply();
    await h.outboxIdle();
    const roleTraffic = h.fake.requests
      .filter((r) => ROLE_PATH.test(r.path) && r.status === 204)
      .map((r) => r.method);
    expect(roleTraffic).toEqual(['PUT', 'DELETE']);
    expect(hasBeta(h.members.alice)).toBe(false);
  });

  it('resumes pending role changes after a restart on the same database', async () => {
    h = await startHarness();
    await h.createFeature('dark-mode');
    const members = await addMembers(3);
    h.fake.failNext({ method: 'PUT', path: ROLE_PATH, status: 503, count: 1000 });
    await grantAll(members);
    await expect
      .poll(() => h.fake.requests.filter((r) => ROLE_PATH.test(r.path) && r.status === 503).length)
      .toBeGreaterThan(3);
    await h.stopBot();
    expect(h.count('outbox', "kind = 'role-add' AND status = 'pending'")).toBe(3);
    expect(members.some(hasBeta)).toBe(false);

    h.fake.faults.clear();
    await h.startBot();
    await h.outboxIdle();
    expect(members.every(hasBeta)).toBe(true);
    const puts = accepted('PUT');
    expect(members.map((m) => puts.get(m.id))).toEqual([1, 1, 1]);
    expect(h.count('outbox', "status = 'delivered'")).toBe(3);
  });
});

describe('/feature retire', () => {
  it('revokes 50 grants, removes every role, closes invites and waitlist, and announces it', async () => {
    h = await startHarness();
    await h.createFeature('dark-mode');
    h.db.prepare('UPDATE guild_settings SET announcement_channel_id = ?').run(h.channels.announcements.id);
    const members = await addMembers(50);
    await grantAll(members);
    await h.outboxIdle();
    expect(members.every(hasBeta)).toBe(true);
    await h.sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', uses: 10 }).reply();
    await h.command(h.members.carol, 'join', { feature: 'dark-mode' }).reply();
    h.fake.failNext({ method: 'DELETE', path: ROLE_PATH, status: 429, count: 5, retryAfter: 0.05 });

    const reply = await h
      .sub(h.members.maintainer, 'feature', 'retire', {
        feature: 'dark-mode',
        reason: 'We chose another design',
      })
      .reply();
    expect(reply.content).toContain('50 grants revoked');
    expect(reply.content).toContain('1 invite closed');
    expect(reply.content).toContain('1 waitlist entry closed');
    expect(reply.content).toContain(`<#${h.channels.announcements.id}>`);
    expect(h.rows('SELECT state, retired_by, retire_reason FROM feature')).toEqual([
      { state: 'retired', retired_by: h.members.maintainer.id, retire_reason: 'We chose another design' },
    ]);
    expect(h.count('access_grant', 'revoked_at IS NULL')).toBe(0);
    expect(h.count('invite', 'revoked = 0')).toBe(0);
    expect(h.count('waitlist_entry', 'closed_at IS NULL')).toBe(0);

    await h.outboxIdle();
    expect(members.some(hasBeta)).toBe(false);
    const deletes = accepted('DELETE');
    expect(members.map((m) => deletes.get(m.id))).toEqual(members.map(() => 1));
    const [announcement] = h.fake.channelMessages(h.channels.announcements.id);
    expect(announcement?.embeds).toMatchObject([{ title: 'Dark Mode has been retired' }]);
    expect(JSON.stringify(announcement?.embeds)).toContain('We chose another design');
    expect(announcement?.body.allowed_mentions).toEqual({ parse: [], roles: [h.roles.betaRole.id] });

    const again = await h
      .sub(h.members.maintainer, 'feature', 'retire', { feature: 'dark-mode', reason: 'x' })
      .reply();
    expect(again.content).toContain('no active feature');
  });

  it('tells the maintainer when no announcement channel is set, and refuses to retire past Early Access', async () => {
    h = await startHarness();
    await h.createFeature('dark-mode');
    await h.createFeature('search', { role: h.roles.previewRole.id });
    h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'search'").run();
    const preview = await h
      .sub(h.members.maintainer, 'feature', 'retire', { feature: 'search', reason: 'x' })
      .reply();
    expect(preview.content).toContain('Only Early Access features can be retired');
    expect(h.count('feature', "state = 'retired'")).toBe(0);

    const reply = await h
      .sub(h.members.maintainer, 'feature', 'retire', { feature: 'dark-mode', reason: 'Dropped' })
      .reply();
    expect(reply.content).toContain('No announcement channel is set');
    expect(h.count('outbox', "kind = 'message'")).toBe(0);
  });
});
