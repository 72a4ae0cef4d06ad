import { type GuildMember, PermissionFlagsBits } from 'discord.js';

/** Manage Server, or the maintainer role chosen with `/setup maintainers`. */
export function isMaintainer(member: GuildMember, maintainerRoleId: string | null): boolean {
  if (member.permissions.has(PermissionFlagsBits.ManageGuild)) return true;
  return maintainerRoleId !== null && member.roles.cache.has(maintainerRoleId);
}
