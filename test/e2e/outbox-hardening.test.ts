import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

afterEach(async () => {
  await h.close();
});

const setLog = () => h.sub(h.members.maintainer, 'setup', 'log', { channel: h.channels.log.id }).reply();

/** Queues a role change as a use case would (tests of the worker, not of a command). */
function queueRoleChange(kind: 'role-add' | 'role-remove', memberId: string, roleId: string, reason: string) {
  const store = h.bot.deps.store;
  store.transaction(() =>
    store.outbox.enqueue(
      h.guild.id,
      { kind, memberId, roleId, reason },
      h.members.maintainer.id,
      h.clock.now(),
    ),
  );
  h.bot.deps.wakeOutbox();
}

const rolePath = (memberId: string, roleId: string) =>
  `/guilds/${h.guild.id}/members/${memberId}/roles/${roleId}`;

describe('effects that cannot get stuck', () => {
  it('fails a role change whose reason cannot be encoded at once, reports it, and lets the lane move on', async () => {
    h = await startHarness();
    await setLog();
    // Half a surrogate pair: discord.js cannot encode the audit-log header (URIError, no HTTP status).
    queueRoleChange(
      'role-remove',
      h.members.alice.id,
      h.roles.betaRole.id,
      `revoked ${'x'.repeat(10)}\uD83D`,
    );
    queueRoleChange('role-add', h.members.alice.id, h.roles.betaRole.id, 'restored');
    await h.outboxIdle();

    expect(
      h.rows('SELECT kind, status, attempts FROM outbox WHERE kind LIKE ? ORDER BY id', 'role-%'),
    ).toEqual([
      { kind: 'role-remove', status: 'failed', attempts: 1 },
      { kind: 'role-add', status: 'delivered', attempts: 1 },
    ]);
    const [report] = h.fake.channelMessages(h.channels.log.id);
    expect(report!.content).toContain(`Could not remove <@&${h.roles.betaRole.id}>`);
    expect(report!.content).toContain('not retried');
    expect(
      h.fake.requests.filter((r) => r.path === rolePath(h.members.alice.id, h.roles.betaRole.id)),
    ).toHaveLength(1);
  });

  it('gives up a change Discord keeps answering 500 after the attempt cap, and reports it once', async () => {
    h = await startHarness({ outbox: { maxAttempts: 3 } });
    await setLog();
    h.fake.failNext({
      method: 'PUT',
      path: rolePath(h.members.bob.id, h.roles.betaRole.id),
      status: 500,
      count: 100,
    });
    queueRoleChange('role-add', h.members.bob.id, h.roles.betaRole.id, 'joined');
    await h.outboxIdle();

    expect(h.rows('SELECT status, attempts FROM outbox WHERE kind = ?', 'role-add')).toEqual([
      { status: 'failed', attempts: 3 },
    ]);
    // discord.js retries a 500 itself before the worker sees it; the worker stops after 3 of its attempts.
    expect(h.fake.channelMessages(h.channels.log.id)).toHaveLength(1);
    expect(h.fake.directMessages(h.members.maintainer.id)).toHaveLength(1);
  });

  it('holds a delivered effect whose bookkeeping fails instead of posting it again, and records it later', async () => {
    const lines: string[] = [];
    h = await startHarness({ logDestination: { write: (line) => void lines.push(line) } });
    await setLog();
    // The database refuses to record deliveries for a while (a full disk, a lock held too long).
    h.db.exec(`CREATE TRIGGER refuse_delivered BEFORE UPDATE OF status ON outbox WHEN NEW.status = 'delivered'
      BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const store = h.bot.deps.store;
    store.transaction(() =>
      store.outbox.enqueue(
        h.guild.id,
        {
          kind: 'message',
          channelId: h.channels.announcements.id,
          body: { content: 'Once', allowed_mentions: { parse: [] } },
        },
        null,
        h.clock.now(),
      ),
    );
    h.bot.deps.wakeOutbox();
    await expect
      .poll(() => lines.filter((l) => l.includes('bookkeeping failed again')).length)
      .toBeGreaterThan(1);
    expect(h.fake.channelMessages(h.channels.announcements.id)).toHaveLength(1);

    h.db.exec('DROP TRIGGER refuse_delivered');
    await h.outboxIdle();
    const posts = h.fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${h.channels.announcements.id}/messages`,
    );
    expect(posts).toHaveLength(1);
    expect(h.rows('SELECT status, result FROM outbox WHERE kind = ?', 'message')).toEqual([
      { status: 'delivered', result: h.fake.channelMessages(h.channels.announcements.id)[0]!.id },
    ]);
  });
});

describe('failure reports', () => {
  it('tells 30 refused role changes of one feature in one line, not 30 posts and 30 DMs', async () => {
    h = await startHarness({ outbox: { reportDelayMs: 1000 } });
    await setLog();
    await h.createFeature('query-insights', { role: h.roles.previewRole.id });
    // The feature role was dragged above the bot's: every change is refused with Missing Permissions.
    h.fake.failNext({
      path: /\/roles\//,
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
      count: 30,
    });
    const members = Array.from({ length: 30 }, (_, i) => h.fake.addMember(h.guild.id, { username: `m${i}` }));
    for (const member of members)
      queueRoleChange('role-remove', member.id, h.roles.previewRole.id, 'retired');
    await h.outboxIdle();

    expect(h.count('outbox', "kind = 'role-remove' AND status = 'failed'")).toBe(30);
    const reports = h.fake.channelMessages(h.channels.log.id);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.content).toMatch(/^30 role changes for \*\*Query Insights\*\* failed: /);
    expect(h.fake.directMessages(h.members.maintainer.id)).toHaveLength(1);
    expect(h.count('delivery_failure', 'reported_at IS NULL')).toBe(0);
  });

  it('speaks the server language in reports', async () => {
    h = await startHarness();
    await setLog();
    h.bot.deps.store.settings.setLanguage(h.guild.id, 'de', h.clock.now());
    h.fake.failNext({ path: /\/roles\//, status: 403, code: 50013, message: 'Missing Permissions' });
    queueRoleChange('role-add', h.members.alice.id, h.roles.betaRole.id, 'joined');
    await h.outboxIdle();
    const [report] = h.fake.channelMessages(h.channels.log.id);
    expect(report!.content).toMatch(
      new RegExp(`^<@&${h.roles.betaRole.id}> konnte <@${h.members.alice.id}> nicht gegeben werden: `),
    );
  });
});
