import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { checkFeedbackChannel } from '../src/discord/channel-check.js';
import { bySubcommand, type CommandModule, type Deps, type GuildChatInput } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption, feedbackChannelOption } from '../src/discord/command-options.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { OPTION, readOptions } from '../src/discord/options.js';
import {
  renderCreateFeature,
  renderEditFeature,
  renderRetireFeature,
} from '../src/discord/render/catalogue.js';
import { withDiscussionNotes } from '../src/discord/render/discussion.js';
import { respond } from '../src/discord/reply.js';
import {
  type FeatureRoleFacts,
  MAX_FEATURE_DESCRIPTION_LENGTH,
  MAX_FEATURE_NAME_LENGTH,
  MAX_RETIRE_REASON_LENGTH,
  MAX_SEAT_CAP,
} from '../src/domain/feature-rules.js';
import { createFeature, editFeature, retireFeature } from '../src/lifecycle/features.js';

const data = new SlashCommandBuilder()
  .setName('feature')
  .setDescription(FROM_CATALOGUE)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('create')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) =>
        o.setName('key').setDescription(FROM_CATALOGUE).setRequired(true).setMaxLength(32),
      )
      .addStringOption((o) =>
        o
          .setName('name')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .setMaxLength(MAX_FEATURE_NAME_LENGTH),
      )
      .addStringOption((o) =>
        o
          .setName('description')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .setMaxLength(MAX_FEATURE_DESCRIPTION_LENGTH),
      )
      .addRoleOption((o) => o.setName('role').setDescription(FROM_CATALOGUE).setRequired(true))
      .addChannelOption((o) => feedbackChannelOption(o, 'channel'))
      .addIntegerOption((o) =>
        o.setName('seats').setDescription(FROM_CATALOGUE).setMinValue(1).setMaxValue(MAX_SEAT_CAP),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('edit')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) =>
        o.setName('name').setDescription(FROM_CATALOGUE).setMaxLength(MAX_FEATURE_NAME_LENGTH),
      )
      .addStringOption((o) =>
        o.setName('description').setDescription(FROM_CATALOGUE).setMaxLength(MAX_FEATURE_DESCRIPTION_LENGTH),
      )
      .addRoleOption((o) => o.setName('role').setDescription(FROM_CATALOGUE))
      .addChannelOption((o) => feedbackChannelOption(o, 'channel'))
      .addIntegerOption((o) =>
        o.setName('seats').setDescription(FROM_CATALOGUE).setMinValue(1).setMaxValue(MAX_SEAT_CAP),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('retire')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) =>
        o
          .setName('reason')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .setMaxLength(MAX_RETIRE_REASON_LENGTH),
      ),
  )
  .toJSON();

const createOptions = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  role: z.string(),
  channel: z.string().nullable(),
  seats: z.number().int().nullable(),
});

const editOptions = z.object({
  feature: OPTION.feature,
  name: z.string().nullable(),
  description: z.string().nullable(),
  role: z.string().nullable(),
  channel: z.string().nullable(),
  seats: z.number().int().nullable(),
});

const retireOptions = z.object({ feature: OPTION.feature, reason: z.string() });

/** What the feature catalogue needs to know about the picked role, read from the guild's cache. */
function roleFacts(interaction: GuildChatInput, roleId: string): FeatureRoleFacts {
  const role = interaction.guild.roles.cache.get(roleId);
  if (!role) return { id: roleId, exists: false };
  const me = interaction.guild.members.me;
  return {
    id: role.id,
    exists: true,
    name: role.name,
    everyone: role.id === interaction.guildId,
    managed: role.managed,
    permissions: role.permissions.bitfield,
    atOrAboveBot: me ? role.comparePositionTo(me.roles.highest) >= 0 : false,
  };
}

async function create(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, createOptions);
  const channel =
    options.channel === null ? null : await checkFeedbackChannel(interaction.guild, options.channel);
  const outcome = createFeature(deps, {
    guildId: interaction.guildId,
    actorId: interaction.user.id,
    key: options.key,
    name: options.name,
    description: options.description,
    role: roleFacts(interaction, options.role),
    channelId: options.channel,
    channelKind: channel?.kind ?? 'text',
    ...(channel?.forumTags ? { forumTags: channel.forumTags } : {}),
    seats: options.seats,
  });
  const locale = replyLocale(interaction);
  const leftOut = outcome.kind === 'created' ? outcome.tagsLeftOut : undefined;
  await respond(
    interaction,
    withDiscussionNotes(renderCreateFeature(locale, outcome), locale, channel, leftOut),
  );
}

async function edit(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, editOptions);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  const channel =
    options.channel === null ? null : await checkFeedbackChannel(interaction.guild, options.channel);
  const outcome = editFeature(deps, {
    guildId: interaction.guildId,
    actorId: interaction.user.id,
    featureId: feature.id,
    name: options.name,
    description: options.description,
    role: options.role === null ? null : roleFacts(interaction, options.role),
    channelId: options.channel,
    channelKind: channel?.kind ?? 'text',
    ...(channel?.forumTags ? { forumTags: channel.forumTags } : {}),
    seats: options.seats,
  });
  const locale = replyLocale(interaction);
  const leftOut = outcome.kind === 'edited' ? outcome.tagsLeftOut : undefined;
  await respond(
    interaction,
    withDiscussionNotes(renderEditFeature(locale, outcome), locale, channel, leftOut),
  );
}

async function retire(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, retireOptions);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  const outcome = retireFeature(deps, {
    guildId: interaction.guildId,
    actorId: interaction.user.id,
    featureId: feature.id,
    reason: options.reason,
    roleExists: interaction.guild.roles.cache.has(feature.roleId),
  });
  await respond(interaction, renderRetireFeature(replyLocale(interaction), outcome));
}

export const feature: CommandModule = {
  data,
  maintainerOnly: true,
  // `/feature edit` sets values: a redelivery must not set back a change made in between.
  claimsInteraction: true,
  execute: bySubcommand({ create, edit, retire }),
  autocomplete: featureAutocomplete,
};
