import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/discord/command.js';
import { textChannelOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { MESSAGES } from '../src/discord/messages.js';
import { MAX_GATE_MIN_DAYS, MAX_GATE_MIN_FEEDBACK } from '../src/domain/gates.js';

const data = new SlashCommandBuilder()
  .setName('setup')
  .setDescription('Configure Stagegate for this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('announcements')
      .setDescription('Where promotions and retirements are announced')
      .addChannelOption((o) => textChannelOption(o, 'channel', 'Announcement channel').setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('maintainers')
      .setDescription('The role whose members may run maintainer commands (besides Manage Server)')
      .addRoleOption((o) => o.setName('role').setDescription('Maintainer role').setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('log')
      .setDescription('Where readiness notices and delivery problems are reported')
      .addChannelOption((o) => textChannelOption(o, 'channel', 'Log channel').setRequired(true)),
  )
  .addSubcommandGroup((group) =>
    group
      .setName('tags')
      .setDescription('The feedback tag vocabulary')
      .addSubcommand((sub) =>
        sub
          .setName('add')
          .setDescription('Add a tag')
          .addStringOption((o) =>
            o
              .setName('tag')
              .setDescription('Lowercase letters, digits, hyphens')
              .setRequired(true)
              .setMaxLength(24),
          ),
      )
      .addSubcommand((sub) =>
        sub
          .setName('remove')
          .setDescription('Remove a tag (stored feedback keeps it)')
          .addStringOption((o) =>
            o.setName('tag').setDescription('The tag').setRequired(true).setMaxLength(24),
          ),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('gates')
      .setDescription('Readiness gates of one transition')
      .addStringOption((o) =>
        o
          .setName('transition')
          .setDescription('Which promotion')
          .setRequired(true)
          .addChoices(
            { name: 'Early Access -> Preview', value: 'early-access->preview' },
            { name: 'Preview -> General Availability', value: 'preview->ga' },
          ),
      )
      .addIntegerOption((o) =>
        o
          .setName('min_feedback')
          .setDescription('Feedback needed at the current level')
          .setMinValue(0)
          .setMaxValue(MAX_GATE_MIN_FEEDBACK),
      )
      .addIntegerOption((o) =>
        o
          .setName('min_days')
          .setDescription('Days needed at the current level')
          .setMinValue(0)
          .setMaxValue(MAX_GATE_MIN_DAYS),
      )
      .addIntegerOption((o) =>
        o
          .setName('max_open_blockers')
          .setDescription('Open blocker feedback allowed')
          .setMinValue(0)
          .setMaxValue(10_000),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('terms')
      .setDescription('The terms members accept before they get access')
      .addStringOption((o) =>
        o
          .setName('level')
          .setDescription('Which level')
          .setRequired(true)
          .addChoices({ name: 'Early Access', value: 'early-access' }, { name: 'Preview', value: 'preview' }),
      )
      .addStringOption((o) =>
        o.setName('text').setDescription('The terms text').setRequired(true).setMaxLength(2000),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('feedback-rate')
      .setDescription('How many feedback items a member may give per minute')
      .addIntegerOption((o) =>
        o
          .setName('per_minute')
          .setDescription('Limit (default 5)')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(1000),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('ga-roles')
      .setDescription('What happens to feature roles when a feature reaches General Availability')
      .addStringOption((o) =>
        o
          .setName('policy')
          .setDescription('Keep the role as a badge, or remove it')
          .setRequired(true)
          .addChoices({ name: 'Keep as a badge', value: 'keep' }, { name: 'Remove', value: 'remove' }),
      ),
  )
  .addSubcommand((sub) => sub.setName('show').setDescription('Show the current configuration'))
  .toJSON();

export const setup: CommandModule = {
  data,
  maintainerOnly: true,
  async execute() {
    throw new UserError(MESSAGES.notYetAvailable);
  },
};
