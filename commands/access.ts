import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { MAX_SEAT_CAP } from '../src/domain/feature-rules.js';

const data = new SlashCommandBuilder()
  .setName('access')
  .setDescription('Throttle and remove access to a feature')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('grant')
      .setDescription('Give a member access (maintainer override, recorded as such)')
      .addStringOption((o) => featureOption(o))
      .addUserOption((o) => o.setName('member').setDescription('The member').setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('revoke')
      .setDescription("Remove a member's access; they are told why")
      .addStringOption((o) => featureOption(o))
      .addUserOption((o) => o.setName('member').setDescription('The member').setRequired(true))
      .addStringOption((o) =>
        o.setName('reason').setDescription('Why (the member is told)').setRequired(true).setMaxLength(500),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('pause')
      .setDescription('Stop admitting new members')
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('resume')
      .setDescription('Admit new members again')
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('seats')
      .setDescription('Set the Early Access seat cap (lowering it revokes nobody)')
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o.setName('count').setDescription('Seats').setRequired(true).setMinValue(1).setMaxValue(MAX_SEAT_CAP),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('List the members with access, and fix roles that drifted')
      .addStringOption((o) => featureOption(o)),
  )
  .toJSON();

export const access: CommandModule = {
  data,
  maintainerOnly: true,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
  autocomplete(interaction, deps) {
    return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
  },
};
