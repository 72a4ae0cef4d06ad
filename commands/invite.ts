import { randomBytes } from 'node:crypto';
import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { bySubcommand, type CommandModule, type Deps, type GuildChatInput } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { orUserError, parseOptions } from '../src/discord/options.js';
import { renderInviteList } from '../src/discord/render/access.js';
import { respond } from '../src/discord/reply.js';
import type { Feature, Invite } from '../src/domain/entities.js';
import { INVITE_CODE_LENGTH, inviteCodeFrom, normalizeInviteCode } from '../src/domain/invite-codes.js';
import { parseDuration } from '../src/domain/invites.js';
import { LEVEL_LABELS } from '../src/domain/levels.js';
import type { Store } from '../src/store/store.js';

const data = new SlashCommandBuilder()
  .setName('invite')
  .setDescription('Early Access invites')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('create')
      .setDescription('Create an invite code')
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o
          .setName('uses')
          .setDescription('How many members can use it (default 1)')
          .setMinValue(1)
          .setMaxValue(1000),
      )
      .addStringOption((o) =>
        o
          .setName('expires_in')
          .setDescription('How long it stays valid, e.g. 12h, 7d, 2w (default 7d)')
          .setMaxLength(16),
      )
      .addUserOption((o) => o.setName('member').setDescription('Only this member can use it')),
  )
  .addSubcommand((sub) =>
    sub
      .setName('admit')
      .setDescription('Invite the first members of the waitlist and tell them')
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o
          .setName('count')
          .setDescription('How many to admit')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(100),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('List the invites of a feature')
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('revoke')
      .setDescription('Revoke an invite code')
      .addStringOption((o) =>
        o.setName('code').setDescription('The invite code').setRequired(true).setMaxLength(64),
      ),
  )
  .toJSON();

const DEFAULT_EXPIRY = '7d';
const LIST_LIMIT = 50;

function requireEarlyAccess(store: Store, guildId: string, key: string): Feature {
  const feature = requireActiveFeature(store, guildId, key);
  if (feature.level !== 'early-access') {
    throw new UserError(MESSAGES.invite.onlyEarlyAccess(feature.name, LEVEL_LABELS[feature.level]));
  }
  return feature;
}

const newCode = () => inviteCodeFrom(randomBytes(INVITE_CODE_LENGTH));

/** Tells an invited member by direct message, or by a mention in the feature's channel when DMs are closed. */
function queueInvitedMessage(
  store: Store,
  feature: Feature,
  invite: Invite,
  memberId: string,
  guildName: string,
  actorId: string,
  now: Date,
): void {
  store.outbox.enqueue(
    feature.guildId,
    {
      kind: 'direct-message',
      userId: memberId,
      body: {
        content: MESSAGES.invite.invitedDm(
          feature.name,
          feature.key,
          invite.code,
          guildName,
          invite.expiresAt ?? now,
        ),
        allowed_mentions: { parse: [] },
      },
      fallbackChannelId: feature.feedbackChannelId,
    },
    actorId,
    now,
  );
}

const createSchema = z.object({
  feature: z.string().trim().min(1),
  uses: z.number().int().min(1).max(1000),
  expiresIn: z.string().trim().min(1, 'is empty').max(16),
  member: z.object({ id: z.string(), bot: z.boolean() }).nullable(),
});

async function create(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const user = interaction.options.getUser('member');
  const options = parseOptions(createSchema, {
    feature: interaction.options.getString('feature', true),
    uses: interaction.options.getInteger('uses') ?? 1,
    expiresIn: interaction.options.getString('expires_in') ?? DEFAULT_EXPIRY,
    member: user ? { id: user.id, bot: user.bot } : null,
  });
  const lifetimeMs = orUserError(parseDuration(options.expiresIn));
  const feature = requireEarlyAccess(deps.store, interaction.guildId, options.feature);
  const now = deps.clock.now();
  if (options.member?.bot) throw new UserError(MESSAGES.invite.targetIsBot);
  // Discord resolves a member only for users in the server: an outsider could never join.
  if (options.member && !interaction.options.getMember('member')) {
    throw new UserError(MESSAGES.access.notInServer(options.member.id));
  }
  const target = options.member?.id ?? null;
  const invite = deps.store.transaction(() => {
    if (target !== null && deps.store.access.hasAccess(feature.id, target)) {
      throw new UserError(MESSAGES.invite.targetHasAccess(target));
    }
    const created = deps.store.invites.create(
      {
        code: newCode(),
        featureId: feature.id,
        createdBy: interaction.user.id,
        targetMemberId: target,
        maxUses: options.uses,
        expiresAt: new Date(now.getTime() + lifetimeMs),
      },
      now,
    );
    if (target !== null) {
      // Invited by name: they leave the queue, so `/invite admit` does not invite them a second time.
      deps.store.waitlist.closeForMember(feature.id, target, 'admitted', now, created.id);
      queueInvitedMessage(
        deps.store,
        feature,
        created,
        target,
        interaction.guild.name,
        interaction.user.id,
        now,
      );
    }
    return created;
  });
  if (target !== null) deps.wakeOutbox();
  await respond(interaction, {
    content: MESSAGES.invite.created(
      invite.code,
      feature.name,
      feature.key,
      options.uses,
      invite.expiresAt!,
      target,
    ),
  });
}

const admitSchema = z.object({ feature: z.string().trim().min(1), count: z.number().int().min(1).max(100) });

async function admit(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = parseOptions(admitSchema, {
    feature: interaction.options.getString('feature', true),
    count: interaction.options.getInteger('count', true),
  });
  const feature = requireEarlyAccess(deps.store, interaction.guildId, options.feature);
  const now = deps.clock.now();
  const lifetimeMs = orUserError(parseDuration(DEFAULT_EXPIRY));
  const { admitted, remaining } = deps.store.transaction(() => {
    const entries = deps.store.waitlist.head(feature.id, options.count);
    if (entries.length === 0) throw new UserError(MESSAGES.invite.waitlistEmpty(feature.name));
    for (const entry of entries) {
      const invite = deps.store.invites.create(
        {
          code: newCode(),
          featureId: feature.id,
          createdBy: interaction.user.id,
          targetMemberId: entry.memberId,
          maxUses: 1,
          expiresAt: new Date(now.getTime() + lifetimeMs),
        },
        now,
      );
      deps.store.waitlist.close(entry.id, 'admitted', invite.id, now);
      queueInvitedMessage(
        deps.store,
        feature,
        invite,
        entry.memberId,
        interaction.guild.name,
        interaction.user.id,
        now,
      );
    }
    return { admitted: entries.map((e) => e.memberId), remaining: deps.store.waitlist.size(feature.id) };
  });
  deps.wakeOutbox();
  await respond(interaction, { content: MESSAGES.invite.admitted(feature.name, admitted, remaining) });
}

async function list(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = requireActiveFeature(
    deps.store,
    interaction.guildId,
    interaction.options.getString('feature', true),
  );
  const total = deps.store.invites.count(feature.id);
  if (total === 0) {
    await respond(interaction, { content: MESSAGES.invite.listEmpty(feature.name) });
    return;
  }
  const invites = deps.store.invites.list(feature.id, LIST_LIMIT);
  await respond(interaction, { embeds: [renderInviteList(feature, invites, total, deps.clock.now())] });
}

const revokeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(64)
    .regex(/^[0-9A-Za-z]+$/, 'an invite code has only letters and digits'),
});

async function revoke(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const code = normalizeInviteCode(
    parseOptions(revokeSchema, { code: interaction.options.getString('code', true) }).code,
  );
  const now = deps.clock.now();
  const feature = deps.store.transaction(() => {
    const found = deps.store.invites.findByCode(interaction.guildId, code);
    if (!found) throw new UserError(MESSAGES.invite.notFound(code));
    if (!deps.store.invites.revoke(found.id, interaction.user.id, now)) {
      throw new UserError(MESSAGES.invite.alreadyRevoked(code));
    }
    return deps.store.features.findById(found.featureId)!;
  });
  await respond(interaction, { content: MESSAGES.invite.revoked(code, feature.name) });
}

export const invite: CommandModule = {
  data,
  maintainerOnly: true,
  execute: bySubcommand({ create, admit, list, revoke }),
  autocomplete: featureAutocomplete,
};
