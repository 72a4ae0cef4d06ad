import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeChannel, FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

/**
 * Discussion where the feedback lives (product.md §8), end to end through the real client and the
 * real SQLite file: a thread on each copy in a text channel, a tagged post per item in a forum,
 * status posts and archiving from `/triage set`, retagging on promotion, missing permissions named.
 */

let h: Harness;

beforeEach(async () => {
  h = await startHarness({ outbox: { editIntervalMs: 200, reportDelayMs: 500 } });
});

afterEach(async () => {
  await h.close();
});

async function giveFeedback(member: FakeMember, message: string, tags = 'bug'): Promise<number> {
  const reply = await h.command(member, 'feedback', { feature: 'dark-mode', tags, message }).reply();
  const number = Number(/\*\*#(\d+)\*\*/.exec(reply.content ?? '')?.[1]);
  if (!Number.isInteger(number)) throw new Error(`feedback not stored: ${reply.content}`);
  return number;
}

function triageSet(options: Record<string, string | number>) {
  return h.sub(h.members.maintainer, 'triage', 'set', options).reply();
}

/** The stored thread (or post) id of `#number`. */
function threadIdOf(number: number): string | null {
  const [row] = h.rows<{ thread_id: string | null }>(
    `SELECT c.thread_id FROM feedback_copy c JOIN feedback f ON f.id = c.feedback_id WHERE f.number = ?`,
    number,
  );
  return row?.thread_id ?? null;
}

/** The names of the tags applied to a forum post, as the forum names them. */
function tagNames(forum: FakeChannel, threadId: string): string[] {
  const names = new Map(h.fake.world.findChannel(forum.id)!.availableTags.map((tag) => [tag.id, tag.name]));
  return (h.fake.thread(threadId).appliedTags ?? []).map((id) => names.get(id) ?? `?${id}`);
}

/** Denies the bot `permission` in a channel, as a channel overwrite on its role would. */
function denyBot(channelId: string, permission: bigint): void {
  h.fake.setChannelOverwrite(channelId, { id: h.guild.botRoleId, type: 0, allow: 0n, deny: permission });
}

function previewFeature(): void {
  // Preview takes feedback from every member.
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
}

describe('a text channel: a thread on each copy', () => {
  beforeEach(async () => {
    await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
    previewFeature();
  });

  it('opens a thread named after the item, posts status changes with their notes, and archives it when closed', async () => {
    const number = await giveFeedback(h.members.alice, 'The toggle flickers\non resume');
    await h.outboxIdle();
    const [copy] = h.fake.channelMessages(h.channels.feedbackChannel.id);
    const [thread] = h.fake.threadsOf(h.channels.feedbackChannel.id);
    expect(thread).toMatchObject({ id: copy!.id, name: `#${number} · The toggle flickers on resume` });
    expect(threadIdOf(number)).toBe(copy!.id);

    await triageSet({ id: number, status: 'planned', note: 'In the next sprint' });
    await h.outboxIdle();
    expect(h.fake.threadMessages(thread!.id).map((m) => m.content)).toEqual([
      `**#${number}** is now **Planned**.\n**Note from the maintainers:** In the next sprint`,
    ]);
    expect(h.fake.thread(thread!.id).metadata.archived).toBe(false);

    // A note alone is posted too; tags alone are not.
    await triageSet({ id: number, status: 'planned', note: 'Moved to Thursday' });
    await triageSet({ id: number, status: 'planned', tags: 'idea' });
    await triageSet({ id: number, status: 'resolved' });
    await h.outboxIdle();
    expect(h.fake.threadMessages(thread!.id).map((m) => m.content)).toEqual([
      `**#${number}** is now **Planned**.\n**Note from the maintainers:** In the next sprint`,
      '**Note from the maintainers:** Moved to Thursday',
      `**#${number}** is now **Resolved**.`,
    ]);
    // Closed: the status is posted first, then the thread is archived.
    expect(h.fake.thread(thread!.id).metadata.archived).toBe(true);
    const threadRequests = h.fake.requests
      .filter((r) => r.path.startsWith(`/channels/${thread!.id}`) && r.method !== 'GET')
      .map((r) => `${r.method} ${r.path.replace(thread!.id, 'T')}`);
    expect(threadRequests.at(-2)).toBe('POST /channels/T/messages');
    expect(threadRequests.at(-1)).toBe('PATCH /channels/T');

    // Reopened: told in the thread, which is open again.
    await triageSet({ id: number, status: 'open' });
    await h.outboxIdle();
    expect(h.fake.thread(thread!.id).metadata.archived).toBe(false);
    expect(h.fake.threadMessages(thread!.id).at(-1)?.content).toBe(`**#${number}** is now **Open**.`);
    expect(h.count('outbox', "status <> 'delivered'")).toBe(0);
  });

  it('links each item to its thread in /triage list', async () => {
    const first = await giveFeedback(h.members.alice, 'First');
    const second = await giveFeedback(h.members.bob, 'Second');
    await h.outboxIdle();
    const reply = await h.sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode' }).reply();
    const values = (reply.embeds[0]?.fields ?? []).map((field) => field.value);
    expect(values[0]).toContain(`Discussion: <#${threadIdOf(second)}>`);
    expect(values[1]).toContain(`Discussion: <#${threadIdOf(first)}>`);
  });

  it('stores and copies the feedback without Create Public Threads, and names what is missing once', async () => {
    await h.setLogChannel();
    denyBot(h.channels.feedbackChannel.id, PermissionFlagsBits.CreatePublicThreads);
    const show = await h.sub(h.members.maintainer, 'setup', 'show').reply();
    const field = (show.embeds[0]?.fields ?? []).find((f) => f.name === 'Feedback channels');
    expect(field?.value).toBe(
      `\`dark-mode\`: <#${h.channels.feedbackChannel.id}> (a thread per item): missing: Create Public Threads`,
    );

    for (const text of ['One', 'Two', 'Three']) await giveFeedback(h.members.alice, text);
    await h.outboxIdle();
    expect(h.count('feedback')).toBe(3);
    expect(h.fake.channelMessages(h.channels.feedbackChannel.id)).toHaveLength(3);
    expect(h.fake.threadsOf(h.channels.feedbackChannel.id)).toEqual([]);
    // One report for the three refusals, naming the permission.
    const reports = h.fake.channelMessages(h.channels.log.id).map((m) => m.content);
    expect(reports).toEqual([
      `3 posts in <#${h.channels.feedbackChannel.id}> failed: The bot lacks the Create Public Threads permission there.`,
    ]);
    // A status change finds no thread: nothing is posted, nothing fails.
    await triageSet({ id: 1, status: 'planned', note: 'Soon' });
    await h.outboxIdle();
    expect(h.count('outbox', "status = 'pending'")).toBe(0);
  });

  it('tells a missing thread permission once a day, not at every new item', async () => {
    await h.close();
    h = await startHarness({ outbox: { reportDelayMs: 0, discussionReportCooldownMs: 24 * 60 * 60_000 } });
    await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
    previewFeature();
    await h.setLogChannel();
    denyBot(h.channels.feedbackChannel.id, PermissionFlagsBits.CreatePublicThreads);
    await giveFeedback(h.members.alice, 'First');
    await expect.poll(() => h.fake.channelMessages(h.channels.log.id).length).toBe(1);
    for (const text of ['Second', 'Third']) await giveFeedback(h.members.alice, text);
    // Both refused and recorded, neither told again (they wait for the next day's report).
    await expect.poll(() => h.count('delivery_failure')).toBe(3);
    await expect.poll(() => h.count('outbox', "status = 'pending'")).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.channelMessages(h.channels.log.id).map((m) => m.content)).toEqual([
      `Could not open the thread of a feedback copy in <#${h.channels.feedbackChannel.id}>: The bot lacks the Create Public Threads permission there.`,
    ]);
    expect(h.count('delivery_failure', 'reported_at IS NULL')).toBe(2);
  });
});

describe('an announcement channel', () => {
  it('opens an announcement thread on each copy', async () => {
    const news = h.fake.addChannel(h.guild.id, { name: 'product-news', type: 5 });
    await h.createFeature('dark-mode', { channel: news.id });
    previewFeature();
    const number = await giveFeedback(h.members.alice, 'Announced feedback');
    await h.outboxIdle();
    const [copy] = h.fake.channelMessages(news.id);
    expect(h.fake.threadsOf(news.id)).toMatchObject([
      { id: copy!.id, type: 10, name: `#${number} · Announced feedback` },
    ]);
    expect(threadIdOf(number)).toBe(copy!.id);
  });
});

describe('a forum channel: a tagged post per item', () => {
  let forum: FakeChannel;

  beforeEach(() => {
    // A forum with a moderator's own tags; one has the name of a tag the bot manages.
    forum = h.fake.addChannel(h.guild.id, {
      name: 'feedback-forum',
      type: 15,
      availableTags: ['needs-repro', 'preview'],
    });
  });

  /** `/feature create` with `channel` (the forum by default); the reply's text, once the outbox is idle. */
  async function createForumFeature(channel: FakeChannel = forum): Promise<string> {
    const reply = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'dark-mode',
        name: 'Dark Mode',
        description: 'Dark mode',
        role: h.roles.betaRole.id,
        channel: channel.id,
      })
      .reply();
    await h.outboxIdle();
    return reply.content ?? '';
  }

  it('creates the tags, posts each item with its level and status tags, and follows its status', async () => {
    const reply = await createForumFeature();
    expect(reply).toContain(
      `Each feedback becomes a post in the forum <#${forum.id}>, tagged with its level and status.`,
    );
    // Merged: the moderator's tags kept, `preview` adopted (same name), the others created.
    expect(h.fake.world.findChannel(forum.id)!.availableTags.map((tag) => tag.name)).toEqual([
      'needs-repro',
      'preview',
      'Early Access',
      'GA',
      'Open',
      'Acknowledged',
      'Planned',
      'Resolved',
      "Won't fix",
      'Duplicate',
    ]);
    expect(h.count('forum_tag', 'channel_id = ?', forum.id)).toBe(9);
    previewFeature();

    const number = await giveFeedback(h.members.alice, 'Crashes when I open settings');
    await h.outboxIdle();
    const [post] = h.fake.threadsOf(forum.id);
    expect(post).toMatchObject({
      name: `#${number} · Crashes when I open settings`,
      ownerId: h.fake.botUser.id,
    });
    expect(tagNames(forum, post!.id)).toEqual(['preview', 'Open']);
    expect(threadIdOf(number)).toBe(post!.id);
    // The first message is the copy with its vote button; the post is the copy (no second message).
    const [first] = h.fake.threadMessages(post!.id);
    expect(first!.id).toBe(post!.id);
    expect((first!.embeds[0] as { title?: string }).title).toBe(`#${number} · Dark Mode`);
    expect(h.fake.channelMessages(forum.id).filter((m) => m.channelId === forum.id)).toEqual([]);

    // A vote on the post's first message edits it where it lives: in the post.
    const button = (first!.components as { components: { custom_id: string }[] }[])[0]!.components[0]!;
    const click = await h.fake
      .clickButton({
        guildId: h.guild.id,
        userId: h.members.bob.id,
        customId: button.custom_id,
        messageId: first!.id,
      })
      .reply();
    expect(click.content).toContain(`You back **#${number}**`);
    await h.outboxIdle();
    expect(h.count('feedback_vote')).toBe(1);
    const edit = h.fake.requests.find((r) => r.method === 'PATCH' && r.path.includes('/messages/'));
    expect(edit?.path).toBe(`/channels/${post!.id}/messages/${post!.id}`);

    // A status change: posted in the post, the status tag replaced, a moderator's tag kept.
    h.fake.updateThread(post!.id, {
      appliedTags: [
        ...(h.fake.thread(post!.id).appliedTags ?? []),
        h.fake.forumTag(forum.id, 'needs-repro').id,
      ],
    });
    await triageSet({ id: number, status: 'acknowledged' });
    await h.outboxIdle();
    expect(tagNames(forum, post!.id)).toEqual(['needs-repro', 'preview', 'Acknowledged']);
    expect(h.fake.threadMessages(post!.id).at(-1)?.content).toBe(`**#${number}** is now **Acknowledged**.`);

    // Closed: posted, retagged and archived.
    await triageSet({ id: number, status: 'wont-fix', note: 'Out of scope' });
    await h.outboxIdle();
    expect(h.fake.threadMessages(post!.id).at(-1)?.content).toBe(
      `**#${number}** is now **Won't fix**.\n**Note from the maintainers:** Out of scope`,
    );
    expect(tagNames(forum, post!.id)).toEqual(['needs-repro', 'preview', "Won't fix"]);
    expect(h.fake.thread(post!.id).metadata.archived).toBe(true);
    expect(h.count('outbox', "status <> 'delivered'")).toBe(0);
  });

  it('retags the open posts after a promotion, in the background, and leaves closed ones alone', async () => {
    await createForumFeature();
    await h.setChannels();
    for (const member of [h.members.alice, h.members.bob]) await h.grant(member);
    const open = await giveFeedback(h.members.alice, 'Still open');
    const closed = await giveFeedback(h.members.bob, 'Done already');
    await h.outboxIdle();
    await triageSet({ id: closed, status: 'resolved' });
    await h.outboxIdle();
    const openPost = threadIdOf(open)!;
    const closedPost = threadIdOf(closed)!;
    expect(tagNames(forum, openPost)).toEqual(['Early Access', 'Open']);

    await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true }).reply();
    await h.outboxIdle();
    expect(h.feature().level).toBe('preview');
    expect(tagNames(forum, openPost)).toEqual(['preview', 'Open']);
    expect(tagNames(forum, closedPost)).toEqual(['Early Access', 'Resolved']);
    expect(h.fake.thread(closedPost).metadata.archived).toBe(true);
    expect(
      h.rows('SELECT kind, finished_at IS NOT NULL AS done FROM fanout_job WHERE kind = ?', 'retag-posts'),
    ).toEqual([{ kind: 'retag-posts', done: 1 }]);
  });

  it('names Manage Channels when it cannot create the tags, and still posts every item', async () => {
    denyBot(forum.id, PermissionFlagsBits.ManageChannels);
    await h.setLogChannel();
    const reply = await createForumFeature();
    expect(reply).toContain(
      `⚠️ In <#${forum.id}> the bot lacks Manage Channels, so it cannot create the level and status tags. Feedback is stored all the same.`,
    );
    expect(h.count('forum_tag')).toBe(0);
    previewFeature();
    const number = await giveFeedback(h.members.alice, 'Posted without tags');
    await h.outboxIdle();
    const [post] = h.fake.threadsOf(forum.id);
    expect(post?.name).toBe(`#${number} · Posted without tags`);
    expect(post?.appliedTags).toEqual([]);
    expect(h.fake.channelMessages(h.channels.log.id).map((m) => m.content)).toEqual([
      `Could not create the level and status tags in <#${forum.id}>: The bot lacks the Manage Channels permission there.`,
    ]);
  });

  it('still posts when a moderator deleted one of the bot’s tags, and forgets that tag', async () => {
    await createForumFeature();
    previewFeature();
    const channel = h.fake.world.findChannel(forum.id)!;
    const open = h.fake.forumTag(forum.id, 'Open');
    channel.availableTags = channel.availableTags.filter((tag) => tag.id !== open.id);

    const number = await giveFeedback(h.members.alice, 'Posted all the same');
    await h.outboxIdle();
    const [post] = h.fake.threadsOf(forum.id);
    expect(post?.name).toBe(`#${number} · Posted all the same`);
    expect(tagNames(forum, post!.id)).toEqual(['preview']);
    expect(h.count('forum_tag', 'tag_id = ?', open.id)).toBe(0);
    expect(h.count('outbox', "status <> 'delivered'")).toBe(0);
    // The refused attempt, then the post without the deleted tag.
    const creations = h.fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${forum.id}/threads`,
    );
    expect(creations.map((r) => r.status)).toEqual([400, 201]);
  });

  it('lets a post a moderator deleted go quietly: later status posts and vote labels are dropped, nothing is reported', async () => {
    await createForumFeature();
    previewFeature();
    await h.setLogChannel();
    const number = await giveFeedback(h.members.alice, 'Deleted by a moderator');
    await h.outboxIdle();
    const [post] = h.fake.threadsOf(forum.id);
    h.fake.world.guild(h.guild.id).threads.delete(post!.id);

    await h.command(h.members.bob, 'vote', { id: number }).reply();
    await triageSet({ id: number, status: 'planned', note: 'Still tracked here' });
    await h.outboxIdle();
    expect(h.rows('SELECT status FROM feedback')).toEqual([{ status: 'planned' }]);
    expect(h.count('feedback_vote')).toBe(1);
    expect(h.count('outbox', "status <> 'delivered'")).toBe(0);
    expect(h.count('delivery_failure')).toBe(0);
    expect(h.fake.channelMessages(h.channels.log.id)).toEqual([]);
  });

  it('tells the log channel which tags did not fit in a forum that has 15 of its own', async () => {
    await h.setLogChannel();
    const crowded = h.fake.addChannel(h.guild.id, {
      name: 'crowded-forum',
      type: 15,
      availableTags: Array.from({ length: 15 }, (_, i) => `topic-${i + 1}`),
    });
    const reply = await createForumFeature(crowded);
    const told =
      `The forum <#${crowded.id}> has no room for the tags \`Planned\`, \`Resolved\`, \`Won't fix\`, \`Duplicate\` ` +
      "(a forum holds 20 tags): posts go without them. Remove some of the forum's tags, then set the channel " +
      'again with `/feature edit channel`.';
    // The maintainer who set the forum hears it at once, from what Discord's cache shows of the forum ...
    expect(reply).toContain(told);
    await h.outboxIdle();
    expect(h.fake.world.findChannel(crowded.id)!.availableTags).toHaveLength(20);
    expect(h.count('forum_tag', 'channel_id = ?', crowded.id)).toBe(5);
    // ... and the log channel when the tags were created.
    expect(h.fake.channelMessages(h.channels.log.id).map((m) => m.content)).toEqual([told]);
  });

  it('refuses a forum the bot cannot post in, naming Create Posts', async () => {
    denyBot(forum.id, PermissionFlagsBits.SendMessages);
    const reply = await createForumFeature();
    expect(reply).toContain('Create Posts');
    expect(h.count('feature')).toBe(0);
  });
});

describe('a restart between Discord’s answer and the bookkeeping', () => {
  /**
   * Puts the outbox row of `kind` back as a crash would leave it: Discord carried it out, the bot
   * died before recording it (pending, marked as being sent, no result), and the thread id unknown.
   */
  async function forgetDelivery(kind: 'forum-post' | 'thread-open'): Promise<void> {
    await h.stopBot();
    h.db
      .prepare(
        "UPDATE outbox SET status = 'pending', result = NULL, delivered_at = NULL, sending_since = created_at WHERE kind = ?",
      )
      .run(kind);
    h.db.prepare('UPDATE feedback_copy SET thread_id = NULL').run();
    await h.startBot();
    await h.outboxIdle();
  }

  it('does not create a second forum post: it finds the first among the active threads', async () => {
    const forum = h.fake.addChannel(h.guild.id, { name: 'feedback-forum', type: 15 });
    await h.createFeature('dark-mode', { channel: forum.id });
    previewFeature();
    const number = await giveFeedback(h.members.alice, 'Only one post');
    await h.outboxIdle();
    const [post] = h.fake.threadsOf(forum.id);

    await forgetDelivery('forum-post');
    expect(h.fake.threadsOf(forum.id).map((t) => t.id)).toEqual([post!.id]);
    expect(threadIdOf(number)).toBe(post!.id);
    expect(h.count('outbox', "status <> 'delivered'")).toBe(0);
  });

  it('does not open a second thread on a copy: Discord names the one it has', async () => {
    await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
    previewFeature();
    const number = await giveFeedback(h.members.alice, 'Only one thread');
    await h.outboxIdle();
    const [thread] = h.fake.threadsOf(h.channels.feedbackChannel.id);

    await forgetDelivery('thread-open');
    expect(h.fake.threadsOf(h.channels.feedbackChannel.id).map((t) => t.id)).toEqual([thread!.id]);
    expect(threadIdOf(number)).toBe(thread!.id);
    // The second attempt met Discord's "a thread has already been created for this message".
    const opens = h.fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/threads'));
    expect(opens.map((r) => r.status)).toEqual([201, 400]);
  });
});
