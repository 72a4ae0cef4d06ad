import { GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { createMessage, HAS_THREAD, isEmptyMessage, messageView } from './messages.js';
import { canSeeThread, channelPermissions, has } from './permissions.js';
import {
  created,
  fail,
  invalidForm,
  missingPermissions,
  ok,
  type RouteContext,
  type RouteResult,
  type Router,
  unknownChannel,
  unknownGuild,
  unknownMessage,
} from './router.js';
import { channelJson, threadJson } from './serialize.js';
import {
  type AutoArchiveDuration,
  type FakeChannel,
  type FakeGuild,
  type FakeMessage,
  type FakeThread,
  isThread,
  THREAD_ONLY_TYPES,
} from './types.js';
import type { World } from './world.js';
import {
  FORUM_TAG_LIMITS,
  type ForumTagInput,
  mergeForumTags,
  REQUIRE_TAG,
  type ThreadChanges,
} from './world.js';

/** Threads, forum posts, forum tags and archiving, answered as Discord does (codes included). */

const missingAccess = (): RouteResult => fail(403, 50001, 'Missing Access');
const wrongChannelType = (): RouteResult => fail(400, 50024, 'Cannot execute action on this channel type');
const threadArchived = (): RouteResult => fail(400, 50083, 'Thread is archived');
const fieldError = (code: string, message: string): Record<string, unknown> => ({
  _errors: [{ code, message }],
});

/** The channel a thread route acts on: a guild channel or thread, or the answer refusing it. */
function channelOf(ctx: RouteContext): { channel: FakeChannel; guild: FakeGuild } | RouteResult {
  const channelId = ctx.params.channelId ?? '';
  const channel = ctx.world.findChannel(channelId);
  if (!channel) return ctx.world.dmRecipient(channelId) ? wrongChannelType() : unknownChannel();
  return { channel, guild: ctx.world.guild(channel.guildId) };
}

function autoArchive(value: unknown): AutoArchiveDuration | undefined {
  return value === 60 || value === 1440 || value === 4320 || value === 10080 ? value : undefined;
}

function rateLimit(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function badName(value: unknown): RouteResult | null {
  if (typeof value === 'string' && value.length >= 1 && value.length <= 100) return null;
  return invalidForm({ name: fieldError('BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.') });
}

/**
 * Checks `applied_tags` against a forum: at most 5, each one of its tags, a moderated one only with
 * Manage Threads (added or removed). Returns the deduplicated ids, or the refusal.
 */
function checkAppliedTags(
  forum: FakeChannel,
  value: unknown,
  perms: bigint,
  previous: string[] = [],
): string[] | RouteResult {
  const ids = Array.isArray(value) ? value.map(String) : [];
  if (ids.length > FORUM_TAG_LIMITS.appliedTags) {
    return invalidForm({ applied_tags: fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.') });
  }
  const unknown: Record<string, unknown> = {};
  ids.forEach((id, index) => {
    if (!forum.availableTags.some((t) => t.id === id)) {
      unknown[String(index)] = fieldError(
        'FORUM_TAG_INVALID',
        "Tag is not one of the channel's available tags.",
      );
    }
  });
  if (Object.keys(unknown).length > 0) return invalidForm({ applied_tags: unknown });
  const unique = [...new Set(ids)];
  const changed = [
    ...unique.filter((id) => !previous.includes(id)),
    ...previous.filter((id) => !unique.includes(id)),
  ];
  const moderated = changed.some((id) => forum.availableTags.find((t) => t.id === id)?.moderated);
  if (moderated && !has(perms, PermissionFlagsBits.ManageThreads)) return missingPermissions();
  return unique;
}

function threadMemberJson(thread: FakeThread, userId: string): Record<string, unknown> {
  return { id: thread.id, user_id: userId, join_timestamp: thread.metadata.createTimestamp, flags: 0 };
}

function threadsPage(world: World, threads: FakeThread[], hasMore: boolean): Record<string, unknown> {
  const botId = world.botUser.id;
  return {
    threads: threads.map(threadJson),
    members: threads.filter((t) => t.memberIds.has(botId)).map((t) => threadMemberJson(t, botId)),
    has_more: hasMore,
  };
}

/** `POST /channels/{channel_id}/messages/{message_id}/threads`: the thread takes the message's id. */
function startThreadFromMessage(ctx: RouteContext): RouteResult {
  const found = channelOf(ctx);
  if ('status' in found) return found;
  const { channel, guild } = found;
  const { world, body } = ctx;
  const perms = channelPermissions(guild, world.botUser.id, channel);
  if (!has(perms, PermissionFlagsBits.ViewChannel)) return missingAccess();
  if (channel.type !== 0 && channel.type !== 5) return wrongChannelType();
  if (!has(perms, PermissionFlagsBits.CreatePublicThreads)) return missingPermissions();
  const message = world.messages.get(ctx.params.messageId ?? '');
  if (!message || message.deleted || message.channelId !== channel.id) return unknownMessage();
  if (guild.threads.has(message.id)) {
    return fail(400, 160004, 'A thread has already been created for this message');
  }
  const refused = badName(body.name);
  if (refused) return refused;
  const thread = world.createThread(channel, {
    id: message.id,
    name: String(body.name),
    type: channel.type === 5 ? 10 : 11,
    ownerId: world.botUser.id,
    autoArchiveDuration: autoArchive(body.auto_archive_duration),
    rateLimitPerUser: rateLimit(body.rate_limit_per_user),
  });
  message.flags |= HAS_THREAD;
  world.dispatch('MESSAGE_UPDATE', messageView(world, message), GatewayIntentBits.GuildMessages);
  return created(threadJson(thread));
}

/** `POST /channels/{channel_id}/threads`: a forum post (with its starter message) or a bare thread. */
function createThread(ctx: RouteContext): RouteResult {
  const found = channelOf(ctx);
  if ('status' in found) return found;
  const { channel, guild } = found;
  const { world, body } = ctx;
  const perms = channelPermissions(guild, world.botUser.id, channel);
  if (!has(perms, PermissionFlagsBits.ViewChannel)) return missingAccess();
  if (isThread(channel)) return wrongChannelType();
  if (THREAD_ONLY_TYPES.has(channel.type)) return createForumPost(ctx, channel, perms);
  if (channel.type !== 0 && channel.type !== 5) return wrongChannelType();
  const type = channel.type === 5 ? 10 : typeof body.type === 'number' ? body.type : 12;
  if ((channel.type === 5) !== (type === 10)) return wrongChannelType();
  const needed =
    type === 12 ? PermissionFlagsBits.CreatePrivateThreads : PermissionFlagsBits.CreatePublicThreads;
  if (!has(perms, needed)) return missingPermissions();
  const refused = badName(body.name);
  if (refused) return refused;
  const thread = world.createThread(channel, {
    name: String(body.name),
    type,
    ownerId: world.botUser.id,
    autoArchiveDuration: autoArchive(body.auto_archive_duration),
    rateLimitPerUser: rateLimit(body.rate_limit_per_user),
  });
  return created(threadJson(thread));
}

/** A forum post needs Send Messages ("Create Posts") on the forum, and a tag when the forum requires one. */
function createForumPost(ctx: RouteContext, forum: FakeChannel, perms: bigint): RouteResult {
  const { world, body, files } = ctx;
  if (!has(perms, PermissionFlagsBits.SendMessages)) return missingPermissions();
  const message =
    body.message && typeof body.message === 'object' && !Array.isArray(body.message)
      ? (body.message as Record<string, unknown>)
      : null;
  if (!message) return invalidForm({ message: fieldError('BASE_TYPE_REQUIRED', 'This field is required') });
  const refused = badName(body.name);
  if (refused) return refused;
  if (isEmptyMessage(message, files)) return fail(400, 50006, 'Cannot send an empty message');
  if (files.length > 0 && !has(perms, PermissionFlagsBits.AttachFiles)) return missingPermissions();
  const tags = checkAppliedTags(forum, body.applied_tags, perms);
  if (!Array.isArray(tags)) return tags;
  if ((forum.flags & REQUIRE_TAG) !== 0 && tags.length === 0) {
    return fail(400, 40067, 'A tag is required to create a forum post in this channel');
  }
  const thread = world.createThread(forum, {
    name: String(body.name),
    type: 11,
    ownerId: world.botUser.id,
    autoArchiveDuration: autoArchive(body.auto_archive_duration),
    rateLimitPerUser: rateLimit(body.rate_limit_per_user),
    appliedTags: tags,
    hasStarterMessage: true,
  });
  const starter = createMessage(world, {
    id: thread.id,
    channelId: thread.id,
    guildId: forum.guildId,
    source: 'channel',
    interactionToken: null,
    body: message,
    files,
    origin: ctx.origin,
  });
  return created({ ...threadJson(thread), message: messageView(world, starter) });
}

/** `PATCH /channels/{channel_id}` on a guild channel: name, topic, and a forum's tags and flags. */
function patchChannel(ctx: RouteContext, channel: FakeChannel, guild: FakeGuild): RouteResult {
  const { world, body } = ctx;
  const perms = channelPermissions(guild, world.botUser.id, channel);
  if (!has(perms, PermissionFlagsBits.ViewChannel)) return missingAccess();
  if (!has(perms, PermissionFlagsBits.ManageChannels)) return missingPermissions();
  if ('name' in body) {
    const refused = badName(body.name);
    if (refused) return refused;
  }
  const forum = THREAD_ONLY_TYPES.has(channel.type);
  let tags = channel.availableTags;
  if (forum && Array.isArray(body.available_tags)) {
    const input = body.available_tags as Record<string, unknown>[];
    if (input.length > FORUM_TAG_LIMITS.tags) {
      return invalidForm({
        available_tags: fieldError('BASE_TYPE_MAX_LENGTH', 'Must be 20 or fewer in length.'),
      });
    }
    const bad: Record<string, unknown> = {};
    input.forEach((tag, index) => {
      const name = typeof tag.name === 'string' ? tag.name : '';
      if (name.length < 1 || name.length > FORUM_TAG_LIMITS.nameLength) {
        bad[String(index)] = {
          name: fieldError('BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 20 in length.'),
        };
      }
    });
    if (Object.keys(bad).length > 0) return invalidForm({ available_tags: bad });
    tags = mergeForumTags(
      channel.availableTags,
      input.map(
        (tag): ForumTagInput => ({
          id: typeof tag.id === 'string' ? tag.id : null,
          name: String(tag.name),
          moderated: tag.moderated === true,
          emojiId: typeof tag.emoji_id === 'string' ? tag.emoji_id : null,
          emojiName: typeof tag.emoji_name === 'string' ? tag.emoji_name : null,
        }),
      ),
    );
  }
  if (typeof body.name === 'string') channel.name = body.name;
  if ('topic' in body) channel.topic = typeof body.topic === 'string' ? body.topic : null;
  if (forum && typeof body.flags === 'number') channel.flags = body.flags;
  channel.availableTags = tags;
  world.channelUpdated(channel);
  world.changed();
  return ok(channelJson(channel));
}

/**
 * `PATCH /channels/{thread_id}`. Manage Threads for name, lock, archive and settings, except that
 * un-archiving an unlocked thread needs only Send Messages in Threads; tags need Manage Threads or
 * owning the post. An archived thread takes no change but `archived: false` (50083).
 */
function patchThread(ctx: RouteContext, thread: FakeThread, guild: FakeGuild): RouteResult {
  const { world, body } = ctx;
  const botId = world.botUser.id;
  const perms = channelPermissions(guild, botId, thread);
  if (!canSeeThread(guild, botId, thread)) return missingAccess();
  const { metadata } = thread;
  if (metadata.archived && body.archived !== false) return threadArchived();
  const manage = has(perms, PermissionFlagsBits.ManageThreads);
  const moderatorFields = [
    'name',
    'locked',
    'auto_archive_duration',
    'rate_limit_per_user',
    'flags',
    'invitable',
  ];
  let needsManage = moderatorFields.some((field) => field in body && body[field] !== null);
  if (body.archived === true) needsManage = true;
  if (body.archived === false && metadata.archived) {
    if (metadata.locked || body.locked === true) needsManage = true;
    else if (!has(perms, PermissionFlagsBits.SendMessagesInThreads)) return missingPermissions();
  }
  if (needsManage && !manage) return missingPermissions();
  if (typeof body.name === 'string') {
    const refused = badName(body.name);
    if (refused) return refused;
  }
  const changes: ThreadChanges = {};
  if (Array.isArray(body.applied_tags) && thread.appliedTags) {
    if (!manage && thread.ownerId !== botId) return missingPermissions();
    const forum = guild.channels.get(thread.parentId);
    if (!forum) return unknownChannel();
    const tags = checkAppliedTags(forum, body.applied_tags, perms, thread.appliedTags);
    if (!Array.isArray(tags)) return tags;
    changes.appliedTags = tags;
  }
  if (typeof body.name === 'string') changes.name = body.name;
  if (typeof body.archived === 'boolean') changes.archived = body.archived;
  if (typeof body.locked === 'boolean') changes.locked = body.locked;
  const duration = autoArchive(body.auto_archive_duration);
  if (duration !== undefined) changes.autoArchiveDuration = duration;
  const slowmode = rateLimit(body.rate_limit_per_user);
  if (slowmode !== undefined) changes.rateLimitPerUser = slowmode;
  world.updateThread(thread.id, changes);
  return ok(threadJson(thread));
}

/**
 * The thread side of `POST /channels/{thread_id}/messages`: Send Messages in Threads instead of Send
 * Messages; a locked thread only with Manage Threads, and not at all once archived (50083). Null when
 * the post may go ahead.
 */
export function refuseThreadPost(world: World, thread: FakeThread): RouteResult | null {
  const guild = world.guild(thread.guildId);
  const perms = channelPermissions(guild, world.botUser.id, thread);
  if (!canSeeThread(guild, world.botUser.id, thread)) return missingAccess();
  if (!has(perms, PermissionFlagsBits.SendMessagesInThreads)) return missingPermissions();
  if (thread.metadata.locked && thread.metadata.archived) return threadArchived();
  if (thread.metadata.locked && !has(perms, PermissionFlagsBits.ManageThreads)) return missingPermissions();
  return null;
}

/** Counts a message posted in a thread; a post un-archives an archived (unlocked) thread, as on Discord. */
export function recordThreadPost(world: World, thread: FakeThread, message: FakeMessage): void {
  thread.messageCount += 1;
  thread.totalMessageSent += 1;
  thread.lastMessageId = message.id;
  thread.memberIds.add(message.authorId);
  if (thread.metadata.archived) world.updateThread(thread.id, { archived: false });
}

/** Uncounts a deleted thread message (the starter message of a forum post was never counted). */
export function recordThreadDelete(thread: FakeThread, message: FakeMessage): void {
  if (message.id !== thread.id) thread.messageCount = Math.max(0, thread.messageCount - 1);
}

export function registerThreadRoutes(router: Router): void {
  router
    .on('POST', '/channels/:channelId/messages/:messageId/threads', startThreadFromMessage)
    .on('POST', '/channels/:channelId/threads', createThread)
    .on('GET', '/guilds/:guildId/threads/active', ({ world, params }) => {
      if (!world.guilds.has(params.guildId ?? '')) return unknownGuild();
      return ok(threadsPage(world, world.visibleActiveThreads(params.guildId ?? ''), false));
    })
    .on('GET', '/channels/:channelId/threads/archived/public', (ctx) => {
      const found = channelOf(ctx);
      if ('status' in found) return found;
      const { channel, guild } = found;
      const { world, query } = ctx;
      const perms = channelPermissions(guild, world.botUser.id, channel);
      if (!has(perms, PermissionFlagsBits.ViewChannel)) return missingAccess();
      if (isThread(channel) || ![0, 5, 15, 16].includes(channel.type)) return wrongChannelType();
      if (!has(perms, PermissionFlagsBits.ReadMessageHistory)) return missingPermissions();
      const before = query.before ? Date.parse(query.before) : Number.POSITIVE_INFINITY;
      const limit = Math.max(2, Math.min(100, Number(query.limit ?? 50)));
      const archived = world
        .threadsOf(channel.id)
        .filter(
          (t) => t.type !== 12 && t.metadata.archived && Date.parse(t.metadata.archiveTimestamp) < before,
        )
        .sort((a, b) => Date.parse(b.metadata.archiveTimestamp) - Date.parse(a.metadata.archiveTimestamp));
      return ok(threadsPage(world, archived.slice(0, limit), archived.length > limit));
    })
    .on('PATCH', '/channels/:channelId', (ctx) => {
      const found = channelOf(ctx);
      if ('status' in found) return found;
      const { channel, guild } = found;
      return isThread(channel) ? patchThread(ctx, channel, guild) : patchChannel(ctx, channel, guild);
    });
}
