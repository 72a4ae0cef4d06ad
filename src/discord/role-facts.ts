import type { Guild } from 'discord.js';
import type { CurrentRoleFacts } from '../domain/feature-rules.js';

/**
 * A feature's role as the guild's role cache has it now (the Guilds intent keeps it current, so a
 * permission added in Server Settings is seen at once), as the plain fact a use case checks before
 * handing the role out; null when the cache has no such role.
 */
export function currentRoleFacts(guild: Guild, roleId: string): CurrentRoleFacts | null {
  const role = guild.roles.cache.get(roleId);
  return role ? { id: role.id, name: role.name, permissions: role.permissions.bitfield } : null;
}
