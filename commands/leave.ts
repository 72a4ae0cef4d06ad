import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';

const data = new SlashCommandBuilder()
  .setName('leave')
  .setDescription('Give up your access to a feature; its role is removed')
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .toJSON();

export const leave: CommandModule = {
  data,
  maintainerOnly: false,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
  autocomplete(interaction, deps) {
    return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
  },
};
