import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { MAX_FEEDBACK_LENGTH } from '../src/domain/feedback-rules.js';

const data = new SlashCommandBuilder()
  .setName('feedback')
  .setDescription('Give feedback on a feature at its current maturity level')
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) =>
    o
      .setName('tags')
      .setDescription('1-3 tags, comma-separated (for example: bug, performance)')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) =>
    o
      .setName('message')
      .setDescription('Your feedback; leave empty to write it in a form')
      .setMaxLength(MAX_FEEDBACK_LENGTH),
  )
  .toJSON();

export const feedback: CommandModule = {
  data,
  maintainerOnly: false,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
  autocomplete(interaction, deps) {
    return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
  },
};
