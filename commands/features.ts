import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { MESSAGES } from '../src/discord/messages.js';
import { readOptions } from '../src/discord/options.js';
import { renderFeatureListReply } from '../src/discord/render/features.js';
import { renderFeatureView } from '../src/discord/render/feedback.js';
import { respond } from '../src/discord/reply.js';
import { listFeatures, showFeature } from '../src/lifecycle/features-view.js';

const data = new SlashCommandBuilder()
  .setName('features')
  .setDescription('List the features and their maturity level, or show one in detail')
  .setContexts(0)
  .addStringOption((o) => featureOption(o, false).setDescription('Show this feature in detail'))
  .toJSON();

// Any text is looked up, so an unknown key is answered as unknown, whatever its length.
const optionsSchema = z.object({ feature: z.string().nullable() });

export const features: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const options = readOptions(interaction, optionsSchema);
    const { guildId } = interaction;
    if (options.feature === null) {
      return respond(interaction, renderFeatureListReply(listFeatures(deps, { guildId })));
    }
    const feature = requireActiveFeature(deps.store, guildId, options.feature);
    const view = showFeature(deps, { guildId, featureId: feature.id });
    if (view.kind === 'refused') throw new UserError(MESSAGES.unknownFeature(options.feature));
    return respond(interaction, { embeds: [renderFeatureView(view, replyLocale(interaction))] });
  },
  autocomplete: featureAutocomplete,
};
