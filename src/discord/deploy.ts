import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { Config } from '../config.js';
import type { CommandModule } from './command.js';

/**
 * Registers the whole command surface in one bulk overwrite: to `DISCORD_GUILD_ID` when set
 * (instant, for development), globally otherwise. Returns what Discord stored.
 */
export async function deployCommands(
  config: Config,
  commands: readonly CommandModule[],
): Promise<{ scope: string; registered: RESTPutAPIApplicationCommandsResult }> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.discordToken);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, {
    body: commands.map((c) => withIntegerPermissions(c.data)),
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.guildId ? `guild ${config.guildId}` : 'global', registered };
}

/**
 * The builders emit `default_member_permissions` as a string; Discord's OpenAPI description types
 * it as an integer (Discord accepts both). Send the documented form; every bit Stagegate uses fits
 * well inside a double's exact range.
 */
function withIntegerPermissions(data: CommandModule['data']): object {
  const permissions = data.default_member_permissions;
  return typeof permissions === 'string'
    ? { ...data, default_member_permissions: Number(permissions) }
    : data;
}
