import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { bySubcommand, type CommandModule } from '../../src/discord/command.js';
import { FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { announcements } from './announcements.js';
import { feedbackRate } from './feedback-rate.js';
import { gaRoles } from './ga-roles.js';
import { gates } from './gates.js';
import { language } from './language.js';
import { log } from './log.js';
import { maintainers } from './maintainers.js';
import { show } from './show.js';
import { addTagHandler, defineTags, removeTagHandler } from './tags.js';
import { terms } from './terms.js';

const data = new SlashCommandBuilder()
  .setName('setup')
  .setDescription(FROM_CATALOGUE)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand(announcements.define)
  .addSubcommand(maintainers.define)
  .addSubcommand(log.define)
  .addSubcommandGroup(defineTags)
  .addSubcommand(gates.define)
  .addSubcommand(terms.define)
  .addSubcommand(feedbackRate.define)
  .addSubcommand(gaRoles.define)
  .addSubcommand(language.define)
  .addSubcommand(show.define)
  .toJSON();

/** `/setup`: per-server configuration, one module per subcommand (or group). */
export const setup: CommandModule = {
  data,
  maintainerOnly: true,
  // Every subcommand sets values: a redelivery must not set back a change made in between.
  claimsInteraction: true,
  execute: bySubcommand({
    announcements: announcements.execute,
    maintainers: maintainers.execute,
    log: log.execute,
    'tags add': addTagHandler,
    'tags remove': removeTagHandler,
    gates: gates.execute,
    terms: terms.execute,
    'feedback-rate': feedbackRate.execute,
    'ga-roles': gaRoles.execute,
    language: language.execute,
    show: show.execute,
  }),
};
