import { z } from 'zod';
import { catalogueChoices, FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderGaRolePolicySet } from '../../src/discord/render/settings.js';
import { setGaRolePolicy } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

const options = z.object({ policy: z.enum(['keep', 'remove']) });

/** `/setup ga-roles policy`: at General Availability, keep the feature role as a badge or remove it. */
export const gaRoles: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('ga-roles')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) =>
        o
          .setName('policy')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .addChoices(...catalogueChoices('keep', 'remove')),
      ),
  async execute(interaction, deps) {
    const { policy } = readOptions(interaction, options);
    const outcome = setGaRolePolicy(deps, { guildId: interaction.guildId, policy });
    await answer(interaction, renderGaRolePolicySet(outcome, replyLocale(interaction)));
  },
};
