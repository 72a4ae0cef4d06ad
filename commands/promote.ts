import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { parseOptions } from '../src/discord/options.js';
import { promoteFeature } from '../src/discord/promotion.js';
import { renderPromotionReply } from '../src/discord/render/promotion.js';
import { respond } from '../src/discord/reply.js';

const MAX_NOTE_LENGTH = 1000;

const optionsSchema = z.object({
  feature: z.string(),
  note: z
    .string()
    .trim()
    .max(MAX_NOTE_LENGTH, { error: MESSAGES.promote.noteLength })
    .nullable()
    .transform((note) => (note ? note : null)),
  dry_run: z.boolean(),
  force: z.boolean(),
});

const data = new SlashCommandBuilder()
  .setName('promote')
  .setDescription('Move a feature to its next maturity level, gated by readiness evidence')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) =>
    o.setName('note').setDescription('What changed; shown in the announcement').setMaxLength(MAX_NOTE_LENGTH),
  )
  .addBooleanOption((o) => o.setName('dry_run').setDescription('Show what would happen and change nothing'))
  .addBooleanOption((o) => o.setName('force').setDescription('Promote even if gates are unmet (recorded)'))
  .toJSON();

export const promote: CommandModule = {
  data,
  maintainerOnly: true,
  async execute(interaction, deps) {
    const options = parseOptions(optionsSchema, {
      feature: interaction.options.getString('feature', true),
      note: interaction.options.getString('note'),
      dry_run: interaction.options.getBoolean('dry_run') ?? false,
      force: interaction.options.getBoolean('force') ?? false,
    });
    const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
    const outcome = promoteFeature(
      deps.store,
      feature.id,
      feature.level,
      {
        actorId: interaction.user.id,
        note: options.note,
        force: options.force,
        dryRun: options.dry_run,
        roleExists: interaction.guild.roles.cache.has(feature.roleId),
      },
      deps.clock.now(),
    );
    if (outcome.kind === 'promoted') deps.wakeOutbox();
    await respond(interaction, renderPromotionReply(outcome));
  },
  autocomplete: featureAutocomplete,
};
