import type { SlashCommandSubcommandBuilder } from 'discord.js';
import type { GuildChatInput, SubcommandHandler } from '../../src/discord/command.js';
import { UserError } from '../../src/discord/errors.js';
import type { SetupAnswer } from '../../src/discord/render/settings.js';
import { respond } from '../../src/discord/reply.js';

/** One `/setup` subcommand: its definition and its handler. */
export interface SetupSubcommand {
  define(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder;
  execute: SubcommandHandler;
}

/** Replies, or hands a refusal to the dispatcher, which answers it ephemerally like every refusal. */
export async function answer(interaction: GuildChatInput, rendered: SetupAnswer): Promise<void> {
  if ('refusal' in rendered) throw new UserError(rendered.refusal);
  await respond(interaction, rendered.reply);
}
