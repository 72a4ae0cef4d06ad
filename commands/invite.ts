import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';

const data = new SlashCommandBuilder()
  .setName('invite')
  .setDescription('Early Access invites')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('create')
      .setDescription('Create an invite code')
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o
          .setName('uses')
          .setDescription('How many members can use it (default 1)')
          .setMinValue(1)
          .setMaxValue(1000),
      )
      .addStringOption((o) =>
        o
          .setName('expires_in')
          .setDescription('How long it stays valid, e.g. 12h, 7d, 2w (default 7d)')
          .setMaxLength(16),
      )
      .addUserOption((o) => o.setName('member').setDescription('Only this member can use it')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('admit')
      .setDescription('Invite the first members of the waitlist and tell them')
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o
          .setName('count')
          .setDescription('How many to admit')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(100),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('List the invites of a feature')
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('revoke')
      .setDescription('Revoke an invite code')
      .addStringOption((o) =>
        o.setName('code').setDescription('The invite code').setRequired(true).setMaxLength(64),
      ),
  )
  .toJSON();

export const invite: CommandModule = {
  data,
  maintainerOnly: true,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
  autocomplete(interaction, deps) {
    return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
  },
};
