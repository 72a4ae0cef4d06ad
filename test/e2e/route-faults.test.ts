import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEffect } from '../../src/domain/entities.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

afterEach(async () => {
  await h.close();
});

function queue(effect: OutboxEffect, after: number | null = null): number {
  const store = h.bot.deps.store;
  const id = store.transaction(() => store.outbox.enqueue(h.guild.id, effect, null, h.clock.now(), after));
  h.bot.deps.wakeOutbox();
  return id;
}

const body = (content: string) => ({ content, allowed_mentions: { parse: [] as [] } });

/** Every route the outbox uses, with the request that carries the effect and what Discord must end up with. */
const ROUTES: {
  name: string;
  method: string;
  path: (h: Harness) => RegExp;
  run: (h: Harness) => void;
  check: (h: Harness) => void;
}[] = [
  {
    name: 'a channel post',
    method: 'POST',
    path: (h) => new RegExp(`^/channels/${h.channels.announcements.id}/messages$`),
    run: (h) => queue({ kind: 'message', channelId: h.channels.announcements.id, body: body('Post') }),
    check: (h) =>
      expect(h.fake.channelMessages(h.channels.announcements.id).map((m) => m.content)).toEqual(['Post']),
  },
  {
    name: 'a direct message (opening the DM channel)',
    method: 'POST',
    path: () => /^\/users\/@me\/channels$/,
    run: (h) =>
      queue({
        kind: 'direct-message',
        userId: h.members.alice.id,
        body: body('Hi'),
        fallbackChannelId: null,
      }),
    check: (h) => expect(h.fake.directMessages(h.members.alice.id).map((m) => m.content)).toEqual(['Hi']),
  },
  {
    name: 'a role added',
    method: 'PUT',
    path: () => /\/roles\//,
    run: (h) =>
      queue({ kind: 'role-add', memberId: h.members.bob.id, roleId: h.roles.betaRole.id, reason: 'joined' }),
    check: (h) => expect(h.fake.memberRoles(h.guild.id, h.members.bob.id)).toContain(h.roles.betaRole.id),
  },
  {
    name: 'a role removed',
    method: 'DELETE',
    path: () => /\/roles\//,
    run: (h) => {
      // The same lane: the add is delivered first, then the removal that meets the faults.
      queue({
        kind: 'role-add',
        memberId: h.members.carol.id,
        roleId: h.roles.betaRole.id,
        reason: 'joined',
      });
      queue({
        kind: 'role-remove',
        memberId: h.members.carol.id,
        roleId: h.roles.betaRole.id,
        reason: 'left',
      });
    },
    check: (h) => {
      expect(h.fake.memberRoles(h.guild.id, h.members.carol.id)).not.toContain(h.roles.betaRole.id);
      const removals = h.fake.requests.filter((r) => r.method === 'DELETE' && r.status === 204);
      expect(removals).toHaveLength(1);
    },
  },
  {
    name: 'a message edited',
    method: 'PATCH',
    path: (h) => new RegExp(`^/channels/${h.channels.announcements.id}/messages/\\d+$`),
    run: (h) => {
      const posted = queue({ kind: 'message', channelId: h.channels.announcements.id, body: body('Before') });
      queue({
        kind: 'message-edit',
        channelId: h.channels.announcements.id,
        messageId: null,
        postedBy: posted,
        body: { content: 'After' },
      } as OutboxEffect);
    },
    check: (h) =>
      expect(h.fake.channelMessages(h.channels.announcements.id).map((m) => m.content)).toEqual(['After']),
  },
  {
    name: 'a thread opened on a copy',
    method: 'POST',
    path: (h) => new RegExp(`^/channels/${h.channels.feedbackChannel.id}/messages/\\d+/threads$`),
    run: (h) => {
      const posted = queue({ kind: 'message', channelId: h.channels.feedbackChannel.id, body: body('Copy') });
      queue(
        {
          kind: 'thread-open',
          channelId: h.channels.feedbackChannel.id,
          feedbackId: 1,
          messageId: null,
          postedBy: posted,
          name: '#1 · Copy',
        },
        posted,
      );
    },
    check: (h) =>
      expect(h.fake.threadsOf(h.channels.feedbackChannel.id).map((t) => t.name)).toEqual(['#1 · Copy']),
  },
  {
    name: 'a forum post',
    method: 'POST',
    path: () => /^\/channels\/\d+\/threads$/,
    run: (h) => {
      const forum = h.fake.addChannel(h.guild.id, { name: 'forum', type: 15 });
      queue({
        kind: 'forum-post',
        forumId: forum.id,
        feedbackId: 1,
        name: '#1 · Post',
        tags: [],
        body: body('Post'),
      });
    },
    check: (h) => {
      const forum = [...h.guild.channels.values()].find((c) => c.type === 15)!;
      expect(h.fake.threadsOf(forum.id).map((t) => t.name)).toEqual(['#1 · Post']);
    },
  },
  {
    name: 'a post in a thread, and its archiving',
    method: 'PATCH',
    path: () => /^\/channels\/\d+$/,
    run: (h) => {
      const thread = h.fake.addThread(h.channels.feedbackChannel.id, {
        name: '#1 · Item',
        ownerId: h.fake.botUser.id,
      });
      const target = {
        feedbackId: 1,
        channelId: h.channels.feedbackChannel.id,
        threadId: thread.id,
        openedBy: null,
      };
      queue({ kind: 'thread-message', ...target, body: body('Resolved') });
      queue({ kind: 'thread-update', ...target, forumId: null, archived: true });
    },
    check: (h) => {
      const [thread] = h.fake.threadsOf(h.channels.feedbackChannel.id);
      expect(h.fake.threadMessages(thread!.id).map((m) => m.content)).toEqual(['Resolved']);
      expect(thread!.metadata.archived).toBe(true);
    },
  },
];

describe('every route the outbox uses, answered 500 and then 429', () => {
  it.each(ROUTES)('delivers $name once', async (route) => {
    h = await startHarness();
    h.fake.failNext({ method: route.method, path: route.path(h), status: 500, count: 2 });
    h.fake.failNext({ method: route.method, path: route.path(h), status: 429, count: 1, retryAfter: 0.05 });
    route.run(h);
    await h.outboxIdle();
    route.check(h);
    expect(h.count('outbox', "status <> 'delivered'")).toBe(0);
    // The faults were met: two 500s and a 429 on that route before it went through.
    const answers = h.fake.requests
      .filter((r) => r.method === route.method && route.path(h).test(r.path))
      .map((r) => r.status);
    expect(answers.filter((status) => status === 500)).toHaveLength(2);
    expect(answers).toContain(429);
  });
});

describe('a forum post whose answer is lost', () => {
  it('is looked up before it is posted again: one post, though a forum post carries no nonce', async () => {
    h = await startHarness({ restTimeoutMs: 300 });
    const forum = h.fake.addChannel(h.guild.id, { name: 'forum', type: 15 });
    // Discord creates the post but answers after the bot stopped waiting.
    h.fake.setLatency(700);
    queue({
      kind: 'forum-post',
      forumId: forum.id,
      feedbackId: 1,
      name: '#1 · Once',
      tags: [],
      body: body('Once'),
    });
    await expect.poll(() => h.fake.threadsOf(forum.id).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    h.fake.setLatency(0);
    await h.outboxIdle();
    const posts = h.fake.threadsOf(forum.id);
    expect(posts.map((post) => post.name)).toEqual(['#1 · Once']);
    expect(h.rows('SELECT status, result FROM outbox')).toEqual([
      { status: 'delivered', result: posts[0]!.id },
    ]);
    // It was looked up among the active threads, not created twice.
    expect(h.fake.requests.some((r) => r.method === 'GET' && r.path.endsWith('/threads/active'))).toBe(true);
  }, 60_000);
});

describe('a request that times out', () => {
  it('is retried and still posts one message: Discord took the first, its nonce makes the retries return it', async () => {
    h = await startHarness({ restTimeoutMs: 300 });
    const path = `/channels/${h.channels.announcements.id}/messages`;
    // Discord answers after the bot stopped waiting; discord.js and the worker try again meanwhile.
    h.fake.setLatency(700);
    queue({ kind: 'message', channelId: h.channels.announcements.id, body: body('Once') });
    await expect
      .poll(() => h.fake.requests.filter((r) => r.method === 'POST' && r.path === path).length, {
        timeout: 20_000,
      })
      .toBeGreaterThanOrEqual(2);
    h.fake.setLatency(0);
    await h.outboxIdle();
    const messages = h.fake.channelMessages(h.channels.announcements.id);
    expect(messages.map((m) => m.content)).toEqual(['Once']);
    expect(h.rows('SELECT status, result FROM outbox')).toEqual([
      { status: 'delivered', result: messages[0]!.id },
    ]);
  }, 60_000);
});
