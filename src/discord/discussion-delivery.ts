import { type REST, Routes } from 'discord.js';
import { type Clock, systemClock } from '../clock.js';
import { type ForumTag, planForumTags } from '../domain/discussion.js';
import type { OutboxEffect, OutboxEntry, ThreadTarget } from '../domain/entities.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import { formatList, serverLocale, t } from '../text/index.js';
import { DISCORD_ERROR, discordErrorCode, RetryLaterError } from './errors.js';

type Effect<K extends OutboxEffect['kind']> = Extract<OutboxEffect, { kind: K }>;

/** Discord: "A thread has already been created for this message". */
const THREAD_ALREADY_CREATED = 160004;
/** Threads go quiet after a week without messages; Discord's longest auto-archive duration. */
const AUTO_ARCHIVE_MINUTES = 10080;
/** Discord applies at most 5 tags to a forum post. */
const MAX_APPLIED_TAGS = 5;

interface ThreadJson {
  id: string;
  name?: string;
  parent_id?: string | null;
  owner_id?: string;
  applied_tags?: string[];
  thread_metadata?: { archived?: boolean; locked?: boolean };
}

interface ForumJson {
  id: string;
  available_tags?: ForumTag[];
}

/**
 * Delivers the outbox effects of threads and forum posts (product.md §8) for the outbox worker:
 * opens a thread on a copy, creates an item's forum post, posts in a thread, retags, archives and
 * renames it, and creates a forum's tags. Each is safe to repeat after a lost answer: a second
 * thread on a message is refused by Discord (its id is the message's), a post is looked up by its
 * `#N` name before it is created again, tags are merged by name, and updates set a state.
 */
export class DiscussionDelivery {
  constructor(
    private readonly store: Store,
    private readonly rest: REST,
    /** Never re-sends a request by itself: forum posts, which Discord cannot de-duplicate. */
    private readonly onceRest: REST,
    private readonly logger: Logger,
    private readonly selfId: () => string | null,
    /** The business clock: when a notice this delivery queues was created. */
    private readonly clock: Clock = systemClock,
  ) {}

  /**
   * The thread an effect is about: its id, else the result of the row that opened it. `null` when
   * that row failed (the failure was reported) or found nothing to open.
   */
  threadOf(target: ThreadTarget): string | null {
    if (target.threadId !== null) return target.threadId;
    if (target.openedBy === null) return null;
    const opened = this.store.outbox.postedMessage(target.openedBy);
    // Only reachable when the opener is still in flight: it shares the lane, so it normally went first.
    if (opened?.status === 'pending')
      throw new RetryLaterError(`thread of outbox ${target.openedBy} not open yet`);
    return opened?.messageId ?? null;
  }

  /**
   * Posts in an item's thread with `post` (the worker's message posting, nonce and in-doubt lookup
   * included). No thread (opening it failed and was reported), or one a moderator deleted: the post
   * has nowhere to go, and that is not a failure to report.
   */
  async postInThread(
    target: ThreadTarget,
    post: (threadId: string) => Promise<string>,
  ): Promise<string | null> {
    const threadId = this.threadOf(target);
    if (threadId === null) return null;
    try {
      return await post(threadId);
    } catch (error) {
      if (discordErrorCode(error) !== DISCORD_ERROR.unknownChannel) throw error;
      this.logger.info({ thread: threadId }, 'the thread was deleted; the post is dropped');
      return null;
    }
  }

  /** Opens the public thread of a copy in a text or announcement channel; returns its id. */
  async openThread(effect: Effect<'thread-open'>): Promise<string | null> {
    const messageId =
      effect.messageId ?? this.threadOf({ ...effect, threadId: null, openedBy: effect.postedBy });
    // The copy could not be posted (reported on its own): there is nothing to open a thread on.
    if (messageId === null) return null;
    try {
      await this.rest.post(Routes.threads(effect.channelId, messageId), {
        body: { name: effect.name, auto_archive_duration: AUTO_ARCHIVE_MINUTES },
      });
    } catch (error) {
      const code = discordErrorCode(error);
      // Opened by an attempt whose answer was lost: a thread on a message has the message's id.
      if (code === THREAD_ALREADY_CREATED) return messageId;
      // The copy was deleted meanwhile: no thread to open.
      if (code === DISCORD_ERROR.unknownMessage) return null;
      throw error;
    }
    return messageId;
  }

  /**
   * Creates an item's forum post, whose first message is the copy, tagged with the ids the forum's
   * tags got; returns the post's id. A post whose answer was lost is found among the guild's active
   * threads by its name (`#N · …`, unique in the guild) before it is created again.
   */
  async createPost(entry: OutboxEntry, effect: Effect<'forum-post'>): Promise<string> {
    if (entry.sendingSince) {
      const existing = await this.findPost(entry.guildId, effect.forumId, effect.name);
      if (existing) return existing;
    }
    const known = this.store.discussion.forumTags(effect.forumId);
    const tagIds = effect.tags.flatMap((key) => known.get(key) ?? []);
    const create = (appliedTags: string[]) =>
      this.onceRest.post(Routes.threads(effect.forumId), {
        body: {
          name: effect.name,
          auto_archive_duration: AUTO_ARCHIVE_MINUTES,
          ...(appliedTags.length > 0 ? { applied_tags: appliedTags } : {}),
          message: effect.body,
        },
      }) as Promise<ThreadJson>;
    try {
      return (await create(tagIds)).id;
    } catch (error) {
      // A tag a moderator deleted from the forum refuses the whole post: the feedback is posted
      // with the tags that still exist, and the deleted ones are forgotten.
      if (tagIds.length === 0 || discordErrorCode(error) !== DISCORD_ERROR.invalidFormBody) throw error;
      const existing = await this.existingTags(effect.forumId, tagIds);
      return (await create(existing)).id;
    }
  }

  /** Which of `tagIds` the forum still has; the others are forgotten. */
  private async existingTags(forumId: string, tagIds: readonly string[]): Promise<string[]> {
    const forum = (await this.rest.get(Routes.channel(forumId))) as ForumJson;
    const available = new Set((forum.available_tags ?? []).map((tag) => tag.id));
    const stale = tagIds.filter((id) => !available.has(id));
    if (stale.length > 0) {
      this.logger.warn({ forum: forumId, stale }, 'forum tags the bot created were deleted; forgotten');
      this.store.discussion.forgetForumTags(forumId, stale);
    }
    return tagIds.filter((id) => available.has(id));
  }

  /**
   * The post the bot created in the forum under this name, among the guild's active threads (a post
   * is active for days after it is created). A lookup that fails fails the attempt, which is tried
   * again later: posting without knowing could post twice.
   */
  private async findPost(guildId: string, forumId: string, name: string): Promise<string | null> {
    const self = this.selfId();
    const active = (await this.rest.get(Routes.guildActiveThreads(guildId))) as { threads: ThreadJson[] };
    const found = active.threads.find(
      (thread) =>
        thread.parent_id === forumId && thread.name === name && (self === null || thread.owner_id === self),
    );
    if (found)
      this.logger.info({ forum: forumId, post: found.id }, 'in-doubt forum post found; not posted again');
    return found?.id ?? null;
  }

  /**
   * Retags, archives or renames an item's thread or post. Tags the bot does not manage (a
   * moderator's) stay applied. An archived thread is opened for the change and archived again,
   * unless the change opens it. A thread deleted meanwhile leaves nothing to change.
   */
  async updateThread(effect: Effect<'thread-update'>): Promise<string | null> {
    const threadId = this.threadOf(effect);
    if (threadId === null) return null;
    let thread: ThreadJson;
    try {
      thread = (await this.rest.get(Routes.channel(threadId))) as ThreadJson;
    } catch (error) {
      if (discordErrorCode(error) === DISCORD_ERROR.unknownChannel) return null;
      throw error;
    }
    try {
      return await this.changeThread(effect, threadId, thread);
    } catch (error) {
      // A tag the bot created was deleted from the forum: forget it and change what still exists.
      if (!effect.tags || !effect.forumId || discordErrorCode(error) !== DISCORD_ERROR.invalidFormBody)
        throw error;
      await this.existingTags(effect.forumId, [...this.store.discussion.forumTags(effect.forumId).values()]);
      return this.changeThread(effect, threadId, thread);
    }
  }

  private async changeThread(
    effect: Effect<'thread-update'>,
    threadId: string,
    thread: ThreadJson,
  ): Promise<string> {
    const changes: Record<string, unknown> = {};
    if (effect.name !== undefined && effect.name !== thread.name) changes.name = effect.name;
    if (effect.tags && effect.forumId) {
      const tags = this.appliedTags(effect.forumId, effect.tags, thread.applied_tags ?? []);
      if (tags) changes.applied_tags = tags;
    }
    const archived = thread.thread_metadata?.archived === true;
    const wantArchived = effect.archived ?? archived;
    const hasChanges = Object.keys(changes).length > 0;
    if (!hasChanges && wantArchived === archived) return threadId;
    if (archived && hasChanges) {
      // Discord changes nothing else on an archived thread: open it with the change, then close it again.
      await this.rest.patch(Routes.channel(threadId), { body: { archived: false, ...changes } });
      if (wantArchived) await this.rest.patch(Routes.channel(threadId), { body: { archived: true } });
      return threadId;
    }
    await this.rest.patch(Routes.channel(threadId), {
      body: { ...changes, ...(wantArchived !== archived ? { archived: wantArchived } : {}) },
    });
    return threadId;
  }

  /**
   * The post's tags with the bot's tags replaced by `keys`' ids; the others (a moderator's) kept
   * first. `null` when nothing changes or the bot knows none of the forum's tags.
   */
  private appliedTags(forumId: string, keys: readonly string[], current: readonly string[]): string[] | null {
    const known = this.store.discussion.forumTags(forumId);
    if (known.size === 0) return null;
    const managed = new Set(known.values());
    const wanted = keys.flatMap((key) => known.get(key as never) ?? []);
    const kept = current.filter((id) => !managed.has(id));
    const tags = [...kept.slice(0, MAX_APPLIED_TAGS - wanted.length), ...wanted];
    const same = tags.length === current.length && tags.every((id) => current.includes(id));
    return same ? null : tags;
  }

  /**
   * Creates the tags the bot manages in a forum, merged with the forum's own (adopting any of the
   * same name, keeping within Discord's 20), and records their ids for later posts.
   */
  async createForumTags(entry: OutboxEntry, effect: Effect<'forum-tags'>): Promise<null> {
    const forum = (await this.rest.get(Routes.channel(effect.channelId))) as ForumJson;
    const known = this.store.discussion.forumTags(effect.channelId);
    const plan = planForumTags(forum.available_tags ?? [], effect.tags, known);
    const ids = [...plan.adopted];
    if (plan.created.length > 0) {
      const updated = (await this.rest.patch(Routes.channel(effect.channelId), {
        body: { available_tags: plan.tags },
      })) as ForumJson;
      const before = new Set((forum.available_tags ?? []).map((tag) => tag.id));
      const added = (updated.available_tags ?? []).filter((tag) => !before.has(tag.id));
      for (const key of plan.created) {
        const name = effect.tags.find((tag) => tag.key === key)?.name.toLocaleLowerCase();
        const tag = added.find((candidate) => candidate.name.toLocaleLowerCase() === name);
        if (tag) ids.push({ key, id: tag.id });
      }
    }
    this.store.discussion.recordForumTags(effect.channelId, ids);
    if (plan.missing.length > 0) this.reportMissingTags(entry, effect, plan.missing);
    return null;
  }

  /** Tells the log channel which tags did not fit in the forum, and what to do about it. */
  private reportMissingTags(
    entry: OutboxEntry,
    effect: Effect<'forum-tags'>,
    missing: readonly string[],
  ): void {
    this.logger.warn(
      { forum: effect.channelId, missing },
      'the forum has no room for every tag the bot manages',
    );
    const settings = this.store.settings.get(entry.guildId);
    if (!settings.logChannelId) return;
    const locale = serverLocale(settings);
    const names = effect.tags.filter((tag) => missing.includes(tag.key)).map((tag) => `\`${tag.name}\``);
    const content = t(locale, 'discussion.tagsMissing', {
      channelId: effect.channelId,
      tags: formatList(locale, names),
    });
    this.store.outbox.enqueue(
      entry.guildId,
      {
        kind: 'message',
        channelId: settings.logChannelId,
        body: { content, allowed_mentions: { parse: [] } },
      },
      null,
      this.clock.now(),
    );
  }
}
