import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { requirePostableChannel } from '../src/discord/channel-check.js';
import { bySubcommand, type CommandModule, type Deps, type GuildChatInput } from '../src/discord/command.js';
import { featureOption, textChannelOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { orUserError, parseOptions } from '../src/discord/options.js';
import { renderAnnouncement } from '../src/discord/render/announcements.js';
import { respond } from '../src/discord/reply.js';
import type { Feature } from '../src/domain/entities.js';
import {
  canRetire,
  canSetSeatCap,
  MAX_FEATURE_DESCRIPTION_LENGTH,
  MAX_FEATURE_NAME_LENGTH,
  MAX_RETIRE_REASON_LENGTH,
  MAX_SEAT_CAP,
  validateFeatureDescription,
  validateFeatureKey,
  validateFeatureName,
  validateRetireReason,
  validateSeatCap,
} from '../src/domain/feature-rules.js';
import { LEVEL_LABELS } from '../src/domain/levels.js';
import { rolesToRemoveOnPromotion } from '../src/domain/promotion.js';
import { queueRole } from '../src/lifecycle/role-changes.js';
import { DuplicateFeatureKeyError } from '../src/store/feature-repository.js';

const data = new SlashCommandBuilder()
  .setName('feature')
  .setDescription('Manage the feature catalogue')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('create')
      .setDescription('Create a feature; it starts in Early Access')
      .addStringOption((o) =>
        o
          .setName('key')
          .setDescription('Short key: lowercase letters, digits, hyphens (2-32)')
          .setRequired(true)
          .setMaxLength(32),
      )
      .addStringOption((o) =>
        o
          .setName('name')
          .setDescription('Display name')
          .setRequired(true)
          .setMaxLength(MAX_FEATURE_NAME_LENGTH),
      )
      .addStringOption((o) =>
        o
          .setName('description')
          .setDescription('What the feature is')
          .setRequired(true)
          .setMaxLength(MAX_FEATURE_DESCRIPTION_LENGTH),
      )
      .addRoleOption((o) =>
        o.setName('role').setDescription('The role members with access get').setRequired(true),
      )
      .addChannelOption((o) => textChannelOption(o, 'channel', 'Where feedback is mirrored (optional)'))
      .addIntegerOption((o) =>
        o
          .setName('seats')
          .setDescription('Early Access seat cap (optional)')
          .setMinValue(1)
          .setMaxValue(MAX_SEAT_CAP),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('edit')
      .setDescription('Change a feature; only the options you give change')
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) =>
        o.setName('name').setDescription('Display name').setMaxLength(MAX_FEATURE_NAME_LENGTH),
      )
      .addStringOption((o) =>
        o
          .setName('description')
          .setDescription('What the feature is')
          .setMaxLength(MAX_FEATURE_DESCRIPTION_LENGTH),
      )
      .addRoleOption((o) => o.setName('role').setDescription('The role members with access get'))
      .addChannelOption((o) => textChannelOption(o, 'channel', 'Where feedback is mirrored'))
      .addIntegerOption((o) =>
        o.setName('seats').setDescription('Early Access seat cap').setMinValue(1).setMaxValue(MAX_SEAT_CAP),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('retire')
      .setDescription('Retire an Early Access feature: every grant is revoked and the server is told')
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) =>
        o
          .setName('reason')
          .setDescription('Why it is retired (shown in the announcement)')
          .setRequired(true)
          .setMaxLength(MAX_RETIRE_REASON_LENGTH),
      ),
  )
  .toJSON();

const createSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  roleId: z.string(),
  channelId: z.string().nullable(),
  seats: z.number().int().nullable(),
});

/** Permissions a feature role must not carry: `/join` hands the role to members (in Preview, to anyone). */
const PRIVILEGED_PERMISSIONS = [
  [PermissionFlagsBits.Administrator, 'Administrator'],
  [PermissionFlagsBits.ManageGuild, 'Manage Server'],
  [PermissionFlagsBits.ManageRoles, 'Manage Roles'],
  [PermissionFlagsBits.ManageChannels, 'Manage Channels'],
  [PermissionFlagsBits.ManageWebhooks, 'Manage Webhooks'],
  [PermissionFlagsBits.ManageMessages, 'Manage Messages'],
  [PermissionFlagsBits.KickMembers, 'Kick Members'],
  [PermissionFlagsBits.BanMembers, 'Ban Members'],
  [PermissionFlagsBits.ModerateMembers, 'Timeout Members'],
  [PermissionFlagsBits.MentionEveryone, 'Mention @everyone'],
] as const;

function ensureRoleUsable(interaction: GuildChatInput, roleId: string): void {
  const role = interaction.guild.roles.cache.get(roleId);
  if (!role) throw new UserError(MESSAGES.feature.roleUnknown);
  if (role.id === interaction.guildId) throw new UserError(MESSAGES.feature.roleEveryone);
  if (role.managed) throw new UserError(MESSAGES.feature.roleManaged(role.name));
  const privileged = PRIVILEGED_PERMISSIONS.filter(([flag]) => role.permissions.has(flag, false)).map(
    ([, name]) => name,
  );
  if (privileged.length > 0) throw new UserError(MESSAGES.feature.rolePrivileged(role.name, privileged));
  const me = interaction.guild.members.me;
  if (me && role.comparePositionTo(me.roles.highest) >= 0)
    throw new UserError(MESSAGES.feature.roleAboveBot(role.name));
}

/**
 * Refuses a role another active feature hands out: leaving, revoking or reconciling one feature
 * would take the role its members hold for the other. Call inside the transaction that writes.
 */
function ensureRoleFree(deps: Deps, guildId: string, roleId: string, featureId: number | null): void {
  const owner = deps.store.features.findActiveByRole(guildId, roleId);
  if (owner && owner.id !== featureId) throw new UserError(MESSAGES.feature.roleTaken(owner.name));
}

async function create(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const raw = parseOptions(createSchema, {
    key: interaction.options.getString('key', true),
    name: interaction.options.getString('name', true),
    description: interaction.options.getString('description', true),
    roleId: interaction.options.getRole('role', true).id,
    channelId: interaction.options.getChannel('channel')?.id ?? null,
    seats: interaction.options.getInteger('seats'),
  });
  const key = orUserError(validateFeatureKey(raw.key));
  const name = orUserError(validateFeatureName(raw.name));
  const description = orUserError(validateFeatureDescription(raw.description));
  const seatCap = raw.seats === null ? null : orUserError(validateSeatCap(raw.seats));
  ensureRoleUsable(interaction, raw.roleId);
  if (raw.channelId !== null) await requirePostableChannel(interaction.guild, raw.channelId);
  const now = deps.clock.now();
  try {
    const feature = deps.store.transaction(() => {
      // The key is the more specific refusal, so it is checked before the role.
      if (deps.store.features.findByKey(interaction.guildId, key))
        throw new UserError(MESSAGES.feature.keyTaken(key));
      ensureRoleFree(deps, interaction.guildId, raw.roleId, null);
      return deps.store.features.create(
        {
          guildId: interaction.guildId,
          key,
          name,
          description,
          roleId: raw.roleId,
          feedbackChannelId: raw.channelId,
          seatCap,
          createdBy: interaction.user.id,
        },
        now,
      );
    });
    await respond(interaction, {
      content: MESSAGES.feature.created(feature.name, feature.key, LEVEL_LABELS[feature.level]),
    });
  } catch (error) {
    if (error instanceof DuplicateFeatureKeyError) throw new UserError(MESSAGES.feature.keyTaken(key));
    throw error;
  }
}

async function edit(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = requireActiveFeature(
    deps.store,
    interaction.guildId,
    interaction.options.getString('feature', true),
  );
  const name = interaction.options.getString('name');
  const description = interaction.options.getString('description');
  const role = interaction.options.getRole('role');
  const channel = interaction.options.getChannel('channel');
  const seats = interaction.options.getInteger('seats');
  if (name === null && description === null && role === null && channel === null && seats === null) {
    throw new UserError(MESSAGES.feature.nothingToEdit);
  }
  if (role) ensureRoleUsable(interaction, role.id);
  const patch = {
    ...(name !== null ? { name: orUserError(validateFeatureName(name)) } : {}),
    ...(description !== null ? { description: orUserError(validateFeatureDescription(description)) } : {}),
    ...(role ? { roleId: role.id } : {}),
    ...(channel ? { feedbackChannelId: channel.id } : {}),
    ...(seats !== null ? { seatCap: orUserError(validateSeatCap(seats)) } : {}),
  };
  if (channel) await requirePostableChannel(interaction.guild, channel.id);
  const now = deps.clock.now();
  const by = interaction.user.id;
  deps.store.transaction(() => {
    // Re-read under the write lock: the channel check awaited, and a promotion may have landed.
    const fresh = deps.store.features.findById(feature.id)!;
    if (fresh.state !== 'active') throw new UserError(MESSAGES.unknownFeature(fresh.key));
    if (patch.seatCap !== undefined) orUserError(canSetSeatCap(fresh.level));
    if (patch.roleId !== undefined) ensureRoleFree(deps, fresh.guildId, patch.roleId, fresh.id);
    deps.store.features.update(fresh.id, patch);
    if (patch.roleId !== undefined && patch.roleId !== fresh.roleId)
      moveMembers(deps, fresh, patch.roleId, by, now);
  });
  deps.wakeOutbox();
  await respond(interaction, { content: MESSAGES.feature.edited(feature.key, Object.keys(patch)) });
}

/**
 * Moves every member with access from the feature's old role to the new one, in the caller's
 * transaction. In General Availability under the remove policy the members no longer hold the
 * role, so nobody is moved.
 */
function moveMembers(deps: Deps, feature: Feature, newRoleId: string, by: string, now: Date): void {
  const policy = deps.store.settings.get(feature.guildId).gaRolePolicy;
  if (feature.level === 'ga' && rolesToRemoveOnPromotion('ga', policy)) return;
  const moved = { ...feature, roleId: newRoleId };
  for (const grant of deps.store.access.listActive(feature.id)) {
    queueRole(
      deps,
      feature,
      grant.memberId,
      'role-remove',
      { cause: 'role-moved-from', featureKey: feature.key },
      by,
      now,
    );
    queueRole(
      deps,
      moved,
      grant.memberId,
      'role-add',
      { cause: 'role-moved-to', featureKey: feature.key },
      by,
      now,
    );
  }
}

async function retire(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = requireActiveFeature(
    deps.store,
    interaction.guildId,
    interaction.options.getString('feature', true),
  );
  orUserError(canRetire(feature));
  const given = interaction.options.getString('reason', true);
  if (given.trim().length === 0) throw new UserError(MESSAGES.feature.reasonRequired);
  const reason = orUserError(validateRetireReason(given));
  const now = deps.clock.now();
  const by = interaction.user.id;
  const outcome = deps.store.transaction(() => {
    // Re-read under the write lock: a promotion or another retire may have landed meanwhile.
    const fresh = deps.store.features.findById(feature.id)!;
    orUserError(canRetire(fresh));
    deps.store.features.retire(fresh.id, by, reason, now);
    const revoked = deps.store.access.revokeAll(
      fresh.id,
      by,
      MESSAGES.access.retire.grantReason(reason),
      now,
    );
    for (const grant of revoked) {
      queueRole(
        deps,
        fresh,
        grant.memberId,
        'role-remove',
        { cause: 'retired', featureKey: fresh.key },
        by,
        now,
      );
    }
    const invites = deps.store.invites.revokeAll(fresh.id, by, now);
    const waiting = deps.store.waitlist.closeAll(fresh.id, 'retired', now);
    const channelId = deps.store.settings.get(fresh.guildId).announcementChannelId;
    if (channelId) {
      const body = renderAnnouncement({
        feature: fresh,
        from: fresh.level,
        to: null,
        note: reason,
        evidence: deps.store.feedback.evidenceAtLevel(fresh.id, fresh.level),
        levelEnteredAt: fresh.levelEnteredAt,
        at: now,
        roleExists: interaction.guild.roles.cache.has(fresh.roleId),
      });
      deps.store.outbox.enqueue(fresh.guildId, { kind: 'message', channelId, body }, by, now);
    }
    return { revoked: revoked.length, invites, waiting, channelId };
  });
  deps.wakeOutbox();
  await respond(interaction, {
    content: [
      MESSAGES.access.retire.done(feature.name, outcome.revoked, outcome.invites, outcome.waiting),
      outcome.channelId
        ? MESSAGES.access.retire.announced(outcome.channelId)
        : MESSAGES.access.retire.noAnnouncementChannel,
    ].join('\n'),
  });
}

export const feature: CommandModule = {
  data,
  maintainerOnly: true,
  execute: bySubcommand({ create, edit, retire }),
  autocomplete: featureAutocomplete,
};
