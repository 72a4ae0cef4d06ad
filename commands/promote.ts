import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption } from '../src/discord/command-options.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { OPTION, readOptions } from '../src/discord/options.js';
import { renderPromotionReply } from '../src/discord/render/promotion.js';
import { respond } from '../src/discord/reply.js';
import { promoteFeature } from '../src/lifecycle/promote.js';

const MAX_NOTE_LENGTH = 1000;

const optionsSchema = z.object({
  feature: OPTION.feature,
  note: z
    .string()
    .trim()
    .max(MAX_NOTE_LENGTH, 'promote.noteLength')
    .nullable()
    .transform((note) => (note ? note : null)),
  dry_run: OPTION.optionalBoolean,
  force: OPTION.optionalBoolean,
});

const data = new SlashCommandBuilder()
  .setName('promote')
  .setDescription(FROM_CATALOGUE)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) => o.setName('note').setDescription(FROM_CATALOGUE).setMaxLength(MAX_NOTE_LENGTH))
  .addBooleanOption((o) => o.setName('dry_run').setDescription(FROM_CATALOGUE))
  .addBooleanOption((o) => o.setName('force').setDescription(FROM_CATALOGUE))
  .toJSON();

export const promote: CommandModule = {
  data,
  maintainerOnly: true,
  async execute(interaction, deps) {
    const options = readOptions(interaction, optionsSchema);
    const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
    const outcome = promoteFeature(deps, {
      guildId: interaction.guildId,
      actorId: interaction.user.id,
      featureId: feature.id,
      expectedLevel: feature.level,
      note: options.note,
      force: options.force,
      dryRun: options.dry_run,
      roleExists: interaction.guild.roles.cache.has(feature.roleId),
      sourceInteractionId: interaction.id,
    });
    await respond(interaction, renderPromotionReply(replyLocale(interaction), outcome));
  },
  autocomplete: featureAutocomplete,
};
