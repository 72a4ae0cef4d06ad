import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threadName } from '../../src/domain/discussion.js';
import type { Feature, FeedbackItem } from '../../src/domain/entities.js';
import type { FeatureRoleFacts } from '../../src/domain/feature-rules.js';
import type { FeedbackStatus } from '../../src/domain/feedback-rules.js';
import { ERASED_BODY } from '../../src/domain/member-data.js';
import { queueCopyAndDiscussion } from '../../src/lifecycle/discussion.js';
import { FANOUT_BATCH, runFanoutBatch } from '../../src/lifecycle/fanout.js';
import { createFeature, editFeature } from '../../src/lifecycle/features.js';
import { giveFeedback } from '../../src/lifecycle/feedback.js';
import { eraseMemberData } from '../../src/lifecycle/member-data.js';
import { promoteFeature } from '../../src/lifecycle/promote.js';
import { type SetTriageInput, setTriage } from '../../src/lifecycle/triage.js';
import { castVote } from '../../src/lifecycle/votes.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seedFeature,
  seedFeedbackItems,
} from '../support/seed.js';

const FORUM = '400000000000000009';
const COPY_MESSAGE = '900000000000000001';
const POST = '900000000000000002';

let world: LifecycleWorld;
let interaction = 0;

beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

const now = () => world.clock.now();
const nextInteraction = () => `interaction-${++interaction}`;

interface Row {
  id: number;
  kind: string;
  lane: string;
  status: string;
  afterId: number | null;
  effect: Record<string, unknown>;
}
const outboxRows = (where = '1 = 1'): Row[] =>
  world.store.db
    .prepare<
      [],
      { id: number; kind: string; lane: string; status: string; after_id: number | null; payload: string }
    >(`SELECT id, kind, lane, status, after_id, payload FROM outbox WHERE ${where} ORDER BY id`)
    .all()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      lane: row.lane,
      status: row.status,
      afterId: row.after_id,
      effect: JSON.parse(row.payload) as Record<string, unknown>,
    }));
/** Rows of the item's thread lane (its opening, posts and changes), in order. */
const threadRows = (item: FeedbackItem) => outboxRows(`lane = 'thread:${item.id}'`);
const dueIds = () => world.store.outbox.due(now(), 1000).map((entry) => entry.id);

const textFeature = (over: Parameters<typeof seedFeature>[2] = {}) =>
  seedFeature(world.store, now(), { level: 'preview', feedbackChannelId: IDS.feedbackChannel, ...over });
const forumFeature = (over: Parameters<typeof seedFeature>[2] = {}) =>
  seedFeature(world.store, now(), {
    level: 'preview',
    feedbackChannelId: FORUM,
    feedbackChannelKind: 'forum',
    ...over,
  });

function give(feature: Feature, body = 'The toggle flickers', authorId: string = IDS.alice): FeedbackItem {
  const outcome = giveFeedback(world.deps, {
    guildId: IDS.guild,
    authorId,
    featureId: feature.id,
    hasRole: true,
    tags: { typed: 'bug' },
    body,
    sourceInteractionId: nextInteraction(),
  });
  if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
  return outcome.item;
}

function triage(number: number, over: Partial<SetTriageInput> = {}) {
  return setTriage(world.deps, {
    guildId: IDS.guild,
    actorId: IDS.maintainer,
    number,
    status: 'acknowledged',
    note: null,
    tags: null,
    duplicateOf: null,
    sourceInteractionId: nextInteraction(),
    ...over,
  });
}

const statusPost = (content: string) => ({ content, allowed_mentions: { parse: [] } });

describe('a new item in a text channel', () => {
  it('queues its copy, then the thread on the copy, which is due only once the copy is posted', () => {
    const feature = textFeature();
    const item = give(feature, '  The toggle\n\nflickers   at night ');

    const [copy, open, ...others] = outboxRows();
    expect(others).toEqual([]);
    expect(copy).toMatchObject({ kind: 'message', lane: `channel:${IDS.feedbackChannel}`, afterId: null });
    expect(open).toEqual({
      id: copy!.id + 1,
      kind: 'thread-open',
      lane: `thread:${item.id}`,
      status: 'pending',
      afterId: copy!.id,
      effect: {
        channelId: IDS.feedbackChannel,
        feedbackId: item.id,
        messageId: null,
        postedBy: copy!.id,
        name: threadName(item.number, item.body),
      },
    });
    expect(open!.effect.name).toBe('#1 · The toggle flickers at night');
    expect(world.store.votes.copyOf(item.id)).toEqual({
      feedbackId: item.id,
      channelId: IDS.feedbackChannel,
      outboxId: copy!.id,
      messageId: null,
      kind: 'message',
      threadOutboxId: open!.id,
      threadId: null,
    });
    expect(world.wakes()).toBe(1);

    // The thread waits for the copy, even though it heads its own lane.
    expect(dueIds()).toEqual([copy!.id]);
    world.store.outbox.markDelivered(copy!.id, COPY_MESSAGE, now());
    expect(dueIds()).toEqual([open!.id]);
    expect(world.store.votes.copyOf(item.id)).toMatchObject({ messageId: COPY_MESSAGE, threadId: null });

    // Opened: the thread's id (the copy's) is learnt from the row's result.
    world.store.outbox.markDelivered(open!.id, COPY_MESSAGE, now());
    expect(world.store.votes.copyOf(item.id)).toMatchObject({
      threadId: COPY_MESSAGE,
      threadOutboxId: open!.id,
    });
    expect(world.store.discussion.threadsOf([item.id, item.id + 99])).toEqual(
      new Map([[item.id, COPY_MESSAGE]]),
    );
  });

  it('opens the thread even when the copy failed for good: the worker then finds nothing to open on', () => {
    const item = give(textFeature());
    const [copy, open] = outboxRows();
    world.store.outbox.markFailed(copy!.id, 'Missing Access', now());
    expect(dueIds()).toEqual([open!.id]);
    expect(world.store.votes.copyOf(item.id)).toMatchObject({ messageId: null, threadId: null });
  });
});

describe('a new item in a forum', () => {
  it('queues one forum post: the copy with its vote button, named and tagged with level and status', () => {
    const feature = forumFeature();
    const item = give(feature, 'Contrast\ttoo low');

    const rows = outboxRows();
    expect(rows).toEqual([
      {
        id: rows[0]!.id,
        kind: 'forum-post',
        lane: `thread:${item.id}`,
        status: 'pending',
        afterId: null,
        effect: {
          forumId: FORUM,
          feedbackId: item.id,
          name: '#1 · Contrast too low',
          tags: ['level:preview', 'status:open'],
          body: {
            ...world.deps.render.feedbackMirror('en-US', item, feature),
            ...world.deps.render.voteButtons('en-US', { id: item.id, number: 1, closed: false }, 0),
          },
        },
      },
    ]);
    const body = rows[0]!.effect.body as { components: { components: { label: string }[] }[] };
    expect(body.components[0]!.components[0]!.label).toBe('Vote · 0');
    const postId = rows[0]!.id;
    expect(world.store.votes.copyOf(item.id)).toEqual({
      feedbackId: item.id,
      channelId: FORUM,
      outboxId: postId,
      messageId: null,
      kind: 'forum-post',
      threadOutboxId: postId,
      threadId: null,
    });
    expect(dueIds()).toEqual([postId]);
    expect(world.wakes()).toBe(1);

    // The post is the copy: its id names both the thread and the first message.
    world.store.outbox.markDelivered(postId, POST, now());
    expect(world.store.votes.copyOf(item.id)).toMatchObject({ messageId: POST, threadId: POST });
  });

  it('tags the post with the feature’s current level', () => {
    const item = give(forumFeature({ level: 'ga' }));
    expect(threadRows(item)[0]!.effect.tags).toEqual(['level:ga', 'status:open']);
  });

  it('waits for the forum’s tags while they are being created, and goes once they are (or failed)', () => {
    const feature = forumFeature();
    const tagsRow = world.store.outbox.enqueue(
      IDS.guild,
      { kind: 'forum-tags', channelId: FORUM, tags: [] },
      null,
      now(),
    );
    const first = give(feature);
    const [post] = threadRows(first);
    expect(post).toMatchObject({ kind: 'forum-post', afterId: tagsRow });
    expect(dueIds()).toEqual([tagsRow]);

    world.store.outbox.markDelivered(tagsRow, null, now());
    expect(dueIds()).toEqual([post!.id]);

    // Tags of another forum do not hold a post back; a failed tags row does not either.
    const other = world.store.outbox.enqueue(
      IDS.guild,
      { kind: 'forum-tags', channelId: '400000000000000010', tags: [] },
      null,
      now(),
    );
    const second = give(feature);
    expect(threadRows(second)[0]!.afterId).toBeNull();
    const again = world.store.outbox.enqueue(
      IDS.guild,
      { kind: 'forum-tags', channelId: FORUM, tags: [] },
      null,
      now(),
    );
    const third = give(feature);
    const [thirdPost] = threadRows(third);
    expect(thirdPost!.afterId).toBe(again);
    expect(dueIds()).not.toContain(thirdPost!.id);
    world.store.outbox.markFailed(again, 'Missing Permissions', now());
    expect(dueIds()).toContain(thirdPost!.id);
    expect(dueIds()).toContain(other);
  });
});

/** A role the bot can hand out. */
const usableRole = (id: string = IDS.role): FeatureRoleFacts =>
  ({
    id,
    exists: true,
    name: 'Beta',
    everyone: false,
    managed: false,
    permissions: 0n,
    atOrAboveBot: false,
  }) as FeatureRoleFacts;

const forumTagRows = () => outboxRows("kind = 'forum-tags'");

describe('setting a forum as feedback channel', () => {
  const french = [
    { key: 'level:early-access', name: 'Early Access' },
    { key: 'level:preview', name: 'Preview' },
    { key: 'level:ga', name: 'GA' },
    { key: 'status:open', name: 'Ouvert' },
    { key: 'status:acknowledged', name: 'Pris en compte' },
    { key: 'status:planned', name: 'Prévu' },
    { key: 'status:resolved', name: 'Résolu' },
    { key: 'status:wont-fix', name: 'Ne sera pas corrigé' },
    { key: 'status:duplicate', name: 'Doublon' },
  ];

  it('/feature create with a forum queues the creation of its 9 tags, named in the server’s language', () => {
    world.store.settings.setLanguage(IDS.guild, 'fr', now());
    const outcome = createFeature(world.deps, {
      guildId: IDS.guild,
      actorId: IDS.maintainer,
      key: 'dark-mode',
      name: 'Dark Mode',
      description: 'A dark theme',
      role: usableRole(),
      channelId: FORUM,
      channelKind: 'forum',
      seats: null,
    });
    expect(outcome).toMatchObject({
      kind: 'created',
      feature: { feedbackChannelId: FORUM, feedbackChannelKind: 'forum' },
    });
    expect(forumTagRows()).toEqual([
      {
        id: expect.any(Number),
        kind: 'forum-tags',
        lane: `forum:${FORUM}`,
        status: 'pending',
        afterId: null,
        effect: { channelId: FORUM, tags: french },
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('/feature create with a text channel (the default kind) queues no tags', () => {
    const outcome = createFeature(world.deps, {
      guildId: IDS.guild,
      actorId: IDS.maintainer,
      key: 'dark-mode',
      name: 'Dark Mode',
      description: 'A dark theme',
      role: usableRole(),
      channelId: IDS.feedbackChannel,
      seats: null,
    });
    expect(outcome).toMatchObject({ kind: 'created', feature: { feedbackChannelKind: 'text' } });
    expect(outboxRows()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('/feature edit to a forum queues its tags (in English by default); other edits queue none', () => {
    const feature = seedFeature(world.store, now(), { feedbackChannelId: IDS.feedbackChannel });
    const edit = (over: { name?: string; channelId?: string; channelKind?: 'text' | 'forum' }) =>
      editFeature(world.deps, {
        guildId: IDS.guild,
        actorId: IDS.maintainer,
        featureId: feature.id,
        name: over.name ?? null,
        description: null,
        role: null,
        channelId: over.channelId ?? null,
        ...(over.channelKind ? { channelKind: over.channelKind } : {}),
        seats: null,
      });

    expect(edit({ channelId: FORUM, channelKind: 'forum' })).toMatchObject({
      kind: 'edited',
      changed: ['feedbackChannelId'],
      feature: { feedbackChannelId: FORUM, feedbackChannelKind: 'forum' },
    });
    const [row] = forumTagRows();
    expect(row!.effect).toEqual({
      channelId: FORUM,
      tags: [
        { key: 'level:early-access', name: 'Early Access' },
        { key: 'level:preview', name: 'Preview' },
        { key: 'level:ga', name: 'GA' },
        { key: 'status:open', name: 'Open' },
        { key: 'status:acknowledged', name: 'Acknowledged' },
        { key: 'status:planned', name: 'Planned' },
        { key: 'status:resolved', name: 'Resolved' },
        { key: 'status:wont-fix', name: "Won't fix" },
        { key: 'status:duplicate', name: 'Duplicate' },
      ],
    });

    expect(edit({ name: 'Darker mode' })).toMatchObject({ kind: 'edited', changed: ['name'] });
    expect(forumTagRows()).toHaveLength(1);

    // Set again, the forum's tags are created again (some may have been deleted).
    edit({ channelId: FORUM, channelKind: 'forum' });
    expect(forumTagRows()).toHaveLength(2);

    expect(edit({ channelId: IDS.feedbackChannel })).toMatchObject({
      feature: { feedbackChannelId: IDS.feedbackChannel, feedbackChannelKind: 'text' },
    });
    expect(forumTagRows()).toHaveLength(2);
  });
});

describe('/triage set in the item’s thread or post', () => {
  it('posts a status change in a forum post, then retags it (level and new status)', () => {
    const item = give(forumFeature());
    const [post] = threadRows(item);
    const outcome = triage(1, { status: 'planned', note: 'Next sprint' });
    expect(outcome).toMatchObject({ kind: 'updated', threadPosted: true });

    const target = { feedbackId: item.id, channelId: FORUM, threadId: null, openedBy: post!.id };
    expect(threadRows(item).slice(1)).toEqual([
      expect.objectContaining({
        kind: 'thread-message',
        afterId: null,
        effect: {
          ...target,
          body: statusPost('**#1** is now **Planned**.\n**Note from the maintainers:** Next sprint'),
        },
      }),
      expect.objectContaining({
        kind: 'thread-update',
        effect: { ...target, forumId: FORUM, tags: ['level:preview', 'status:planned'] },
      }),
    ]);
  });

  it('posts a closing status before archiving the post', () => {
    const item = give(forumFeature({ level: 'ga' }));
    const [post] = threadRows(item);
    triage(1, { status: 'resolved' });
    const [, message, update, ...rest] = threadRows(item);
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      kind: 'thread-message',
      effect: { body: statusPost('**#1** is now **Resolved**.') },
    });
    expect(update).toMatchObject({ kind: 'thread-update' });
    expect(update!.effect).toEqual({
      feedbackId: item.id,
      channelId: FORUM,
      threadId: null,
      openedBy: post!.id,
      forumId: FORUM,
      tags: ['level:ga', 'status:resolved'],
      archived: true,
    });
    expect(message!.id).toBeLessThan(update!.id);
  });

  it('un-archives a post when its item is reopened', () => {
    const item = give(forumFeature());
    triage(1, { status: 'wont-fix' });
    triage(1, { status: 'open' });
    const updates = threadRows(item).filter((row) => row.kind === 'thread-update');
    expect(updates.map((row) => [row.effect.tags, row.effect.archived])).toEqual([
      [['level:preview', 'status:wont-fix'], true],
      [['level:preview', 'status:open'], false],
    ]);
  });

  it('in a text channel, posts a status change in the thread and changes nothing else unless it closes or reopens', () => {
    const item = give(textFeature());
    const open = threadRows(item)[0]!;
    expect(open.kind).toBe('thread-open');
    const target = { feedbackId: item.id, channelId: IDS.feedbackChannel, threadId: null, openedBy: open.id };

    triage(1, { status: 'acknowledged' });
    expect(threadRows(item).slice(1)).toEqual([
      expect.objectContaining({
        kind: 'thread-message',
        effect: { ...target, body: statusPost('**#1** is now **Acknowledged**.') },
      }),
    ]);

    triage(1, { status: 'resolved' });
    const closing = threadRows(item).slice(2);
    expect(closing.map((row) => row.kind)).toEqual(['thread-message', 'thread-update']);
    // No forum, no tags: only the archiving.
    expect(closing[1]!.effect).toEqual({ ...target, forumId: null, archived: true });

    triage(1, { status: 'planned' });
    const reopening = threadRows(item).slice(4);
    expect(reopening.map((row) => row.kind)).toEqual(['thread-message', 'thread-update']);
    expect(reopening[1]!.effect).toEqual({ ...target, forumId: null, archived: false });
  });

  it('posts a note alone as a note, and changes nothing else', () => {
    const item = give(forumFeature());
    const outcome = triage(1, { status: 'open', note: 'Can you share a screenshot?' });
    expect(outcome).toMatchObject({ kind: 'updated', changes: { status: null }, threadPosted: true });
    expect(threadRows(item).slice(1)).toEqual([
      expect.objectContaining({
        kind: 'thread-message',
        effect: expect.objectContaining({
          body: statusPost('**Note from the maintainers:** Can you share a screenshot?'),
        }),
      }),
    ]);
  });

  // A post un-archives an (unlocked) thread on Discord: a note on a closed item must archive it again.
  it('archives a closed item’s post again after a note is posted in it', () => {
    const item = give(forumFeature());
    triage(1, { status: 'resolved' });
    triage(1, { status: 'resolved', note: 'Shipped in 2.1' });
    const last = threadRows(item).at(-1)!;
    expect(last).toMatchObject({ kind: 'thread-update', effect: { archived: true } });
  });

  it('tells the thread nothing when only the tags change', () => {
    const item = give(forumFeature());
    const outcome = triage(1, { status: 'open', tags: 'docs' });
    expect(outcome).toMatchObject({
      kind: 'updated',
      changes: { tags: { to: ['docs'] } },
      threadPosted: false,
    });
    expect(threadRows(item)).toHaveLength(1);
  });

  it('reports nothing posted when the item has no copy (no feedback channel)', () => {
    const item = give(seedFeature(world.store, now(), { level: 'preview' }));
    const outcome = triage(1, { status: 'resolved', note: 'Done' });
    expect(outcome).toMatchObject({ kind: 'updated', threadPosted: false });
    expect(threadRows(item)).toEqual([]);
    expect(outboxRows("kind LIKE 'thread-%' OR kind LIKE 'forum-%'")).toEqual([]);
  });

  it('names the original `#M` when closing an item as its duplicate', () => {
    const feature = forumFeature();
    give(feature, 'Original');
    const duplicate = give(feature, 'Same thing');
    expect(triage(2, { status: 'duplicate', duplicateOf: 1 })).toMatchObject({
      kind: 'updated',
      threadPosted: true,
    });
    const [, message, update] = threadRows(duplicate);
    expect(message!.effect.body).toEqual(
      statusPost('**#2** is closed as a duplicate of **#1**: the discussion continues there.'),
    );
    expect(update!.effect).toMatchObject({ tags: ['level:preview', 'status:duplicate'], archived: true });
  });

  it('names the thread by its id once the row that opened it was delivered', () => {
    const forumItem = give(forumFeature());
    const textItem = give(textFeature({ key: 'search', roleId: IDS.otherRole }));
    const [post] = threadRows(forumItem);
    const [open] = threadRows(textItem);
    const copyRow = outboxRows(`kind = 'message' AND lane = 'channel:${IDS.feedbackChannel}'`)[0]!;
    world.store.outbox.markDelivered(post!.id, POST, now());
    world.store.outbox.markDelivered(copyRow.id, COPY_MESSAGE, now());
    world.store.outbox.markDelivered(open!.id, COPY_MESSAGE, now());

    triage(1, { status: 'resolved' });
    triage(2, { status: 'resolved' });
    expect(
      threadRows(forumItem)
        .slice(1)
        .map((row) => [row.effect.threadId, row.effect.openedBy]),
    ).toEqual([
      [POST, post!.id],
      [POST, post!.id],
    ]);
    expect(
      threadRows(textItem)
        .slice(1)
        .map((row) => [row.effect.threadId, row.effect.openedBy]),
    ).toEqual([
      [COPY_MESSAGE, open!.id],
      [COPY_MESSAGE, open!.id],
    ]);
  });
});

describe('promoting a feature with forum posts', () => {
  const retagRows = () =>
    outboxRows("kind = 'thread-update'").map(
      (row) => row.effect as Record<string, unknown> & { feedbackId: number },
    );

  function promote(feature: Feature) {
    return promoteFeature(world.deps, {
      guildId: IDS.guild,
      actorId: IDS.maintainer,
      featureId: feature.id,
      expectedLevel: world.store.features.findById(feature.id)!.level,
      note: null,
      force: true,
      dryRun: false,
      roleExists: true,
      sourceInteractionId: nextInteraction(),
    });
  }

  /** `count` items with their forum posts queued as `/feedback` queues them; every 10th is closed. */
  function seedPosts(
    feature: Feature,
    count: number,
    statusOf: (n: number) => FeedbackStatus = () => 'open',
  ) {
    const items = seedFeedbackItems(world.store, now(), feature, count, (n) => ({ status: statusOf(n) }));
    const settings = world.store.settings.get(IDS.guild);
    world.store.transaction(() => {
      for (const item of items) queueCopyAndDiscussion(world.deps, item, feature, FORUM, settings, now());
    });
    return items;
  }

  it('retags each open post with the new level; closed posts and text copies are left alone', () => {
    const feature = forumFeature({ level: 'early-access' });
    const statuses: FeedbackStatus[] = [
      'open',
      'acknowledged',
      'planned',
      'resolved',
      'wont-fix',
      'duplicate',
    ];
    const items = seedPosts(feature, 6, (n) => statuses[n - 1]!);
    // One post already delivered: its retag names it directly.
    const firstPost = threadRows(items[0]!)[0]!;
    world.store.outbox.markDelivered(firstPost.id, POST, now());

    expect(promote(feature)).toMatchObject({ kind: 'promoted' });
    expect(retagRows()).toEqual([
      {
        feedbackId: items[0]!.id,
        channelId: FORUM,
        threadId: POST,
        openedBy: firstPost.id,
        forumId: FORUM,
        tags: ['level:preview', 'status:open'],
      },
      {
        feedbackId: items[1]!.id,
        channelId: FORUM,
        threadId: null,
        openedBy: threadRows(items[1]!)[0]!.id,
        forumId: FORUM,
        tags: ['level:preview', 'status:acknowledged'],
      },
      {
        feedbackId: items[2]!.id,
        channelId: FORUM,
        threadId: null,
        openedBy: threadRows(items[2]!)[0]!.id,
        forumId: FORUM,
        tags: ['level:preview', 'status:planned'],
      },
    ]);
    // Each retag goes in its item's thread lane, behind the post.
    expect(outboxRows("kind = 'thread-update'").map((row) => row.lane)).toEqual(
      items.slice(0, 3).map((item) => `thread:${item.id}`),
    );
    expect(world.store.fanout.unfinishedCount()).toBe(0);
  });

  it('starts no retag for a feature without open forum posts', () => {
    const feature = textFeature({ level: 'early-access' });
    give(feature);
    expect(promote(feature)).toMatchObject({ kind: 'promoted' });
    expect(retagRows()).toEqual([]);
    expect(
      world.store.db.prepare("SELECT count(*) FROM fanout_job WHERE kind = 'retag-posts'").pluck().get(),
    ).toBe(0);
  });

  it('retags more open posts than a batch in batches, resumably, each open post once', () => {
    const feature = forumFeature({ level: 'preview' });
    // 600 items, 60 of them closed: 540 open posts, more than the batch of the promotion itself.
    seedPosts(feature, 600, (n) => (n % 10 === 0 ? 'resolved' : 'open'));
    // Past the cool-down of the seeded promotion to Preview.
    world.clock.advance(120_000);
    expect(promote(feature)).toMatchObject({ kind: 'promoted' });
    expect(retagRows()).toHaveLength(FANOUT_BATCH);

    // As after a restart: the unfinished job is read back and continued in small batches.
    const [job] = world.store.fanout.unfinished(5);
    expect(job).toMatchObject({ kind: 'retag-posts', featureId: feature.id, params: { level: 'ga' } });
    expect(runFanoutBatch(world.deps, job!, now(), 16)).toBe(false);
    expect(retagRows()).toHaveLength(FANOUT_BATCH + 16);
    const [resumed] = world.store.fanout.unfinished(5);
    expect(resumed!.cursor).toBe(job!.cursor);
    let calls = 1;
    while (!runFanoutBatch(world.deps, resumed!, now(), 16)) calls++;
    calls++;
    expect(calls).toBe(3); // 16, 16, then 8 of the 40 left after the promotion's 500
    expect(world.store.fanout.unfinishedCount()).toBe(0);

    const rows = retagRows();
    expect(rows).toHaveLength(540);
    expect(new Set(rows.map((row) => row.feedbackId)).size).toBe(540);
    expect(rows.every((row) => JSON.stringify(row.tags) === '["level:ga","status:open"]')).toBe(true);
    const closed = world.store.db
      .prepare<[], number>("SELECT id FROM feedback WHERE status = 'resolved'")
      .pluck()
      .all();
    expect(closed).toHaveLength(60);
    expect(rows.some((row) => closed.includes(row.feedbackId))).toBe(false);

    // A finished job writes nothing more.
    expect(runFanoutBatch(world.deps, resumed!, now(), 16)).toBe(true);
    expect(retagRows()).toHaveLength(540);
  });
});

describe('edits of a copy that is a forum post', () => {
  it('a vote edits the label of the post’s first message, in the post (inOwnThread)', () => {
    const forumItem = give(forumFeature());
    const textItem = give(textFeature({ key: 'search', roleId: IDS.otherRole }));
    const [post] = threadRows(forumItem);
    for (const number of [1, 2])
      castVote(world.deps, {
        guildId: IDS.guild,
        memberId: IDS.bob,
        number,
        roleIds: [],
        interactionId: nextInteraction(),
      });

    const edits = outboxRows("kind = 'message-edit'");
    expect(edits).toHaveLength(2);
    expect(edits[0]!.effect).toEqual({
      channelId: FORUM,
      messageId: null,
      postedBy: post!.id,
      inOwnThread: true,
      body: world.deps.render.voteButtons('en-US', { id: forumItem.id, number: 1, closed: false }, 1),
    });
    expect(edits[0]!.lane).toBe(`edit:posted:${post!.id}`);
    expect(edits[1]!.effect).toMatchObject({ channelId: IDS.feedbackChannel, messageId: null });
    expect('inOwnThread' in edits[1]!.effect).toBe(false);
    expect(textItem.number).toBe(2);

    // Once posted, the edit names the post's first message (whose id is the post's).
    world.store.outbox.markDelivered(post!.id, POST, now());
    castVote(world.deps, {
      guildId: IDS.guild,
      memberId: IDS.carol,
      number: 1,
      roleIds: [],
      interactionId: nextInteraction(),
    });
    expect(outboxRows("kind = 'message-edit'")[2]!.effect).toMatchObject({
      channelId: FORUM,
      messageId: POST,
      inOwnThread: true,
    });
  });
});

describe('/mydata delete', () => {
  it('renames the threads and posts of erased items, whose names quoted the feedback', () => {
    const forumItem = give(forumFeature(), 'My secret complaint about the forum');
    const textItem = give(textFeature({ key: 'search', roleId: IDS.otherRole }), 'My other secret');
    const bobs = give(
      forumFeature({ key: 'maps', roleId: '200000000000000003', feedbackChannelId: FORUM }),
      'Bob speaks',
      IDS.bob,
    );
    const [post] = threadRows(forumItem);
    const [open] = threadRows(textItem);
    world.store.outbox.markDelivered(post!.id, POST, now());

    const outcome = eraseMemberData(world.deps, {
      guildId: IDS.guild,
      memberId: IDS.alice,
      confirmationId: '700000000000000001',
    });
    expect(outcome).toMatchObject({ kind: 'erased', summary: { feedback: 2 } });

    expect(threadRows(forumItem).at(-1)).toMatchObject({
      kind: 'thread-update',
      effect: {
        feedbackId: forumItem.id,
        channelId: FORUM,
        threadId: POST,
        openedBy: post!.id,
        forumId: FORUM,
        name: `#1 · ${ERASED_BODY}`,
      },
    });
    expect(threadRows(textItem).at(-1)!.effect).toEqual({
      feedbackId: textItem.id,
      channelId: IDS.feedbackChannel,
      threadId: null,
      openedBy: open!.id,
      forumId: null,
      name: '#2 · [deleted by its author]',
    });
    // Bob's post keeps its name; nothing anywhere still quotes Alice's words in a pending rename.
    expect(threadRows(bobs)).toHaveLength(1);
    const renames = outboxRows("kind = 'thread-update'");
    expect(renames).toHaveLength(2);
    expect(JSON.stringify(renames)).not.toContain('secret');
  });
});
