import type { APIEmbedField } from 'discord.js';
import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule, Deps } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { renderFeatureDetail, renderFeatureList } from '../src/discord/render/features.js';
import { MAX_BLOCKERS_SHOWN, renderFeedbackSections } from '../src/discord/render/feedback.js';
import { renderPromotionHistory } from '../src/discord/render/promotion.js';
import { respond } from '../src/discord/reply.js';
import { readinessOf } from '../src/lifecycle/readiness.js';

const data = new SlashCommandBuilder()
  .setName('features')
  .setDescription('List the features and their maturity level, or show one in detail')
  .setContexts(0)
  .addStringOption((o) => featureOption(o, false).setDescription('Show this feature in detail'))
  .toJSON();

/** Every level change with date, who, note and whether it was forced. */
function promotionHistoryField(deps: Deps, featureId: number): APIEmbedField {
  return renderPromotionHistory(deps.store.promotions.history(featureId));
}

export const features: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const key = interaction.options.getString('feature');
    const now = deps.clock.now();
    if (key === null) {
      const summaries = deps.store.features.listActiveSummaries(interaction.guildId);
      if (summaries.length === 0) return respond(interaction, { content: MESSAGES.features.none });
      return respond(interaction, { embeds: [renderFeatureList(summaries)] });
    }
    const feature = requireActiveFeature(deps.store, interaction.guildId, key);
    const report = readinessOf(deps.store, feature, now);
    const extraFields = [
      ...renderFeedbackSections({
        byLevel: deps.store.feedback.countsByLevel(feature.id),
        byTag: deps.store.feedback.countsByTag(feature.id),
        openBlockers: deps.store.feedback.openBlockers(feature.id),
        newestOpenBlockers: deps.store.feedback.openBlockerItems(feature.id, MAX_BLOCKERS_SHOWN),
      }),
      promotionHistoryField(deps, feature.id),
    ];
    return respond(interaction, { embeds: [renderFeatureDetail(feature, report, now, { extraFields })] });
  },
  autocomplete: featureAutocomplete,
};
