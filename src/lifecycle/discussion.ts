import {
  archivesDiscussion,
  FORUM_TAG_KEYS,
  type ForumTag,
  type ForumTagKey,
  planForumTags,
  postTags,
  threadName,
} from '../domain/discussion.js';
import type {
  Feature,
  FeedbackItem,
  GuildSettings,
  OutboxEffect,
  OutboxMessageBody,
  ThreadTarget,
} from '../domain/entities.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import type { OpenPost } from '../store/discussion-repository.js';
import type { FeedbackCopy } from '../store/vote-repository.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';

/**
 * Discussion where the feedback lives (product.md §8). Every new item gets a place to be talked
 * about: in a text or announcement channel its copy opens a public thread on itself; in a forum
 * the item is a post whose first message is the copy, tagged with the feature's level and the
 * item's status. Status changes and notes are posted there, a closing status archives it, and a
 * promotion retags the open posts. Everything goes through the outbox, in the transaction of its
 * cause; each item's thread effects share one lane, so they reach Discord in the order they were
 * decided, and a thread's id is learnt from the row that opened it.
 */

type QueueDeps = Pick<LifecycleDeps, 'store' | 'render'>;

/**
 * Queues the copy of a new item in its feature's feedback channel, with its vote button (0 votes),
 * and the place of its discussion: the thread on the copy, or the forum post that is the copy.
 * `giveFeedback` calls it inside its transaction.
 */
export function queueCopyAndDiscussion(
  deps: QueueDeps,
  item: FeedbackItem,
  feature: Feature,
  channelId: string,
  settings: GuildSettings,
  now: Date,
): void {
  const { store } = deps;
  // The copy is the server's post, not a reply: in the server's language, not the author's.
  const locale = serverLocale(settings);
  const body: OutboxMessageBody = {
    ...deps.render.feedbackMirror(locale, item, feature),
    ...deps.render.voteButtons(locale, { id: item.id, number: item.number, closed: false }, 0),
  };
  const name = threadName(item.number, item.body);
  // No actor: a copy or thread the bot cannot post is for the log channel, not for the member who wrote.
  if (feature.feedbackChannelKind === 'forum') {
    // A post waits for the forum's tags when they are still being created, so it is born tagged.
    const tagsPending = store.outbox.pendingIdsInLane(feature.guildId, {
      kind: 'forum-tags',
      channelId,
      tags: [],
    });
    const postId = store.outbox.enqueue(
      feature.guildId,
      {
        kind: 'forum-post',
        forumId: channelId,
        feedbackId: item.id,
        name,
        tags: postTags(feature.level, item.status),
        body,
      },
      null,
      now,
      tagsPending.at(-1) ?? null,
    );
    store.votes.recordCopy(item.id, channelId, postId, null, 'forum-post');
    store.discussion.recordThread(item.id, postId);
    return;
  }
  const copyId = store.outbox.enqueue(feature.guildId, { kind: 'message', channelId, body }, null, now);
  store.votes.recordCopy(item.id, channelId, copyId);
  const openId = store.outbox.enqueue(
    feature.guildId,
    { kind: 'thread-open', channelId, feedbackId: item.id, messageId: null, postedBy: copyId, name },
    null,
    now,
    // Opened once the copy is posted (the copy's own lane is the channel's).
    copyId,
  );
  store.discussion.recordThread(item.id, openId);
}

/** Where an edit of an item's copy goes: the message, or the row still posting it. */
export function copyEditTarget(
  copy: FeedbackCopy,
): Pick<
  Extract<OutboxEffect, { kind: 'message-edit' }>,
  'channelId' | 'messageId' | 'postedBy' | 'inOwnThread'
> {
  return {
    channelId: copy.channelId,
    messageId: copy.messageId,
    postedBy: copy.outboxId,
    ...(copy.kind === 'forum-post' ? { inOwnThread: true as const } : {}),
  };
}

/** The thread or post of an item's copy, if one was opened (or is being opened). */
function threadTargetOf(copy: FeedbackCopy | null): ThreadTarget | null {
  if (!copy || (copy.threadId === null && copy.threadOutboxId === null)) return null;
  return {
    feedbackId: copy.feedbackId,
    channelId: copy.channelId,
    threadId: copy.threadId,
    openedBy: copy.threadOutboxId,
  };
}

/** What `/triage set` changed that the item's thread is told of. */
export interface ThreadStatusChange {
  item: FeedbackItem;
  /** `null` when only a note was recorded. */
  status: { from: FeedbackStatus; to: FeedbackStatus } | null;
  note: string | null;
  /** The original's `#M` when the item was closed as its duplicate. */
  originalNumber: number | null;
  /** The feature's current level: a forum post's level tag. */
  level: Level;
}

/**
 * Posts a status change (with its note) or a note alone in the item's thread or post. A status
 * change then retags a forum post; a closing status archives the thread or post, after its post;
 * reopening un-archives it. Returns whether anything was queued. `setTriage` calls it inside its
 * transaction.
 */
export function queueThreadStatus(deps: QueueDeps, change: ThreadStatusChange, now: Date): boolean {
  const { store } = deps;
  const { item, status, note } = change;
  if (status === null && note === null) return false;
  const copy = store.votes.copyOf(item.id);
  const target = threadTargetOf(copy);
  if (!copy || !target) return false;
  const locale = serverLocale(store.settings.get(item.guildId));
  const current = status?.to ?? item.status;
  store.outbox.enqueue(
    item.guildId,
    {
      kind: 'thread-message',
      ...target,
      body: deps.render.threadStatusPost(locale, {
        number: item.number,
        status: current,
        changed: status !== null,
        note,
        originalNumber: change.originalNumber,
      }),
    },
    null,
    now,
  );
  const forum = copy.kind === 'forum-post';
  if (status === null) {
    // Posting in an archived thread opens it again: a closed item's thread is archived again after the note.
    if (archivesDiscussion(item.status))
      store.outbox.enqueue(
        item.guildId,
        { kind: 'thread-update', ...target, forumId: forum ? copy.channelId : null, archived: true },
        null,
        now,
      );
    return true;
  }
  const closing = archivesDiscussion(status.to);
  const reopening = archivesDiscussion(status.from) && !closing;
  if (!forum && !closing && !reopening) return true;
  store.outbox.enqueue(
    item.guildId,
    {
      kind: 'thread-update',
      ...target,
      forumId: forum ? copy.channelId : null,
      ...(forum ? { tags: postTags(change.level, status.to) } : {}),
      ...(closing ? { archived: true } : reopening ? { archived: false } : {}),
    },
    null,
    now,
  );
  return true;
}

/**
 * Renames an erased item's thread or post, whose name quoted the start of the feedback
 * (`/mydata delete`); `item` is the item as erased. Returns whether a row was queued.
 */
export function queueThreadRename(deps: QueueDeps, item: FeedbackItem, now: Date): boolean {
  const copy = deps.store.votes.copyOf(item.id);
  const target = threadTargetOf(copy);
  if (!copy || !target) return false;
  deps.store.outbox.enqueue(
    item.guildId,
    {
      kind: 'thread-update',
      ...target,
      forumId: copy.kind === 'forum-post' ? copy.channelId : null,
      name: threadName(item.number, item.body),
    },
    null,
    now,
  );
  return true;
}

/** The level tag of one open post after a promotion (a batch of the `retag-posts` fan-out). */
export function queuePostRetag(
  deps: QueueDeps,
  guildId: string,
  post: OpenPost,
  level: Level,
  now: Date,
): void {
  deps.store.outbox.enqueue(
    guildId,
    {
      kind: 'thread-update',
      feedbackId: post.id,
      channelId: post.forumId,
      threadId: post.threadId,
      openedBy: post.openedBy,
      forumId: post.forumId,
      tags: postTags(level, post.status),
    },
    null,
    now,
  );
}

/**
 * Queues the creation of the tags the bot manages in a forum (one per level, one per status, named
 * in the server's language), merged with the forum's own, when a feature's feedback channel is set
 * to it. `createFeature` and `editFeature` call it inside their transaction.
 *
 * `currentTags`: the forum's tags as the caller sees them now (Discord's cache), to foresee which of
 * the bot's tags will not fit (a forum holds 20); returns their names, so the maintainer who set the
 * channel is told at once. The delivery merges against the forum as it is then, and tells the log
 * channel if any were left out.
 */
export function queueForumTags(
  deps: QueueDeps,
  guildId: string,
  forumId: string,
  now: Date,
  currentTags: readonly ForumTag[] | null = null,
): string[] {
  const locale = serverLocale(deps.store.settings.get(guildId));
  const tags = FORUM_TAG_KEYS.map((key: ForumTagKey) => ({
    key,
    name: deps.render.forumTagName(locale, key),
  }));
  deps.store.outbox.enqueue(guildId, { kind: 'forum-tags', channelId: forumId, tags }, null, now);
  if (!currentTags) return [];
  const { missing } = planForumTags(currentTags, tags, deps.store.discussion.forumTags(forumId));
  return tags.filter((tag) => missing.includes(tag.key)).map((tag) => tag.name);
}
