import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';

const data = new SlashCommandBuilder()
  .setName('promote')
  .setDescription('Move a feature to its next maturity level, gated by readiness evidence')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) =>
    o.setName('note').setDescription('What changed; shown in the announcement').setMaxLength(1000),
  )
  .addBooleanOption((o) => o.setName('dry_run').setDescription('Show what would happen and change nothing'))
  .addBooleanOption((o) => o.setName('force').setDescription('Promote even if gates are unmet (recorded)'))
  .toJSON();

export const promote: CommandModule = {
  data,
  maintainerOnly: true,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
  autocomplete(interaction, deps) {
    return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
  },
};
