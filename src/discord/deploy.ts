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
    body: commands.map((c) => c.data),
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.guildId ? `guild ${config.guildId}` : 'global', registered };
}
