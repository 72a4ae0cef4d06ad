import { z } from 'zod';
import { requirePostableChannel } from '../../src/discord/channel-check.js';
import { FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { textChannelOption } from '../../src/discord/command-options.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderAnnouncementChannelSet } from '../../src/discord/render/settings.js';
import { setAnnouncementChannel } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

const options = z.object({ channel: z.string() });

/** `/setup announcements channel`: where promotions and retirements are announced. */
export const announcements: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('announcements')
      .setDescription(FROM_CATALOGUE)
      .addChannelOption((o) => textChannelOption(o, 'channel').setRequired(true)),
  async execute(interaction, deps) {
    const { channel } = readOptions(interaction, options);
    await requirePostableChannel(interaction.guild, channel);
    const outcome = setAnnouncementChannel(deps, { guildId: interaction.guildId, channelId: channel });
    await answer(interaction, renderAnnouncementChannelSet(outcome, replyLocale(interaction)));
  },
};
