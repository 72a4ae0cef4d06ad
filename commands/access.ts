import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { bySubcommand, type CommandModule, type Deps, type GuildChatInput } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { orUserError, parseOptions } from '../src/discord/options.js';
import { renderGrantList } from '../src/discord/render/access.js';
import { respond } from '../src/discord/reply.js';
import { reconcileGrants } from '../src/discord/role-sync.js';
import type { Feature } from '../src/domain/entities.js';
import { canSetSeatCap, MAX_SEAT_CAP, validateSeatCap } from '../src/domain/feature-rules.js';
import { queueRole } from '../src/lifecycle/role-changes.js';

const data = new SlashCommandBuilder()
  .setName('access')
  .setDescription('Throttle and remove access to a feature')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('grant')
      .setDescription('Give a member access (maintainer override, recorded as such)')
      .addStringOption((o) => featureOption(o))
      .addUserOption((o) => o.setName('member').setDescription('The member').setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('revoke')
      .setDescription("Remove a member's access; they are told why")
      .addStringOption((o) => featureOption(o))
      .addUserOption((o) => o.setName('member').setDescription('The member').setRequired(true))
      .addStringOption((o) =>
        o.setName('reason').setDescription('Why (the member is told)').setRequired(true).setMaxLength(500),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('pause')
      .setDescription('Stop admitting new members')
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('resume')
      .setDescription('Admit new members again')
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('seats')
      .setDescription('Set the Early Access seat cap (lowering it revokes nobody)')
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o.setName('count').setDescription('Seats').setRequired(true).setMinValue(1).setMaxValue(MAX_SEAT_CAP),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('List the members with access, and fix roles that drifted')
      .addStringOption((o) => featureOption(o)),
  )
  .toJSON();

const LIST_LIMIT = 100;

const memberSchema = z.object({ id: z.string(), bot: z.boolean() });

function featureFrom(interaction: GuildChatInput, deps: Deps): Feature {
  return requireActiveFeature(
    deps.store,
    interaction.guildId,
    interaction.options.getString('feature', true),
  );
}

function memberFrom(interaction: GuildChatInput): string {
  const user = interaction.options.getUser('member', true);
  const member = parseOptions(memberSchema, { id: user.id, bot: user.bot });
  if (member.bot) throw new UserError(MESSAGES.access.targetIsBot);
  return member.id;
}

async function grant(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = featureFrom(interaction, deps);
  const memberId = memberFrom(interaction);
  // Discord resolves a member only for users in the server; a role cannot be given to anyone else.
  if (!interaction.options.getMember('member')) throw new UserError(MESSAGES.access.notInServer(memberId));
  if (feature.level === 'ga') throw new UserError(MESSAGES.access.everyoneHasIt(feature.name));
  const now = deps.clock.now();
  const maintainerId = interaction.user.id;
  deps.store.transaction(() => {
    if (deps.store.access.hasAccess(feature.id, memberId)) {
      throw new UserError(MESSAGES.access.alreadyHas(memberId, feature.name));
    }
    // The override skips invites, pause and seat cap on purpose; `how` records that it was one.
    deps.store.access.grant(
      {
        featureId: feature.id,
        memberId,
        how: 'maintainer',
        inviteId: null,
        termsVersion: null,
        termsAcceptedAt: null,
        grantedBy: maintainerId,
      },
      now,
    );
    deps.store.waitlist.closeForMember(feature.id, memberId, 'granted', now);
    queueRole(
      deps,
      feature,
      memberId,
      'role-add',
      { cause: 'granted-by-maintainer', maintainerName: interaction.user.username },
      maintainerId,
      now,
    );
  });
  deps.wakeOutbox();
  await respond(interaction, { content: MESSAGES.access.granted(memberId, feature.name) });
}

const reasonSchema = z.string().trim().min(1, MESSAGES.access.reasonRequired).max(500);

async function revoke(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = featureFrom(interaction, deps);
  const memberId = memberFrom(interaction);
  const reason = reasonSchema.safeParse(interaction.options.getString('reason', true));
  if (!reason.success) throw new UserError(MESSAGES.access.reasonRequired);
  const now = deps.clock.now();
  const maintainerId = interaction.user.id;
  deps.store.transaction(() => {
    if (!deps.store.access.revoke(feature.id, memberId, maintainerId, reason.data, now)) {
      throw new UserError(MESSAGES.access.noAccess(memberId, feature.name));
    }
    queueRole(
      deps,
      feature,
      memberId,
      'role-remove',
      { cause: 'revoked', reason: reason.data },
      maintainerId,
      now,
    );
    // No channel fallback: the reason is between the maintainers and the member.
    deps.store.outbox.enqueue(
      feature.guildId,
      {
        kind: 'direct-message',
        userId: memberId,
        body: {
          content: MESSAGES.access.revokedDm(feature.name, interaction.guild.name, reason.data),
          allowed_mentions: { parse: [] },
        },
        fallbackChannelId: null,
      },
      maintainerId,
      now,
    );
  });
  deps.wakeOutbox();
  await respond(interaction, { content: MESSAGES.access.revoked(memberId, feature.name) });
}

async function setPaused(interaction: GuildChatInput, deps: Deps, paused: boolean): Promise<void> {
  const feature = featureFrom(interaction, deps);
  const changed = deps.store.transaction(() => {
    const fresh = deps.store.features.findById(feature.id)!;
    if (fresh.admissionsPaused === paused) return false;
    deps.store.features.setAdmissionsPaused(feature.id, paused);
    return true;
  });
  const content = paused
    ? changed
      ? MESSAGES.access.paused(feature.name)
      : MESSAGES.access.alreadyPaused(feature.name)
    : changed
      ? MESSAGES.access.resumed(feature.name)
      : MESSAGES.access.notPaused(feature.name);
  await respond(interaction, { content });
}

async function seats(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = featureFrom(interaction, deps);
  const cap = orUserError(validateSeatCap(interaction.options.getInteger('count', true)));
  const used = deps.store.transaction(() => {
    orUserError(canSetSeatCap(deps.store.features.findById(feature.id)!.level));
    deps.store.features.setSeatCap(feature.id, cap);
    return deps.store.access.countActive(feature.id);
  });
  await respond(interaction, { content: MESSAGES.access.seats(feature.name, cap, used) });
}

async function list(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const feature = featureFrom(interaction, deps);
  // Checking roles asks Discord once per member: answer within the 3 seconds, then edit.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const total = deps.store.access.countActive(feature.id);
  if (total === 0) {
    await respond(interaction, { content: MESSAGES.access.listEmpty(feature.name) });
    return;
  }
  const grants = deps.store.access.listActive(feature.id, LIST_LIMIT);
  let summary: string;
  if (feature.level === 'ga') {
    summary = MESSAGES.access.reconcileSkippedGa;
  } else {
    const report = await reconcileGrants(deps.client.rest, deps, feature, interaction.user.id, () =>
      deps.clock.now(),
    );
    if (report.restored.length > 0) deps.wakeOutbox();
    summary = MESSAGES.access.reconciled(
      report.checked,
      report.restored.length,
      report.gone.length,
      report.unchecked,
    );
  }
  await respond(interaction, { content: summary, embeds: [renderGrantList(feature, grants, total)] });
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
