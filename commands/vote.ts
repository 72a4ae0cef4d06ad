import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule, Deps } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { DISCORD_ERROR, discordErrorCode, UserError } from '../src/discord/errors.js';
import { replyLocale } from '../src/discord/locale.js';
import { OPTION, readOptions } from '../src/discord/options.js';
import { feedbackIdOfVoteButton, renderVoteChoice, renderVoteOutcome } from '../src/discord/render/votes.js';
import { type RepliableInteraction, respond } from '../src/discord/reply.js';
import {
  castVote,
  toggleVote,
  type VoteOutcome,
  votableChoices,
  withdrawVote,
} from '../src/lifecycle/votes.js';
import { text } from '../src/text/index.js';

const data = new SlashCommandBuilder()
  .setName('vote')
  .setDescription(FROM_CATALOGUE)
  .setContexts(0)
  .addIntegerOption((o) =>
    o.setName('id').setDescription(FROM_CATALOGUE).setRequired(true).setMinValue(1).setAutocomplete(true),
  )
  .addBooleanOption((o) => o.setName('withdraw').setDescription(FROM_CATALOGUE))
  .toJSON();

const optionsSchema = z.object({
  id: z.number().int().min(1, 'option.feedbackNumber'),
  withdraw: OPTION.optionalBoolean,
});

/** Answers with the count; a replayed interaction may already have been answered the first time. */
async function answer(interaction: RepliableInteraction, deps: Deps, outcome: VoteOutcome): Promise<void> {
  try {
    await respond(interaction, renderVoteOutcome(outcome, replyLocale(interaction)));
  } catch (error) {
    const replayed = 'replayed' in outcome && outcome.replayed;
    if (!replayed || discordErrorCode(error) !== DISCORD_ERROR.alreadyAcknowledged) throw error;
    deps.logger.debug({ interaction: interaction.id }, 'replayed vote already answered');
  }
}

export const vote: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const { id, withdraw } = readOptions(interaction, optionsSchema);
    const input = {
      guildId: interaction.guildId,
      memberId: interaction.user.id,
      number: id,
      roleIds: [...interaction.member.roles.cache.keys()],
      interactionId: interaction.id,
    };
    await answer(interaction, deps, withdraw ? withdrawVote(deps, input) : castVote(deps, input));
  },
  /** The vote button of a feedback copy: anyone may press it; it toggles the presser's vote. */
  async button(interaction, component, deps) {
    const feedbackId = feedbackIdOfVoteButton(component.args);
    if (component.action !== 'toggle' || feedbackId === null) throw new UserError(text('expiredComponent'));
    const outcome = toggleVote(deps, {
      guildId: interaction.guildId,
      memberId: interaction.user.id,
      feedbackId,
      roleIds: [...interaction.member.roles.cache.keys()],
      interactionId: interaction.id,
      message: { channelId: interaction.channelId, messageId: interaction.message.id },
    });
    await answer(interaction, deps, outcome);
  },
  autocomplete(interaction, deps) {
    const locale = replyLocale(interaction);
    return votableChoices(deps, {
      guildId: interaction.guildId,
      memberId: interaction.user.id,
      roleIds: [...interaction.member.roles.cache.keys()],
      typed: String(interaction.options.getFocused()),
    }).map((choice) => renderVoteChoice(choice, locale));
  },
};
