import { z } from 'zod';
import { requirePostableChannel } from '../../src/discord/channel-check.js';
import { FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { textChannelOption } from '../../src/discord/command-options.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderLogChannelSet } from '../../src/discord/render/settings.js';
import { setLogChannel } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

const options = z.object({ channel: z.string() });

/** `/setup log channel`: where readiness notices and delivery problems are reported. */
export const log: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('log')
      .setDescription(FROM_CATALOGUE)
      .addChannelOption((o) => textChannelOption(o, 'channel').setRequired(true)),
  async execute(interaction, deps) {
    const { channel } = readOptions(interaction, options);
    await requirePostableChannel(interaction.guild, channel);
    const outcome = setLogChannel(deps, { guildId: interaction.guildId, channelId: channel });
    await answer(interaction, renderLogChannelSet(outcome, replyLocale(interaction)));
  },
};
