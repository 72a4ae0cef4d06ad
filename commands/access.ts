import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { bySubcommand, type CommandModule, type Deps, type GuildChatInput } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { OPTION, readOptions } from '../src/discord/options.js';
import {
  renderAccessListing,
  renderAccessRefusal,
  renderAccessRevoked,
  renderGranted,
  renderPauseOutcome,
  renderSeatsOutcome,
} from '../src/discord/render/access.js';
import { respond } from '../src/discord/reply.js';
import { currentRoleFacts } from '../src/discord/role-facts.js';
import { reconcileGrants } from '../src/discord/role-sync.js';
import type { Feature } from '../src/domain/entities.js';
import { MAX_SEAT_CAP } from '../src/domain/feature-rules.js';
import {
  grantAccess,
  listAccess,
  revokeAccess,
  setAdmissionsPaused,
  setSeatCap,
} from '../src/lifecycle/access.js';
import { renderText } from '../src/text/index.js';

const data = new SlashCommandBuilder()
  .setName('access')
  .setDescription(FROM_CATALOGUE)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('grant')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addUserOption((o) => o.setName('member').setDescription(FROM_CATALOGUE).setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('revoke')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addUserOption((o) => o.setName('member').setDescription(FROM_CATALOGUE).setRequired(true))
      .addStringOption((o) =>
        o.setName('reason').setDescription(FROM_CATALOGUE).setRequired(true).setMaxLength(500),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('pause')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('resume')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('seats')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o
          .setName('count')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(MAX_SEAT_CAP),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o)),
  )
  .toJSON();

const featureSchema = z.object({ feature: OPTION.feature });

/** The `feature` option of every subcommand, resolved to the active feature it names. */
function featureFrom(interaction: GuildChatInput, deps: Deps): Feature {
  const { feature } = readOptions(interaction, featureSchema);
  return requireActiveFeature(deps.store, interaction.guildId, feature);
}

const grantSchema = z.object({ feature: OPTION.feature, member: OPTION.user });

async function grant(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, grantSchema);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  const outcome = grantAccess(deps, {
    feature,
    target: { id: options.member.id, isBot: options.member.bot, inServer: options.member.inServer },
    actorId: interaction.user.id,
    actorName: interaction.user.username,
    role: currentRoleFacts(interaction.guild, feature.roleId),
    sourceInteractionId: interaction.id,
  });
  const locale = replyLocale(interaction);
  if (outcome.kind === 'refused') throw new UserError(renderAccessRefusal(outcome, locale));
  await respond(interaction, { content: renderText(locale, renderGranted(outcome)) });
}

const revokeSchema = z.object({
  feature: OPTION.feature,
  member: OPTION.user,
  reason: z.string().trim().min(1, 'access.reasonRequired').max(500),
});

async function revoke(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, revokeSchema);
  const outcome = revokeAccess(deps, {
    feature: requireActiveFeature(deps.store, interaction.guildId, options.feature),
    target: { id: options.member.id, isBot: options.member.bot },
    reason: options.reason,
    actorId: interaction.user.id,
    guildName: interaction.guild.name,
    sourceInteractionId: interaction.id,
  });
  const locale = replyLocale(interaction);
  if (outcome.kind === 'refused') throw new UserError(renderAccessRefusal(outcome, locale));
  await respond(interaction, { content: renderText(locale, renderAccessRevoked(outcome)) });
}

async function setPaused(interaction: GuildChatInput, deps: Deps, paused: boolean): Promise<void> {
  const outcome = setAdmissionsPaused(deps, { feature: featureFrom(interaction, deps), paused });
  await respond(interaction, { content: renderText(replyLocale(interaction), renderPauseOutcome(outcome)) });
}

const seatsSchema = z.object({ feature: OPTION.feature, count: z.number().int() });

async function seats(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, seatsSchema);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  const outcome = setSeatCap(deps, { feature, count: options.count });
  if (outcome.kind === 'refused') throw new UserError(renderSeatsOutcome(outcome));
  await respond(interaction, { content: renderText(replyLocale(interaction), renderSeatsOutcome(outcome)) });
}

async function list(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = featureFrom(interaction, deps);
  // Checking roles asks Discord once per member: answer within the 3 seconds, then edit.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const listing = listAccess(deps, feature);
  const report =
    listing.kind === 'listed' && listing.checkRoles
      ? await reconcileGrants(deps.client.rest, deps, {
          feature,
          grants: listing.grants,
          total: listing.total,
          actorId: interaction.user.id,
          role: currentRoleFacts(interaction.guild, feature.roleId),
        })
      : null;
  await respond(interaction, renderAccessListing(listing, report, replyLocale(interaction)));
}

export const access: CommandModule = {
  data,
  maintainerOnly: true,
  execute: bySubcommand({
    grant,
    revoke,
    pause: (interaction, deps) => setPaused(interaction, deps, true),
    resume: (interaction, deps) => setPaused(interaction, deps, false),
    seats,
    list,
  }),
  autocomplete: featureAutocomplete,
};
