import { z } from 'zod';
import { catalogueChoices, FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderLanguageSet } from '../../src/discord/render/settings.js';
import { setLanguage } from '../../src/lifecycle/settings.js';
import { SUPPORTED_LOCALES } from '../../src/text/index.js';
import { answer, type SetupSubcommand } from './subcommand.js';

/** The choice that follows the server's preferred locale (stored as no language of its own). */
const SERVER = 'server';

const options = z.object({ locale: z.enum([...SUPPORTED_LOCALES, SERVER]) });

/**
 * `/setup language locale`: the language of the server's posts (announcements, feedback copies,
 * notices) and of DMs not caused by the member; `server` follows the server's preferred locale.
 * Replies keep following each member's own Discord language.
 */
export const language: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('language')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) =>
        o
          .setName('locale')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          // Each language by its own name, as language pickers show them (cmd.setup.language.locale.choice.*).
          .addChoices(...catalogueChoices(...SUPPORTED_LOCALES, SERVER)),
      ),
  async execute(interaction, deps) {
    const { locale } = readOptions(interaction, options);
    const outcome = setLanguage(deps, {
      guildId: interaction.guildId,
      language: locale === SERVER ? null : locale,
    });
    await answer(interaction, renderLanguageSet(outcome, replyLocale(interaction)));
  },
};
