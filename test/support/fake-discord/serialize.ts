import {
  type FakeChannel,
  type FakeForumTag,
  type FakeGuild,
  type FakeMember,
  type FakeMessage,
  type FakeRole,
  type FakeThread,
  type FakeUser,
  isThread,
  THREAD_ONLY_TYPES,
} from './types.js';

/** API JSON builders for world records. */

export function userJson(user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.globalName,
    avatar: null,
    bot: user.bot,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    primary_guild: null,
  };
}

export function roleJson(role: FakeRole): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    color: role.color,
    colors: { primary_color: role.color, secondary_color: null, tertiary_color: null },
    hoist: role.hoist,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.managed,
    mentionable: role.mentionable,
    flags: 0,
    ...(role.botId ? { tags: { bot_id: role.botId } } : {}),
  };
}

export function memberJson(member: FakeMember, withUser = true): Record<string, unknown> {
  return {
    ...(withUser ? { user: userJson(member.user) } : {}),
    nick: member.nick,
    avatar: null,
    banner: null,
    roles: [...member.roles],
    joined_at: member.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

export function forumTagJson(tag: FakeForumTag): Record<string, unknown> {
  return {
    id: tag.id,
    name: tag.name,
    moderated: tag.moderated,
    emoji_id: tag.emojiId,
    emoji_name: tag.emojiName,
  };
}

/** A thread or forum post as Discord returns it (`ThreadResponse`). */
export function threadJson(thread: FakeThread): Record<string, unknown> {
  const { metadata } = thread;
  return {
    id: thread.id,
    type: thread.type,
    guild_id: thread.guildId,
    parent_id: thread.parentId,
    owner_id: thread.ownerId,
    name: thread.name,
    last_message_id: thread.lastMessageId,
    rate_limit_per_user: thread.rateLimitPerUser,
    flags: thread.flags,
    thread_metadata: {
      archived: metadata.archived,
      auto_archive_duration: metadata.autoArchiveDuration,
      archive_timestamp: metadata.archiveTimestamp,
      locked: metadata.locked,
      create_timestamp: metadata.createTimestamp,
      ...(thread.type === 12 ? { invitable: true } : {}),
    },
    message_count: thread.messageCount,
    member_count: thread.memberIds.size,
    total_message_sent: thread.totalMessageSent,
    ...(thread.appliedTags ? { applied_tags: [...thread.appliedTags] } : {}),
  };
}

export function channelJson(channel: FakeChannel): Record<string, unknown> {
  if (isThread(channel)) return threadJson(channel);
  return {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    parent_id: channel.parentId,
    topic: channel.topic,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: channel.flags,
    permission_overwrites: channel.overwrites.map((o) => ({
      id: o.id,
      type: o.type,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
    ...(channel.type === 2 ? { bitrate: 64000, user_limit: 0, rtc_region: null } : {}),
    ...(THREAD_ONLY_TYPES.has(channel.type)
      ? {
          available_tags: channel.availableTags.map(forumTagJson),
          default_reaction_emoji: null,
          default_sort_order: null,
          default_forum_layout: 0,
          default_thread_rate_limit_per_user: 0,
        }
      : {}),
  };
}

export function guildJson(guild: FakeGuild): Record<string, unknown> {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [...guild.roles.values()].map(roleJson),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.preferredLocale,
    nsfw_level: 0,
    max_members: 500000,
    max_video_channel_users: 25,
  };
}

/**
 * Full `GUILD_CREATE` dispatch data. `visibleThreads` are the active threads the bot can see (Discord
 * sends those in `threads`).
 */
export function guildCreateJson(
  guild: FakeGuild,
  botUserId: string,
  visibleThreads: FakeThread[] = [],
): Record<string, unknown> {
  const me = guild.members.get(botUserId);
  return {
    ...guildJson(guild),
    joined_at: me?.joinedAt ?? new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: guild.members.size,
    voice_states: [],
    members: [...guild.members.values()].map((m) => memberJson(m)),
    channels: [...guild.channels.values()].map((c) => {
      const { guild_id: _omit, ...rest } = channelJson(c);
      return rest;
    }),
    threads: visibleThreads.map(threadJson),
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/**
 * A message's components as Discord returns them: every component carries a numeric `id`; those the
 * request left out are numbered in order (depth first), as Discord does. The stored request is untouched.
 */
export function numberedComponents(components: unknown[]): unknown[] {
  const taken = new Set<number>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if (typeof obj.type === 'number' && typeof obj.id === 'number') taken.add(obj.id);
      for (const key of ['components', 'component', 'accessory']) collect(obj[key]);
    }
  };
  collect(components);
  let next = 1;
  const number = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(number);
    if (!value || typeof value !== 'object') return value;
    const obj = { ...(value as Record<string, unknown>) };
    if (typeof obj.type === 'number' && typeof obj.id !== 'number') {
      while (taken.has(next)) next += 1;
      obj.id = next;
      taken.add(next);
    }
    for (const key of ['components', 'component', 'accessory']) if (key in obj) obj[key] = number(obj[key]);
    return obj;
  };
  return components.map(number);
}

export function messageJson(
  message: FakeMessage,
  author: FakeUser,
  applicationId: string,
): Record<string, unknown> {
  const fromInteraction = message.interactionToken !== null;
  return {
    id: message.id,
    type: 0,
    channel_id: message.channelId,
    ...(message.guildId ? { guild_id: message.guildId } : {}),
    author: userJson(author),
    content: message.content,
    timestamp: message.timestamp,
    edited_timestamp: message.editedTimestamp,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: message.attachments,
    embeds: message.embeds,
    components: numberedComponents(message.components),
    reactions: [],
    pinned: false,
    flags: message.flags,
    ...(message.nonce !== null ? { nonce: message.nonce } : {}),
    ...(fromInteraction ? { webhook_id: applicationId, application_id: applicationId } : {}),
  };
}
