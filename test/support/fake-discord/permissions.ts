import { PermissionFlagsBits } from 'discord.js';
import { type FakeChannel, type FakeGuild, type FakeThread, isThread } from './types.js';

export const ALL_PERMISSIONS: bigint = Object.values(PermissionFlagsBits).reduce((acc, bit) => acc | bit, 0n);

/** Default `@everyone` permissions of a fresh guild (a realistic subset). */
export const DEFAULT_EVERYONE_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.Connect |
  PermissionFlagsBits.Speak;

/** Permissions of the bot's "Stagegate" integration role. */
export const DEFAULT_BOT_PERMISSIONS: bigint =
  PermissionFlagsBits.ManageRoles |
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.ManageThreads |
  PermissionFlagsBits.ManageChannels;

/** Guild-level permissions of a member (roles + `@everyone`, owner and Administrator shortcut). */
export function basePermissions(guild: FakeGuild, userId: string): bigint {
  if (guild.ownerId === userId) return ALL_PERMISSIONS;
  const member = guild.members.get(userId);
  let perms = guild.roles.get(guild.id)?.permissions ?? 0n;
  for (const roleId of member?.roles ?? []) perms |= guild.roles.get(roleId)?.permissions ?? 0n;
  if ((perms & PermissionFlagsBits.Administrator) !== 0n) return ALL_PERMISSIONS;
  return perms;
}

/**
 * Channel permissions of a member, applying overwrites in Discord's order (everyone, roles, member).
 * A thread has no overwrites of its own: its parent's apply.
 */
export function channelPermissions(
  guild: FakeGuild,
  userId: string,
  target: FakeChannel | undefined,
): bigint {
  const channel = target && isThread(target) ? guild.channels.get(target.parentId) : target;
  const base = basePermissions(guild, userId);
  if (!channel || base === ALL_PERMISSIONS) return base;
  let perms = base;
  const everyone = channel.overwrites.find((o) => o.id === guild.id);
  if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
  const member = guild.members.get(userId);
  let allow = 0n;
  let deny = 0n;
  for (const o of channel.overwrites) {
    if (o.type === 0 && o.id !== guild.id && member?.roles.has(o.id)) {
      allow |= o.allow;
      deny |= o.deny;
    }
  }
  perms = (perms & ~deny) | allow;
  const own = channel.overwrites.find((o) => o.type === 1 && o.id === userId);
  if (own) perms = (perms & ~own.deny) | own.allow;
  return perms;
}

/** Highest role position of a member (0 = only `@everyone`). */
export function highestRolePosition(guild: FakeGuild, userId: string): number {
  let top = 0;
  for (const roleId of guild.members.get(userId)?.roles ?? []) {
    top = Math.max(top, guild.roles.get(roleId)?.position ?? 0);
  }
  return top;
}

export function has(perms: bigint, bit: bigint): boolean {
  return (perms & bit) === bit;
}

/** Whether a member sees a thread: View Channel on its parent, and for a private thread membership or Manage Threads. */
export function canSeeThread(guild: FakeGuild, userId: string, thread: FakeThread): boolean {
  const perms = channelPermissions(guild, userId, thread);
  if (!has(perms, PermissionFlagsBits.ViewChannel)) return false;
  return thread.type !== 12 || thread.memberIds.has(userId) || has(perms, PermissionFlagsBits.ManageThreads);
}
