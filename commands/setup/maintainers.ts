import { z } from 'zod';
import { FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { managesServer } from '../../src/discord/permissions.js';
import { renderMaintainerRole } from '../../src/discord/render/settings.js';
import { setMaintainerRole } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

const options = z.object({ role: z.string() });

/**
 * `/setup maintainers role`: the role whose members may run maintainer commands. Choosing it needs
 * Manage Server itself (the maintainer role is not enough), checked here at run time.
 */
export const maintainers: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('maintainers')
      .setDescription(FROM_CATALOGUE)
      .addRoleOption((o) => o.setName('role').setDescription(FROM_CATALOGUE).setRequired(true)),
  async execute(interaction, deps) {
    const { role: roleId } = readOptions(interaction, options);
    const role = interaction.guild.roles.cache.get(roleId);
    const outcome = setMaintainerRole(deps, {
      guildId: interaction.guildId,
      roleId,
      role: role ? { managed: role.managed } : null,
      actorManagesServer: managesServer(interaction.member),
    });
    await answer(interaction, renderMaintainerRole(outcome, replyLocale(interaction)));
  },
};
