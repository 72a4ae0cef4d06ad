import { z } from 'zod';
import { catalogueChoices, FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderGates } from '../../src/discord/render/settings.js';
import {
  MAX_GATE_MIN_DAYS,
  MAX_GATE_MIN_FEEDBACK,
  MAX_GATE_MIN_PARTICIPANTS,
} from '../../src/domain/gates.js';
import { TRANSITIONS, type Transition } from '../../src/domain/levels.js';
import { setGates } from '../../src/lifecycle/settings.js';
import { answer, type SetupSubcommand } from './subcommand.js';

/** What the option accepts (Discord enforces it too); the domain allows more for stored values. */
const MAX_OPEN_BLOCKERS_OPTION = 10_000;

const threshold = (max: number) => z.number().int().min(0).max(max).nullable();

const options = z.object({
  transition: z.enum(TRANSITIONS as [Transition, ...Transition[]]),
  min_feedback: threshold(MAX_GATE_MIN_FEEDBACK),
  min_days: threshold(MAX_GATE_MIN_DAYS),
  min_participants: threshold(MAX_GATE_MIN_PARTICIPANTS),
  max_open_blockers: threshold(MAX_OPEN_BLOCKERS_OPTION),
});

/**
 * `/setup gates transition [min_feedback] [min_days] [max_open_blockers] [min_participants]`: left-out
 * options keep their value.
 */
export const gates: SetupSubcommand = {
  define: (sub) =>
    sub
      .setName('gates')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) =>
        o
          .setName('transition')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .addChoices(...catalogueChoices(...TRANSITIONS)),
      )
      .addIntegerOption((o) =>
        o
          .setName('min_feedback')
          .setDescription(FROM_CATALOGUE)
          .setMinValue(0)
          .setMaxValue(MAX_GATE_MIN_FEEDBACK),
      )
      .addIntegerOption((o) =>
        o.setName('min_days').setDescription(FROM_CATALOGUE).setMinValue(0).setMaxValue(MAX_GATE_MIN_DAYS),
      )
      .addIntegerOption((o) =>
        o
          .setName('max_open_blockers')
          .setDescription(FROM_CATALOGUE)
          .setMinValue(0)
          .setMaxValue(MAX_OPEN_BLOCKERS_OPTION),
      )
      // Last: options already registered keep their place for members who know the command.
      .addIntegerOption((o) =>
        o
          .setName('min_participants')
          .setDescription(FROM_CATALOGUE)
          .setMinValue(0)
          .setMaxValue(MAX_GATE_MIN_PARTICIPANTS),
      ),
  async execute(interaction, deps) {
    const given = readOptions(interaction, options);
    const outcome = setGates(deps, {
      guildId: interaction.guildId,
      transition: given.transition,
      minFeedback: given.min_feedback,
      minParticipants: given.min_participants,
      minDays: given.min_days,
      maxOpenBlockers: given.max_open_blockers,
    });
    await answer(interaction, renderGates(outcome, replyLocale(interaction)));
  },
};
