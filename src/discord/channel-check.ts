import { ChannelType, type Guild, type GuildBasedChannel, PermissionFlagsBits } from 'discord.js';
import type { FeedbackChannelKind, ForumTag } from '../domain/discussion.js';
import { DEFAULT_LOCALE, formatList, type Locale, type MessageKey, t, text } from '../text/index.js';
import { UserError } from './errors.js';

/** What the bot needs in a channel it posts embeds in, named as Discord's settings name them. */
const POSTING_PERMISSIONS = [
  [PermissionFlagsBits.ViewChannel, 'setup.permission.viewChannel'],
  [PermissionFlagsBits.SendMessages, 'setup.permission.sendMessages'],
  [PermissionFlagsBits.EmbedLinks, 'setup.permission.embedLinks'],
] as const;

/** What the bot needs to post in a forum: its posts are the copies (Discord calls Send Messages "Create Posts" there). */
const FORUM_POSTING = [
  [PermissionFlagsBits.ViewChannel, 'setup.permission.viewChannel'],
  [PermissionFlagsBits.SendMessages, 'setup.permission.createPosts'],
  [PermissionFlagsBits.EmbedLinks, 'setup.permission.embedLinks'],
] as const;

type PermissionKey = (typeof POSTING_PERMISSIONS | typeof FORUM_POSTING)[number][1] & MessageKey;

/**
 * The refusal naming the permissions the bot lacks in a channel. Discord shows permission names
 * in each member's language, so the names are looked up in the reader's language when the
 * dispatcher renders the refusal, not when the check runs.
 */
class MissingChannelPermissions extends UserError {
  constructor(
    private readonly channelId: string,
    private readonly missing: readonly PermissionKey[],
  ) {
    super(text('setup.channelMissing', { channelId, missing: missingList(DEFAULT_LOCALE, missing) }));
  }

  override render(locale: Locale): string {
    return t(locale, 'setup.channelMissing', {
      channelId: this.channelId,
      missing: missingList(locale, this.missing),
    });
  }
}

function missingList(locale: Locale, keys: readonly PermissionKey[]): string {
  return formatList(
    locale,
    keys.map((key) => t(locale, key)),
  );
}

/**
 * Refuses a channel the bot cannot post embeds in, naming each missing permission, so a
 * maintainer finds out at `/setup` time rather than when the first announcement fails.
 */
export async function requirePostableChannel(guild: Guild, channelId: string): Promise<void> {
  const channel = guild.channels.cache.get(channelId);
  if (!channel) throw new UserError(text('setup.channelUnknown'));
  if (!channel.isTextBased() || channel.isThread() || channel.isVoiceBased())
    throw new UserError(text('setup.channelNotText'));
  const me = guild.members.me ?? (await guild.members.fetchMe());
  const permissions = me.permissionsIn(channel);
  const missing = POSTING_PERMISSIONS.filter(([flag]) => !permissions.has(flag, true)).map(([, key]) => key);
  if (missing.length > 0) throw new MissingChannelPermissions(channelId, missing);
}

/**
 * What the discussion of feedback needs beyond posting (product.md §8), by kind of feedback
 * channel, with what the bot cannot do without each. Missing ones are named, never refused: the
 * feedback is stored and copied all the same.
 */
const DISCUSSION_PERMISSIONS = {
  text: [
    [PermissionFlagsBits.CreatePublicThreads, 'createPublicThreads'],
    [PermissionFlagsBits.SendMessagesInThreads, 'sendMessagesInThreads'],
    [PermissionFlagsBits.ManageThreads, 'manageThreads'],
  ],
  forum: [
    [PermissionFlagsBits.SendMessagesInThreads, 'sendMessagesInThreads'],
    [PermissionFlagsBits.ManageThreads, 'manageThreads'],
    [PermissionFlagsBits.ManageChannels, 'manageChannels'],
  ],
} as const;

/** A permission the discussion of feedback needs, named as the catalogue's `setup.permission.*`. */
export type DiscussionPermission = (typeof DISCUSSION_PERMISSIONS)[FeedbackChannelKind][number][1];

/** A feedback channel as `/feature create|edit` checked it. */
export interface FeedbackChannelCheck {
  channelId: string;
  kind: FeedbackChannelKind;
  /** What the bot lacks there for threads, posts and tags. */
  missing: DiscussionPermission[];
  /** A forum's tags as the cache shows them (`null` for a text channel). */
  forumTags: ForumTag[] | null;
}

function kindOf(channel: GuildBasedChannel): FeedbackChannelKind | null {
  if (channel.type === ChannelType.GuildForum) return 'forum';
  if (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement) return 'text';
  return null;
}

/**
 * Checks a feature's feedback channel: a text or announcement channel (a thread per copy) or a
 * forum (a post per item). Refuses one the bot cannot post in, naming what it lacks; names, without
 * refusing, what it lacks for threads, posts and tags.
 */
export async function checkFeedbackChannel(guild: Guild, channelId: string): Promise<FeedbackChannelCheck> {
  const channel = guild.channels.cache.get(channelId);
  if (!channel) throw new UserError(text('setup.channelUnknown'));
  const kind = kindOf(channel);
  if (!kind) throw new UserError(text('feature.channelWrongType'));
  const me = guild.members.me ?? (await guild.members.fetchMe());
  const permissions = me.permissionsIn(channel);
  const posting = kind === 'forum' ? FORUM_POSTING : POSTING_PERMISSIONS;
  const lacking: PermissionKey[] = posting
    .filter(([flag]) => !permissions.has(flag, true))
    .map(([, key]) => key);
  if (lacking.length > 0) throw new MissingChannelPermissions(channelId, lacking);
  const forumTags =
    channel.type === ChannelType.GuildForum
      ? channel.availableTags.map(({ id, name }) => ({ id, name }))
      : null;
  return { channelId, kind, missing: discussionPermissionsMissing(guild, channelId, kind), forumTags };
}

/**
 * What the bot lacks in a feedback channel for its threads, posts and tags, read from the cache
 * (`/setup show` lists it for every feature); empty when the channel is unknown to the cache.
 */
export function discussionPermissionsMissing(
  guild: Guild,
  channelId: string,
  kind: FeedbackChannelKind,
): DiscussionPermission[] {
  const channel = guild.channels.cache.get(channelId);
  const me = guild.members.me;
  if (!channel || !me) return [];
  const permissions = me.permissionsIn(channel);
  return DISCUSSION_PERMISSIONS[kind].filter(([flag]) => !permissions.has(flag, true)).map(([, key]) => key);
}
