import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { OPTION, readOptions } from '../src/discord/options.js';
import { renderLeaveOutcome } from '../src/discord/render/access.js';
import { respond } from '../src/discord/reply.js';
import { leaveFeature } from '../src/lifecycle/leave.js';
import { renderText } from '../src/text/index.js';

const data = new SlashCommandBuilder()
  .setName('leave')
  .setDescription(FROM_CATALOGUE)
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .toJSON();

const optionsSchema = z.object({ feature: OPTION.feature });

export const leave: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const options = readOptions(interaction, optionsSchema);
    const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
    const outcome = leaveFeature(deps, {
      feature,
      memberId: interaction.user.id,
      hasRole: interaction.member.roles.cache.has(feature.roleId),
      sourceInteractionId: interaction.id,
    });
    if (outcome.kind === 'refused') throw new UserError(renderLeaveOutcome(outcome));
    await respond(interaction, {
      content: renderText(replyLocale(interaction), renderLeaveOutcome(outcome)),
    });
  },
  autocomplete: featureAutocomplete,
};
