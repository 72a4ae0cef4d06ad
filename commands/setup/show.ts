import { discussionPermissionsMissing } from '../../src/discord/channel-check.js';
import { FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { type MissingInChannel, renderSettingsReply } from '../../src/discord/render/settings.js';
import { showSettings } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

/** `/setup show`: the current configuration. */
export const show: SetupSubcommand = {
  define: (sub) => sub.setName('show').setDescription(FROM_CATALOGUE),
  async execute(interaction, deps) {
    const view = showSettings(deps, interaction.guildId);
    const missing: MissingInChannel = (channelId, kind) =>
      discussionPermissionsMissing(interaction.guild, channelId, kind);
    await answer(interaction, renderSettingsReply(view, replyLocale(interaction), missing));
  },
};
