import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';

const data = new SlashCommandBuilder()
  .setName('join')
  .setDescription('Get access to a feature (Early Access needs an invite; Preview is open to all)')
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) => o.setName('code').setDescription('Your Early Access invite code').setMaxLength(64))
  .toJSON();

export const join: CommandModule = {
  data,
  maintainerOnly: false,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
  autocomplete(interaction, deps) {
    return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
  },
};
