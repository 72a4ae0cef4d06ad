import { type GuildMember, PermissionFlagsBits } from 'discord.js';

/** The Manage Server permission (Administrator and the server owner have it too). */
export function managesServer(member: GuildMember): boolean {
  return member.permissions.has(PermissionFlagsBits.ManageGuild);
}

/** Manage Server, or the maintainer role chosen with `/setup maintainers`. */
export function isMaintainer(member: GuildMember, maintainerRoleId: string | null): boolean {
  if (managesServer(member)) return true;
  return maintainerRoleId !== null && member.roles.cache.has(maintainerRoleId);
}
