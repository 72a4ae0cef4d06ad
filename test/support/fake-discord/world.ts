import { EventEmitter } from 'node:events';
import { GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { DEFAULT_BOT_PERMISSIONS, DEFAULT_EVERYONE_PERMISSIONS } from './permissions.js';
import { channelJson, memberJson, roleJson } from './serialize.js';
import { nextSnowflake } from './snowflake.js';
import type {
  FakeChannel,
  FakeGuild,
  FakeMember,
  FakeMessage,
  FakeRole,
  FakeUser,
  InteractionRecord,
  RecordedRequest,
  Violation,
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
    const channel: FakeChannel = {
      id: options.id ?? nextSnowflake(),
      guildId,
      name: options.name,
      type: options.type ?? 0,
      position: guild.channels.size,
      parentId: options.parentId ?? null,
      topic: options.topic ?? null,
      overwrites: [],
    };
    if (options.botCanSend === false) {
      channel.overwrites.push({
        id: guild.botRoleId,
        type: 0,
        allow: 0n,
        deny: PermissionFlagsBits.SendMessages,
      });
    }
    guild.channels.set(channel.id, channel);
    this.dispatch('CHANNEL_CREATE', channelJson(channel), GatewayIntentBits.Guilds);
    return channel;
  }

  /** Finds a guild channel by id in any guild. */
  findChannel(channelId: string): FakeChannel | undefined {
    for (const guild of this.guilds.values()) {
      const channel = guild.channels.get(channelId);
      if (channel) return channel;
    }
    return undefined;
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
