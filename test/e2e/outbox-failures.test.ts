import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { seededMemberId, seedFeedbackItems } from '../support/seed.js';

let h: Harness;

afterEach(async () => {
  await h.close();
});

const ROLE_PATH = /\/guilds\/\d+\/members\/\d+\/roles\/\d+$/;

const outboxRows = () =>
  h.rows<{ kind: string; status: string; actor_id: string | null }>(
    'SELECT kind, status, actor_id FROM outbox ORDER BY id',
  );

describe('permanent delivery failures', () => {
  it('reports a refused announcement once to the log channel and the maintainer, with advice about posting, not roles', async () => {
    h = await startHarness();
    await h.setChannels();
    await h.createFeature('dark-mode');
    h.fake.failNext({
      method: 'POST',
      path: `/channels/${h.channels.announcements.id}/messages`,
      status: 403,
      code: 50013,
      message: 'Missing Permissions',
    });
    await h
      .sub(h.members.maintainer, 'feature', 'retire', { feature: 'dark-mode', reason: 'Dropped' })
      .reply();
    await h.outboxIdle();

    const [report] = h.fake.channelMessages(h.channels.log.id);
    expect(h.fake.channelMessages(h.channels.log.id)).toHaveLength(1);
    expect(report!.content).toContain(`Could not post in <#${h.channels.announcements.id}>`);
    expect(report!.content).toContain('missing a permission');
    expect(report!.content).not.toContain('role change');
    expect(report!.body.allowed_mentions).toEqual({ parse: [] });
    const [dm] = h.fake.directMessages(h.members.maintainer.id);
    expect(dm!.content).toBe(report!.content);
    expect(outboxRows()).toEqual([
      { kind: 'message', status: 'failed', actor_id: h.members.maintainer.id },
      { kind: 'message', status: 'delivered', actor_id: null },
      { kind: 'direct-message', status: 'delivered', actor_id: null },
    ]);
  });

  it('never reports a failing report: a broken log channel and a maintainer with closed DMs end the chain', async () => {
    h = await startHarness();
    await h.setLogChannel();
    await h.createFeature('dark-mode');
    h.fake.users.get(h.members.maintainer.id)!.dmsClosed = true;
    h.fake.failNext({ method: 'PUT', path: ROLE_PATH, status: 403, code: 50013 });
    h.fake.failNext({
      method: 'POST',
      path: `/channels/${h.channels.log.id}/messages`,
      status: 403,
      code: 50001,
      count: 100,
    });
    const reply = await h.grant(h.members.alice);
    expect(reply.content).toContain('Granted');
    await h.outboxIdle();
    // A later wake finds nothing new: the chain stopped at the two reports.
    h.bot.outbox.wake();
    await h.outboxIdle();
    expect(outboxRows()).toEqual([
      { kind: 'role-add', status: 'failed', actor_id: h.members.maintainer.id },
      { kind: 'message', status: 'failed', actor_id: null },
      { kind: 'direct-message', status: 'failed', actor_id: null },
    ]);
    const logPosts = h.fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${h.channels.log.id}/messages`,
    );
    expect(logPosts).toHaveLength(1);
  });

  it('reports a failure once in the log channel when the maintainer’s DMs are closed: the failed report DM is not reported again', async () => {
    h = await startHarness();
    await h.setLogChannel();
    await h.createFeature('dark-mode');
    h.fake.users.get(h.members.maintainer.id)!.dmsClosed = true;
    h.fake.failNext({ method: 'PUT', path: ROLE_PATH, status: 403, code: 50013 });
    await h.grant(h.members.alice);
    await h.outboxIdle();
    const reports = h.fake.channelMessages(h.channels.log.id);
    expect(reports.map((m) => m.content)).toEqual([
      expect.stringContaining(`Could not give <@&${h.roles.betaRole.id}> to <@${h.members.alice.id}>`),
    ]);
    expect(outboxRows()).toEqual([
      { kind: 'role-add', status: 'failed', actor_id: h.members.maintainer.id },
      { kind: 'message', status: 'delivered', actor_id: null },
      { kind: 'direct-message', status: 'failed', actor_id: null },
    ]);
  });

  it('keeps a report that quotes a very long Discord error within the 2000-character message limit', async () => {
    h = await startHarness();
    await h.setChannels();
    await h.createFeature('dark-mode');
    h.fake.failNext({
      method: 'POST',
      path: `/channels/${h.channels.announcements.id}/messages`,
      status: 400,
      code: 50035,
      message: `Invalid Form Body ${'x'.repeat(2500)}`,
    });
    await h
      .sub(h.members.maintainer, 'feature', 'retire', { feature: 'dark-mode', reason: 'Dropped' })
      .reply();
    await h.outboxIdle();

    const [report] = h.fake.channelMessages(h.channels.log.id);
    expect(report!.content).toContain(`Could not post in <#${h.channels.announcements.id}>`);
    expect(report!.content!.length).toBeLessThanOrEqual(2000);
    expect(h.fake.directMessages(h.members.maintainer.id)).toHaveLength(1);
    expect(h.count('outbox', "status = 'delivered'")).toBe(2);
  });
});

describe('direct messages to members with closed DMs', () => {
  async function waitlistAlice(): Promise<void> {
    await h.setLogChannel();
    await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
    await h.command(h.members.alice, 'join', { feature: 'dark-mode' }).reply();
    expect(h.count('waitlist_entry', 'closed_at IS NULL')).toBe(1);
    h.fake.users.get(h.members.alice.id)!.dmsClosed = true;
  }

  it('mentions the member in the feature channel instead, pinging only them', async () => {
    h = await startHarness();
    await waitlistAlice();
    await h.sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 1 }).reply();
    await h.outboxIdle();
    const [mention] = h.fake.channelMessages(h.channels.feedbackChannel.id);
    expect(mention!.content!.startsWith(`<@${h.members.alice.id}> `)).toBe(true);
    expect(mention!.body.allowed_mentions).toEqual({ parse: [], users: [h.members.alice.id] });
    expect(h.fake.channelMessages(h.channels.log.id)).toHaveLength(0);
    expect(h.rows('SELECT kind, status FROM outbox')).toEqual([
      { kind: 'direct-message', status: 'delivered' },
    ]);
  });

  it('reports a closed DM whose fallback channel refuses the bot as both failures, not as a role problem', async () => {
    h = await startHarness();
    await waitlistAlice();
    h.fake.failNext({
      method: 'POST',
      path: `/channels/${h.channels.feedbackChannel.id}/messages`,
      status: 403,
      code: 50013,
    });
    await h.sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 1 }).reply();
    await h.outboxIdle();
    const [report] = h.fake.channelMessages(h.channels.log.id);
    expect(report!.content).toContain(`Could not send a direct message to <@${h.members.alice.id}>`);
    expect(report!.content).toContain('does not accept direct messages');
    expect(report!.content).toContain(`<#${h.channels.feedbackChannel.id}>`);
    expect(report!.content).not.toContain('role change');
    expect(h.count('outbox', "kind = 'direct-message' AND status = 'failed' AND actor_id IS NOT NULL")).toBe(
      1,
    );
  });
});

describe('/triage set and readiness', () => {
  it('queues the readiness notice when resolving the last open blocker makes the feature ready', async () => {
    h = await startHarness();
    await h.setLogChannel();
    await h.createFeature('dark-mode');
    seedFeedbackItems(h.store, h.clock.now(), h.feature(), 10, (n) => ({
      authorId: seededMemberId(n),
      body: 'Nice',
      tags: [n === 3 ? 'blocker' : 'idea'],
    }));
    h.clock.advanceDays(8);
    expect(h.bot.readiness.runOnce()).toBe(0);

    const reply = await h.sub(h.members.maintainer, 'triage', 'set', { id: 3, status: 'resolved' }).reply();
    expect(reply.content).toContain('Updated **#3**');
    await h.outboxIdle();
    const notices = h.fake.channelMessages(h.channels.log.id);
    expect(notices.map((m) => (m.embeds[0] as { title: string }).title)).toEqual([
      'Dark Mode is ready for Preview',
    ]);
    expect(h.rows('SELECT ready_notice_level FROM feature')).toEqual([
      { ready_notice_level: 'early-access' },
    ]);
    expect(h.count('triage_event', "new_status = 'resolved'")).toBe(1);
  });
});
