import { ChannelType, REST, Routes } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiscussionDelivery } from '../../src/discord/discussion-delivery.js';
import { OutboxWorker } from '../../src/discord/outbox-worker.js';
import type { Feature, FeedbackItem, OutboxEffect, OutboxEntry } from '../../src/domain/entities.js';
import { queueForumTags } from '../../src/lifecycle/discussion.js';
import { giveFeedback } from '../../src/lifecycle/feedback.js';
import { setTriage } from '../../src/lifecycle/triage.js';
import { createLogger } from '../../src/logger.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { type LifecycleWorld, openLifecycleWorld, seedFeature } from '../support/seed.js';

let fake: FakeDiscord;
let world: LifecycleWorld;
let rest: REST;
let delivery: DiscussionDelivery;
let guildId: string;
let interaction = 0;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  world = openLifecycleWorld();
  guildId = fake.addGuild({ name: 'Discussion HQ' }).id;
  world.store.settings.ensure(guildId, world.clock.now());
  rest = new REST({ api: fake.restUrl, retries: 0 }).setToken('fake-token');
  delivery = new DiscussionDelivery(world.store, rest, rest, createLogger('silent'), () => fake.botUser.id);
});
afterEach(() => {
  fake.assertNoViolations();
  fake.clearViolations();
  fake.faults.clear();
  world.close();
});

const now = () => world.clock.now();
const NAMES = [
  'Early Access',
  'Preview',
  'GA',
  'Open',
  'Acknowledged',
  'Planned',
  'Resolved',
  "Won't fix",
  'Duplicate',
];

function addForum(tags: string[] = []) {
  return fake.addChannel(guildId, { name: 'feedback', type: ChannelType.GuildForum, availableTags: tags });
}

function entryOf<K extends OutboxEffect['kind']>(id: number, kind: K) {
  const entry = world.store.outbox.findById(id);
  if (entry?.effect.kind !== kind) throw new Error(`outbox ${id} is not ${kind}`);
  return entry as OutboxEntry & { effect: Extract<OutboxEffect, { kind: K }> };
}
const rowIds = (kind: string) =>
  world.store.db
    .prepare<[string], number>('SELECT id FROM outbox WHERE kind = ? ORDER BY id')
    .pluck()
    .all(kind);

async function createTags(forumId: string): Promise<void> {
  queueForumTags(world.deps, guildId, forumId, now());
  const id = rowIds('forum-tags').at(-1)!;
  const entry = entryOf(id, 'forum-tags');
  await delivery.createForumTags(entry, entry.effect);
  world.store.outbox.markDelivered(id, null, now());
}

function give(feature: Feature, body = 'The toggle flickers'): FeedbackItem {
  const outcome = giveFeedback(world.deps, {
    guildId,
    authorId: '300000000000000011',
    featureId: feature.id,
    hasRole: true,
    tags: { typed: 'bug' },
    body,
    sourceInteractionId: `interaction-${++interaction}`,
  });
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.item;
}

const forumFeature = (forumId: string) =>
  seedFeature(world.store, now(), {
    guildId,
    level: 'preview',
    feedbackChannelId: forumId,
    feedbackChannelKind: 'forum',
  });

/** Creates the item's forum post on the fake and records it as delivered. */
async function post(item: FeedbackItem): Promise<string> {
  const postRow = world.store.votes.copyOf(item.id)!.outboxId!;
  const id = await delivery.createPost(entryOf(postRow, 'forum-post'), entryOf(postRow, 'forum-post').effect);
  world.store.outbox.markDelivered(postRow, id, now());
  return id;
}

const tagId = (forumId: string, name: string) => fake.forumTag(forumId, name).id;

describe('forum tags', () => {
  it('merges the 9 tags into a forum that has 2 (adopting one of the same name) and records their ids', async () => {
    const forum = addForum(['bug', 'preview']);
    const preview = tagId(forum.id, 'preview');
    await createTags(forum.id);

    expect(fake.threadsOf(forum.id)).toEqual([]);
    const fetched = (await rest.get(Routes.channel(forum.id))) as { available_tags: { name: string }[] };
    const names = fetched.available_tags.map((tag) => tag.name);
    expect(names).toEqual(['bug', 'preview', ...NAMES.filter((name) => name !== 'Preview')]);
    const recorded = world.store.discussion.forumTags(forum.id);
    expect(recorded.size).toBe(9);
    expect(recorded.get('level:preview')).toBe(preview);
    expect(recorded.get('level:early-access')).toBe(tagId(forum.id, 'Early Access'));
    expect(recorded.get('status:wont-fix')).toBe(tagId(forum.id, "Won't fix"));
    expect(new Set(recorded.values()).size).toBe(9);

    // Again (the forum set a second time): nothing to create, no PATCH, the same ids.
    const patches = () =>
      fake.requests.filter((r) => r.method === 'PATCH' && r.path === `/channels/${forum.id}`).length;
    const before = patches();
    await createTags(forum.id);
    expect(patches()).toBe(before);
    expect(world.store.discussion.forumTags(forum.id)).toEqual(recorded);
  });
});

describe('forum posts', () => {
  it('creates the post with the copy as first message and the forum’s ids of its level and status tags', async () => {
    const forum = addForum(['bug']);
    await createTags(forum.id);
    const item = give(forumFeature(forum.id), 'Contrast too low');
    const id = await post(item);

    const thread = fake.thread(id);
    expect(thread).toMatchObject({
      parentId: forum.id,
      ownerId: fake.botUser.id,
      name: '#1 · Contrast too low',
    });
    expect(thread.appliedTags).toEqual([tagId(forum.id, 'Preview'), tagId(forum.id, 'Open')]);
    const [first] = fake.threadMessages(id);
    expect(JSON.stringify(first?.components)).toContain('Vote · 0');
    expect(world.store.votes.copyOf(item.id)).toMatchObject({
      messageId: id,
      threadId: id,
      kind: 'forum-post',
    });
  });

  it('finds an in-doubt post (its answer was lost) instead of creating it twice', async () => {
    const forum = addForum();
    const item = give(forumFeature(forum.id));
    const postRow = world.store.votes.copyOf(item.id)!.outboxId!;
    const entry = entryOf(postRow, 'forum-post');
    // A member's post of the same name is not the bot's.
    fake.addThread(forum.id, { name: entry.effect.name, message: { content: 'me too' } });
    const first = await delivery.createPost(entry, entry.effect);

    const retried = await delivery.createPost({ ...entry, sendingSince: now() }, entry.effect);
    expect(retried).toBe(first);
    expect(
      fake
        .threadsOf(forum.id)
        .filter((t) => t.ownerId === fake.botUser.id)
        .map((t) => t.id),
    ).toEqual([first]);
  });

  it('creates an in-doubt post that was in fact never created', async () => {
    const forum = addForum();
    const item = give(forumFeature(forum.id));
    const entry = entryOf(world.store.votes.copyOf(item.id)!.outboxId!, 'forum-post');
    const id = await delivery.createPost({ ...entry, sendingSince: now() }, entry.effect);
    expect(fake.threadsOf(forum.id).map((t) => t.id)).toEqual([id]);
  });
});

describe('threads on copies', () => {
  it('a thread-open retried after a lost answer gets 160004 and still names the thread (the copy’s id)', async () => {
    const channel = fake.addChannel(guildId, { name: 'feedback-text' });
    const feature = seedFeature(world.store, now(), {
      guildId,
      level: 'preview',
      feedbackChannelId: channel.id,
    });
    const item = give(feature, 'Flickers\nat night');
    const [copyRow] = rowIds('message');
    const [openRow] = rowIds('thread-open');
    const copy = (await rest.post(Routes.channelMessages(channel.id), { body: { content: 'copy' } })) as {
      id: string;
    };
    world.store.outbox.markDelivered(copyRow!, copy.id, now());

    const effect = entryOf(openRow!, 'thread-open').effect;
    expect(await delivery.openThread(effect)).toBe(copy.id);
    // The answer was lost: the retry is refused as already done, and learns the same id.
    expect(await delivery.openThread(effect)).toBe(copy.id);
    const refused = fake.requests.filter(
      (r) => r.path === `/channels/${channel.id}/messages/${copy.id}/threads`,
    );
    expect(refused.map((r) => r.status)).toEqual([201, 400]);
    expect(fake.threadsOf(channel.id).map((t) => [t.id, t.name])).toEqual([
      [copy.id, '#1 · Flickers at night'],
    ]);

    world.store.outbox.markDelivered(openRow!, copy.id, now());
    expect(world.store.votes.copyOf(item.id)?.threadId).toBe(copy.id);
  });
});

describe('thread updates', () => {
  async function taggedPost() {
    const forum = addForum(['bug']);
    await createTags(forum.id);
    const item = give(forumFeature(forum.id));
    const id = await post(item);
    return { forum, item, id };
  }
  const update = (
    item: FeedbackItem,
    forumId: string,
    change: Partial<Extract<OutboxEffect, { kind: 'thread-update' }>>,
  ) =>
    delivery.updateThread({
      kind: 'thread-update',
      feedbackId: item.id,
      channelId: forumId,
      threadId: null,
      openedBy: world.store.votes.copyOf(item.id)!.threadOutboxId,
      forumId,
      ...change,
    });

  it('changes only the bot’s tags and keeps a moderator’s', async () => {
    const { forum, item, id } = await taggedPost();
    const bug = tagId(forum.id, 'bug');
    fake.updateThread(id, { appliedTags: [bug, ...fake.thread(id).appliedTags!] });

    expect(await update(item, forum.id, { tags: ['level:preview', 'status:planned'] })).toBe(id);
    expect(fake.thread(id).appliedTags).toEqual([
      bug,
      tagId(forum.id, 'Preview'),
      tagId(forum.id, 'Planned'),
    ]);
  });

  it('retags an archived post by un-archiving it with the change, then archiving it again', async () => {
    const { forum, item, id } = await taggedPost();
    fake.updateThread(id, { archived: true });
    const from = (fake.requests.at(-1)?.seq ?? 0) + 1;

    await update(item, forum.id, { tags: ['level:ga', 'status:open'] });
    const patches = fake.requests.filter(
      (r) => r.seq >= from && r.method === 'PATCH' && r.path === `/channels/${id}`,
    );
    expect(patches.map((r) => [r.body, r.status])).toEqual([
      [{ archived: false, applied_tags: [tagId(forum.id, 'GA'), tagId(forum.id, 'Open')] }, 200],
      [{ archived: true }, 200],
    ]);
    expect(fake.thread(id).metadata.archived).toBe(true);
    expect(fake.thread(id).appliedTags).toEqual([tagId(forum.id, 'GA'), tagId(forum.id, 'Open')]);
  });

  it('sends nothing when the post already is as asked', async () => {
    const { forum, item, id } = await taggedPost();
    const from = (fake.requests.at(-1)?.seq ?? 0) + 1;
    expect(await update(item, forum.id, { tags: ['level:preview', 'status:open'], archived: false })).toBe(
      id,
    );
    expect(fake.requests.filter((r) => r.seq >= from && r.method === 'PATCH')).toEqual([]);
  });
});

describe('through the outbox worker', () => {
  // A post un-archives an (unlocked) thread on Discord: a note on a closed item must archive it again.
  it('keeps a closed item’s thread archived after a note is posted in it', async () => {
    const channel = fake.addChannel(guildId, { name: 'feedback-text' });
    const feature = seedFeature(world.store, now(), {
      guildId,
      level: 'preview',
      feedbackChannelId: channel.id,
    });
    give(feature);
    const worker = new OutboxWorker(world.store, rest, world.clock, createLogger('silent'), {
      selfId: () => fake.botUser.id,
      editIntervalMs: 0,
      pollMs: 50,
    });
    worker.start();
    try {
      await worker.idle();
      const [thread] = fake.threadsOf(channel.id);
      expect(thread?.name).toBe('#1 · The toggle flickers');
      const triage = (status: 'resolved', note: string | null) =>
        setTriage(world.deps, {
          guildId,
          actorId: '300000000000000001',
          number: 1,
          status,
          note,
          tags: null,
          duplicateOf: null,
          sourceInteractionId: `interaction-${++interaction}`,
        });
      triage('resolved', null);
      worker.wake();
      await worker.idle();
      expect(fake.thread(thread!.id).metadata.archived).toBe(true);
      expect(fake.threadMessages(thread!.id).map((m) => m.content)).toContain('**#1** is now **Resolved**.');

      triage('resolved', 'Shipped in 2.1');
      worker.wake();
      await worker.idle();
      expect(fake.threadMessages(thread!.id).at(-1)?.content).toBe(
        '**Note from the maintainers:** Shipped in 2.1',
      );
      expect(fake.thread(thread!.id).metadata.archived).toBe(true);
    } finally {
      await worker.stop();
    }
  });
});
