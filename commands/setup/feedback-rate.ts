import { z } from 'zod';
import { FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderFeedbackRateSet } from '../../src/discord/render/settings.js';
import { setFeedbackRate } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

const MAX_PER_MINUTE = 1000;

const options = z.object({ per_minute: z.number().int().min(1).max(MAX_PER_MINUTE) });

/** `/setup feedback-rate per_minute`: feedback items a member may give per minute. */
export const feedbackRate: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('feedback-rate')
      .setDescription(FROM_CATALOGUE)
      .addIntegerOption((o) =>
        o
          .setName('per_minute')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(MAX_PER_MINUTE),
      ),
  async execute(interaction, deps) {
    const { per_minute } = readOptions(interaction, options);
    const outcome = setFeedbackRate(deps, { guildId: interaction.guildId, perMinute: per_minute });
    await answer(interaction, renderFeedbackRateSet(outcome, replyLocale(interaction)));
  },
};
