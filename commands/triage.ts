import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption, levelOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { FEEDBACK_STATUSES } from '../src/domain/feedback-rules.js';

const statusChoices = FEEDBACK_STATUSES.map((status) => ({ name: status, value: status }));

const data = new SlashCommandBuilder()
  .setName('triage')
  .setDescription('Review and export feedback')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('Page through the feedback of a feature')
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) => levelOption(o, 'Only feedback given at this level'))
      .addStringOption((o) =>
        o.setName('tag').setDescription('Only feedback with this tag').setAutocomplete(true).setMaxLength(24),
      )
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('Only feedback with this status')
          .addChoices(...statusChoices),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('set')
      .setDescription('Change the status, add a note or adjust the tags of one feedback item')
      .addIntegerOption((o) =>
        o.setName('id').setDescription('The feedback number (#N)').setRequired(true).setMinValue(1),
      )
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('New status')
          .setRequired(true)
          .addChoices(...statusChoices),
      )
      .addStringOption((o) =>
        o.setName('note').setDescription('A triage note (recorded with your name)').setMaxLength(1000),
      )
      .addStringOption((o) =>
        o
          .setName('tags')
          .setDescription('Replace the tags: 1-3, comma-separated')
          .setAutocomplete(true)
          .setMaxLength(100),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('export')
      .setDescription('Download the feedback of a feature as CSV or JSON')
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) => levelOption(o, 'Only feedback given at this level'))
      .addStringOption((o) =>
        o
          .setName('format')
          .setDescription('File format (default csv)')
          .addChoices({ name: 'CSV', value: 'csv' }, { name: 'JSON', value: 'json' }),
      ),
  )
  .toJSON();

export const triage: CommandModule = {
  data,
  maintainerOnly: true,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
  autocomplete(interaction, deps) {
    return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
  },
};
