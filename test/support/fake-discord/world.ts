import { EventEmitter } from 'node:events';
import { GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { createMessage } from './messages.js';
import { canSeeThread, DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS } from './permissions.js';
import { channelJson, memberJson, roleJson, threadJson } from './serialize.js';
import { nextSnowflake } from './snowflake.js';
import {
  type AutoArchiveDuration,
  type FakeChannel,
  type FakeForumTag,
  type FakeGuild,
  type FakeMember,
  type FakeMessage,
  type FakeOverwrite,
  type FakeRole,
  type FakeThread,
  type FakeUser,
  type InteractionRecord,
  isThread,
  type RecordedRequest,
  THREAD_ONLY_TYPES,
  type Violation,
} from './types.js';

export interface AddGuildOptions {
  id?: string;
  name?: string;
  /** Owner user id; by default a member named "guild-owner" is created. */
  ownerId?: string;
  everyonePermissions?: bigint;
  botPermissions?: bigint;
  botRolePosition?: number;
  /** The server's preferred locale, default `en-US`. */
  preferredLocale?: string;
}

export interface AddRoleOptions {
  id?: string;
  name: string;
  /** Defaults to 1 (just above `@everyone`). */
  position?: number;
  permissions?: bigint;
  color?: number;
  mentionable?: boolean;
}

export interface AddMemberOptions {
  id?: string;
  username?: string;
  globalName?: string | null;
  roles?: string[];
  dmsClosed?: boolean;
  bot?: boolean;
}

export interface AddChannelOptions {
  id?: string;
  name: string;
  /** Channel type, default 0 (guild text). */
  type?: number;
  /** Default true. False adds an overwrite denying SendMessages to the bot role. */
  botCanSend?: boolean;
  parentId?: string | null;
  topic?: string | null;
  /** A forum's (type 15) tags: names, or tag objects (an `id` is kept, else a new one is made). At most 20. */
  availableTags?: (string | ForumTagInput)[];
  /** A forum that requires a tag on every new post (channel flag `REQUIRE_TAG`, 16). */
  requireTag?: boolean;
  /** Bits an overwrite on this channel denies the bot's role (e.g. `SendMessagesInThreads`). */
  botDeny?: bigint;
  /** Bits an overwrite on this channel allows the bot's role. */
  botAllow?: bigint;
}

export interface ForumTagInput {
  id?: string | null;
  name: string;
  moderated?: boolean | null;
  emojiId?: string | null;
  emojiName?: string | null;
}

/** A thread or forum post made by a member (as if from the Discord app), see `World.addThread`. */
export interface AddThreadOptions {
  id?: string;
  name: string;
  /** The member who created it; default the guild owner. */
  ownerId?: string;
  /** 11 public (default; 10 under an announcement channel), 12 private. */
  type?: number;
  /** A forum post's tags: tag ids or tag names of the forum. */
  appliedTags?: string[];
  /** A forum post's starter message, authored by the owner (default: the post's name as content). */
  message?: { content?: string; embeds?: unknown[]; components?: unknown[] };
  /** In a text or announcement channel: start the thread from this message (the thread takes its id). */
  fromMessageId?: string;
  archived?: boolean;
  locked?: boolean;
  autoArchiveDuration?: AutoArchiveDuration;
}

/** What `World.createThread` needs; validation is the caller's (the routes check like Discord). */
export interface NewThread {
  id?: string;
  name: string;
  type: number;
  ownerId: string;
  autoArchiveDuration?: AutoArchiveDuration | undefined;
  rateLimitPerUser?: number | undefined;
  appliedTags?: string[] | undefined;
  /** A forum post: its starter message shares the thread's id and is its last message. */
  hasStarterMessage?: boolean;
}

export type ThreadChanges = Partial<{
  name: string;
  archived: boolean;
  locked: boolean;
  autoArchiveDuration: AutoArchiveDuration;
  appliedTags: string[];
  rateLimitPerUser: number;
}>;

/** Discord's default `auto_archive_duration` when neither the request nor the parent sets one. */
export const DEFAULT_AUTO_ARCHIVE = { thread: 1440, forumPost: 4320 } as const;

/** Channel flag of a forum whose new posts need a tag. */
export const REQUIRE_TAG = 16;

/** Discord's bounds on forum tags. */
export const FORUM_TAG_LIMITS = { tags: 20, nameLength: 20, appliedTags: 5 } as const;

function isThreadType(type: number): boolean {
  return type === 10 || type === 11 || type === 12;
}

function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The tag list after an edit, as Discord merges `available_tags`: a tag sent with a known `id` keeps
 * it (and takes the new name/emoji), any other gets a new id; tags left out are gone. Throws on a
 * list Discord would refuse (the routes check first and answer 400).
 */
export function mergeForumTags(current: FakeForumTag[], input: (string | ForumTagInput)[]): FakeForumTag[] {
  if (input.length > FORUM_TAG_LIMITS.tags) throw new Error('fake-discord: a forum has at most 20 tags');
  return input.map((entry) => {
    const tag = typeof entry === 'string' ? { name: entry } : entry;
    if (tag.name.length < 1 || tag.name.length > FORUM_TAG_LIMITS.nameLength) {
      throw new Error(`fake-discord: a tag name has 1-20 characters: "${tag.name}"`);
    }
    const known = tag.id ? current.find((t) => t.id === tag.id) : undefined;
    return {
      id: known?.id ?? nextSnowflake(),
      name: tag.name,
      moderated: tag.moderated ?? false,
      emojiId: tag.emojiId ?? null,
      emojiName: tag.emojiName ?? null,
    };
  });
}

/** Receives gateway dispatches the world wants sent (wired to the gateway by index.ts). */
export type DispatchFn = (event: string, data: unknown, intent: number) => void;

/** The mutable state of the fake Discord: users, guilds, messages, interactions, recorded traffic. */
export class World {
  readonly events = new EventEmitter();
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly messages = new Map<string, FakeMessage>();
  /** user id -> DM channel id */
  readonly dmChannels = new Map<string, string>();
  /** `global` or a guild id -> registered commands (API JSON). */
  readonly commands = new Map<string, Record<string, unknown>[]>();
  /** interaction token -> record */
  readonly interactions = new Map<string, InteractionRecord>();
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  readonly botUser: FakeUser;
  readonly applicationId: string;
  dispatch: DispatchFn = () => {};

  constructor(options: { botUserId?: string; botUsername?: string; applicationId?: string }) {
    const id = options.botUserId ?? nextSnowflake();
    this.botUser = {
      id,
      username: options.botUsername ?? 'Stagegate',
      globalName: null,
      bot: true,
      dmsClosed: false,
    };
    this.users.set(id, this.botUser);
    this.applicationId = options.applicationId ?? id;
    this.events.setMaxListeners(0);
  }

  /** Notifies waiters that something changed (request recorded, callback received, ...). */
  changed(): void {
    this.events.emit('change');
  }

  /** Resolves with the first non-undefined value of `probe`, re-evaluated on every change. */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const first = probe();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const onChange = (): void => {
        const value = probe();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake-discord: timed out after ${timeoutMs} ms ${describe()}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.events.off('change', onChange);
      };
      this.events.on('change', onChange);
    });
  }

  guild(id: string): FakeGuild {
    const guild = this.guilds.get(id);
    if (!guild) throw new Error(`fake-discord: unknown guild ${id}`);
    return guild;
  }

  ensureUser(id: string, username = `user-${id.slice(-6)}`): FakeUser {
    let user = this.users.get(id);
    if (!user) {
      user = { id, username, globalName: null, bot: false, dmsClosed: false };
      this.users.set(id, user);
    }
    return user;
  }

  addGuild(options: AddGuildOptions = {}): FakeGuild {
    const id = options.id ?? nextSnowflake();
    if (this.guilds.has(id)) throw new Error(`fake-discord: guild ${id} exists already`);
    const botRoleId = nextSnowflake();
    const guild: FakeGuild = {
      id,
      name: options.name ?? `Guild ${id.slice(-4)}`,
      ownerId: '',
      botRoleId,
      roles: new Map(),
      members: new Map(),
      channels: new Map(),
      threads: new Map(),
      preferredLocale: options.preferredLocale ?? 'en-US',
    };
    guild.roles.set(
      id,
      this.makeRole(id, { id, name: '@everyone', position: 0 }, options.everyonePermissions),
    );
    const botRole = this.makeRole(id, {
      id: botRoleId,
      name: this.botUser.username,
      position: options.botRolePosition ?? 10,
      permissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
    });
    botRole.managed = true;
    botRole.botId = this.botUser.id;
    guild.roles.set(botRoleId, botRole);
    guild.members.set(this.botUser.id, this.makeMember(guild, this.botUser, [botRoleId]));
    if (options.ownerId) {
      guild.ownerId = options.ownerId;
      const owner = this.ensureUser(options.ownerId, 'guild-owner');
      guild.members.set(owner.id, this.makeMember(guild, owner, []));
    } else {
      const owner = this.ensureUser(nextSnowflake(), 'guild-owner');
      guild.ownerId = owner.id;
      guild.members.set(owner.id, this.makeMember(guild, owner, []));
    }
    this.guilds.set(id, guild);
    this.events.emit('guildAdded', guild);
    return guild;
  }

  addRole(guildId: string, options: AddRoleOptions): FakeRole {
    const guild = this.guild(guildId);
    const role = this.makeRole(guildId, options);
    guild.roles.set(role.id, role);
    this.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role: roleJson(role) }, GatewayIntentBits.Guilds);
    return role;
  }

  /** Changes a role as Server Settings would (its permissions, say) and dispatches `GUILD_ROLE_UPDATE`. */
  updateRole(
    guildId: string,
    roleId: string,
    changes: Partial<Pick<FakeRole, 'name' | 'permissions'>>,
  ): FakeRole {
    const role = this.guild(guildId).roles.get(roleId);
    if (!role) throw new Error(`fake-discord: unknown role ${roleId} in guild ${guildId}`);
    Object.assign(role, changes);
    this.dispatch('GUILD_ROLE_UPDATE', { guild_id: guildId, role: roleJson(role) }, GatewayIntentBits.Guilds);
    return role;
  }

  addMember(guildId: string, options: AddMemberOptions = {}): FakeMember {
    const guild = this.guild(guildId);
    const id = options.id ?? nextSnowflake();
    const user = this.ensureUser(id, options.username);
    if (options.username) user.username = options.username;
    if (options.globalName !== undefined) user.globalName = options.globalName;
    if (options.dmsClosed !== undefined) user.dmsClosed = options.dmsClosed;
    if (options.bot !== undefined) user.bot = options.bot;
    for (const roleId of options.roles ?? []) {
      if (!guild.roles.has(roleId))
        throw new Error(`fake-discord: unknown role ${roleId} in guild ${guildId}`);
    }
    const member = this.makeMember(guild, user, options.roles ?? []);
    guild.members.set(id, member);
    this.dispatch(
      'GUILD_MEMBER_ADD',
      { ...memberJson(member), guild_id: guildId },
      GatewayIntentBits.GuildMembers,
    );
    return member;
  }

  removeMember(guildId: string, userId: string): void {
    const guild = this.guild(guildId);
    const member = guild.members.get(userId);
    if (!member) return;
    guild.members.delete(userId);
    this.dispatch(
      'GUILD_MEMBER_REMOVE',
      { guild_id: guildId, user: memberJson(member).user },
      GatewayIntentBits.GuildMembers,
    );
  }

  /** Replaces a member's roles and dispatches `GUILD_MEMBER_UPDATE`. */
  setMemberRoles(guildId: string, userId: string, roles: Iterable<string>): void {
    const member = this.guild(guildId).members.get(userId);
    if (!member) throw new Error(`fake-discord: unknown member ${userId} in guild ${guildId}`);
    member.roles = new Set(roles);
    this.memberUpdated(member);
  }

  memberUpdated(member: FakeMember): void {
    this.dispatch(
      'GUILD_MEMBER_UPDATE',
      { ...memberJson(member), guild_id: member.guildId },
      GatewayIntentBits.GuildMembers,
    );
  }

  addChannel(guildId: string, options: AddChannelOptions): FakeChannel {
    const guild = this.guild(guildId);
    const type = options.type ?? 0;
    if (isThreadType(type)) throw new Error('fake-discord: use addThread to make a thread');
    const forum = THREAD_ONLY_TYPES.has(type);
    if (!forum && (options.availableTags || options.requireTag)) {
      throw new Error('fake-discord: only a forum (type 15) has tags');
    }
    const channel: FakeChannel = {
      id: options.id ?? nextSnowflake(),
      guildId,
      name: options.name,
      type,
      position: guild.channels.size,
      parentId: options.parentId ?? null,
      topic: options.topic ?? null,
      overwrites: [],
      flags: options.requireTag ? REQUIRE_TAG : 0,
      availableTags: forum ? mergeForumTags([], options.availableTags ?? []) : [],
    };
    const deny =
      (options.botCanSend === false ? PermissionFlagsBits.SendMessages : 0n) | (options.botDeny ?? 0n);
    const allow = options.botAllow ?? 0n;
    if (deny !== 0n || allow !== 0n) channel.overwrites.push({ id: guild.botRoleId, type: 0, allow, deny });
    guild.channels.set(channel.id, channel);
    this.dispatch('CHANNEL_CREATE', channelJson(channel), GatewayIntentBits.Guilds);
    return channel;
  }

  /** Sets (or replaces) a permission overwrite on a channel and dispatches `CHANNEL_UPDATE`. */
  setChannelOverwrite(channelId: string, overwrite: FakeOverwrite): void {
    const channel = this.findChannel(channelId);
    if (!channel || isThread(channel)) throw new Error(`fake-discord: unknown channel ${channelId}`);
    channel.overwrites = [...channel.overwrites.filter((o) => o.id !== overwrite.id), overwrite];
    this.channelUpdated(channel);
  }

  channelUpdated(channel: FakeChannel): void {
    this.dispatch('CHANNEL_UPDATE', channelJson(channel), GatewayIntentBits.Guilds);
  }

  /** Finds a guild channel or a thread by id in any guild. */
  findChannel(channelId: string): FakeChannel | undefined {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.get(channelId) ?? guild.threads.get(channelId);
      if (channel) return channel;
    }
    return undefined;
  }

  findThread(threadId: string): FakeThread | undefined {
    for (const guild of this.guilds.values()) {
      const thread = guild.threads.get(threadId);
      if (thread) return thread;
    }
    return undefined;
  }

  thread(threadId: string): FakeThread {
    const thread = this.findThread(threadId);
    if (!thread) throw new Error(`fake-discord: unknown thread ${threadId}`);
    return thread;
  }

  /** The threads (or forum posts) of a channel, oldest first, archived ones included. */
  threadsOf(parentId: string): FakeThread[] {
    const parent = this.findChannel(parentId);
    if (!parent) return [];
    return [...this.guild(parent.guildId).threads.values()]
      .filter((t) => t.parentId === parentId)
      .sort((a, b) => compareIds(a.id, b.id));
  }

  /** The messages in a thread, oldest first, starting with a forum post's starter message. */
  threadMessages(threadId: string): FakeMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.channelId === threadId && !m.deleted)
      .sort((a, b) => compareIds(a.id, b.id));
  }

  /** A forum's tag by name. */
  forumTag(forumId: string, name: string): FakeForumTag {
    const tag = this.findChannel(forumId)?.availableTags.find((t) => t.name === name);
    if (!tag) throw new Error(`fake-discord: channel ${forumId} has no tag named "${name}"`);
    return tag;
  }

  /** Active (not archived) threads of a guild the bot can see, newest first. */
  visibleActiveThreads(guildId: string): FakeThread[] {
    const guild = this.guild(guildId);
    return [...guild.threads.values()]
      .filter((t) => !t.metadata.archived && canSeeThread(guild, this.botUser.id, t))
      .sort((a, b) => compareIds(b.id, a.id));
  }

  /** Stores a new thread and dispatches `THREAD_CREATE`. */
  createThread(parent: FakeChannel, init: NewThread): FakeThread {
    const guild = this.guild(parent.guildId);
    const id = init.id ?? nextSnowflake();
    if (guild.threads.has(id)) throw new Error(`fake-discord: thread ${id} exists already`);
    const forum = THREAD_ONLY_TYPES.has(parent.type);
    const now = new Date().toISOString();
    const thread: FakeThread = {
      id,
      guildId: guild.id,
      name: init.name,
      type: init.type,
      position: 0,
      parentId: parent.id,
      topic: null,
      overwrites: [],
      flags: 0,
      availableTags: [],
      ownerId: init.ownerId,
      metadata: {
        archived: false,
        autoArchiveDuration:
          init.autoArchiveDuration ?? (forum ? DEFAULT_AUTO_ARCHIVE.forumPost : DEFAULT_AUTO_ARCHIVE.thread),
        archiveTimestamp: now,
        locked: false,
        createTimestamp: now,
      },
      messageCount: 0,
      totalMessageSent: 0,
      memberIds: new Set([init.ownerId]),
      appliedTags: forum ? [...(init.appliedTags ?? [])] : null,
      rateLimitPerUser: init.rateLimitPerUser ?? 0,
      lastMessageId: init.hasStarterMessage ? id : null,
    };
    guild.threads.set(id, thread);
    this.dispatch('THREAD_CREATE', { ...threadJson(thread), newly_created: true }, GatewayIntentBits.Guilds);
    return thread;
  }

  /**
   * A thread or forum post made by a member, as if from the Discord app (no permission checks). In a
   * forum it gets a starter message by its owner; elsewhere it may start from an existing message.
   */
  addThread(parentId: string, options: AddThreadOptions): FakeThread {
    const parent = this.findChannel(parentId);
    if (!parent || isThread(parent)) throw new Error(`fake-discord: unknown parent channel ${parentId}`);
    const guild = this.guild(parent.guildId);
    const ownerId = options.ownerId ?? guild.ownerId;
    if (!guild.members.has(ownerId)) throw new Error(`fake-discord: ${ownerId} is not a member`);
    const forum = THREAD_ONLY_TYPES.has(parent.type);
    if (!forum && options.message) throw new Error('fake-discord: only a forum post has a starter message');
    if (options.fromMessageId) {
      const from = this.messages.get(options.fromMessageId);
      if (!from || from.channelId !== parentId) {
        throw new Error(`fake-discord: message ${options.fromMessageId} is not in channel ${parentId}`);
      }
    }
    const appliedTags = (options.appliedTags ?? []).map(
      (idOrName) =>
        parent.availableTags.find((t) => t.id === idOrName || t.name === idOrName)?.id ?? idOrName,
    );
    const thread = this.createThread(parent, {
      ...(options.fromMessageId ? { id: options.fromMessageId } : options.id ? { id: options.id } : {}),
      name: options.name,
      type: options.type ?? (parent.type === 5 ? 10 : 11),
      ownerId,
      autoArchiveDuration: options.autoArchiveDuration,
      appliedTags,
      hasStarterMessage: forum,
    });
    if (forum) {
      createMessage(this, {
        id: thread.id,
        channelId: thread.id,
        guildId: guild.id,
        source: 'channel',
        interactionToken: null,
        body: { content: options.name, ...options.message },
        files: [],
        origin: 'http://127.0.0.1',
        authorId: ownerId,
      });
    }
    if (options.archived || options.locked) {
      this.updateThread(thread.id, {
        ...(options.archived ? { archived: true } : {}),
        ...(options.locked ? { locked: true } : {}),
      });
    }
    return thread;
  }

  /**
   * Changes a thread (a moderator closing it, Discord auto-archiving it, ...) and dispatches
   * `THREAD_UPDATE`. `archive_timestamp` follows every change of `archived`.
   */
  updateThread(threadId: string, changes: ThreadChanges): FakeThread {
    const thread = this.thread(threadId);
    const { metadata } = thread;
    if (changes.name !== undefined) thread.name = changes.name;
    if (changes.archived !== undefined && changes.archived !== metadata.archived) {
      metadata.archived = changes.archived;
      metadata.archiveTimestamp = new Date().toISOString();
    }
    if (changes.locked !== undefined) metadata.locked = changes.locked;
    if (changes.autoArchiveDuration !== undefined) metadata.autoArchiveDuration = changes.autoArchiveDuration;
    if (changes.appliedTags !== undefined && thread.appliedTags)
      thread.appliedTags = [...changes.appliedTags];
    if (changes.rateLimitPerUser !== undefined) thread.rateLimitPerUser = changes.rateLimitPerUser;
    this.dispatch('THREAD_UPDATE', threadJson(thread), GatewayIntentBits.Guilds);
    this.changed();
    return thread;
  }

  /** The user whose DM channel this is, if `channelId` is a DM channel. */
  dmRecipient(channelId: string): FakeUser | undefined {
    for (const [userId, dmId] of this.dmChannels) if (dmId === channelId) return this.users.get(userId);
    return undefined;
  }

  private makeRole(guildId: string, options: AddRoleOptions, everyonePerms?: bigint): FakeRole {
    return {
      id: options.id ?? nextSnowflake(),
      guildId,
      name: options.name,
      position: options.position ?? 1,
      permissions:
        options.permissions ??
        everyonePerms ??
        (options.name === '@everyone' ? DEFAULT_EVERYONE_PERMISSIONS : 0n),
      color: options.color ?? 0,
      hoist: false,
      mentionable: options.mentionable ?? false,
      managed: false,
    };
  }

  private makeMember(guild: FakeGuild, user: FakeUser, roles: string[]): FakeMember {
    return {
      id: user.id,
      guildId: guild.id,
      user,
      roles: new Set(roles),
      joinedAt: new Date().toISOString(),
      nick: null,
    };
  }
}
