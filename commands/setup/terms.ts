import { z } from 'zod';
import { catalogueChoices, FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderTermsSet } from '../../src/discord/render/settings.js';
import type { TermsLevel } from '../../src/domain/entities.js';
import { MAX_TERMS_LENGTH } from '../../src/domain/setup-rules.js';
import { setTerms } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

const options = z.object({
  level: z.enum(['early-access', 'preview'] satisfies TermsLevel[]),
  text: z.string().trim().min(1, 'setup.termsEmpty').max(MAX_TERMS_LENGTH),
});

/** `/setup terms level text`: the terms members accept before they get access; each change bumps the version. */
export const terms: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('terms')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) =>
        o
          .setName('level')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .addChoices(...catalogueChoices('early-access', 'preview')),
      )
      .addStringOption((o) =>
        o.setName('text').setDescription(FROM_CATALOGUE).setRequired(true).setMaxLength(MAX_TERMS_LENGTH),
      ),
  async execute(interaction, deps) {
    const { level, text } = readOptions(interaction, options);
    const outcome = setTerms(deps, {
      guildId: interaction.guildId,
      level,
      text,
      memberId: interaction.user.id,
    });
    await answer(interaction, renderTermsSet(outcome, replyLocale(interaction)));
  },
};
