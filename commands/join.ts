import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import {
  acceptTerms,
  admissionContext,
  admissionRefusal,
  CONSENT_MINUTES,
  consentArgsFrom,
  consentArgsToStrings,
  resolveInvite,
} from '../src/discord/consent.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { parseOptions } from '../src/discord/options.js';
import { renderTermsPrompt } from '../src/discord/render/access.js';
import { respond, updateComponentMessage } from '../src/discord/reply.js';
import { accessPolicy, decideAdmission } from '../src/domain/access.js';
import type { TermsLevel } from '../src/domain/entities.js';
import { normalizeInviteCode } from '../src/domain/invite-codes.js';
import { reconcileSeenMember } from '../src/lifecycle/role-changes.js';

const data = new SlashCommandBuilder()
  .setName('join')
  .setDescription('Get access to a feature (Early Access needs an invite; Preview is open to all)')
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) => o.setName('code').setDescription('Your Early Access invite code').setMaxLength(64))
  .toJSON();

const optionsSchema = z.object({
  feature: z.string().trim().min(1, 'name a feature'),
  code: z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(64)
    .regex(/^[0-9A-Za-z]+$/, 'an invite code has only letters and digits')
    .nullable(),
});

export const join: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const options = parseOptions(optionsSchema, {
      feature: interaction.options.getString('feature', true),
      code: interaction.options.getString('code'),
    });
    const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
    const memberId = interaction.user.id;
    const now = deps.clock.now();
    const corrected = deps.store.transaction(() =>
      reconcileSeenMember(deps, feature, memberId, interaction.member.roles.cache.has(feature.roleId), now),
    );
    if (corrected) deps.wakeOutbox();

    const policy = accessPolicy(feature.level);
    const alreadyGranted = deps.store.access.hasAccess(feature.id, memberId);
    const invite =
      policy.inviteRequired && !alreadyGranted
        ? resolveInvite(
            deps.store,
            feature,
            memberId,
            options.code === null ? null : normalizeInviteCode(options.code),
            now,
          )
        : null;
    const decision = decideAdmission(admissionContext(deps.store, feature, memberId, invite !== null));

    if (decision.kind === 'waitlist') {
      const { position, added } = deps.store.transaction(() =>
        deps.store.waitlist.join(feature.id, memberId, now),
      );
      await respond(interaction, {
        content: added
          ? MESSAGES.join.waitlisted(feature.name, position)
          : MESSAGES.join.alreadyWaiting(feature.name, position),
      });
      return;
    }
    if (decision.kind !== 'consent-required') {
      await respond(interaction, { content: admissionRefusal(feature, decision) });
      return;
    }

    const level = feature.level as TermsLevel;
    const terms = deps.store.settings.get(interaction.guildId).terms[level];
    const expiresAt = new Date(now.getTime() + CONSENT_MINUTES * 60_000);
    const args = consentArgsToStrings({
      featureId: feature.id,
      inviteId: invite?.id ?? 0,
      level,
      termsVersion: terms.version,
    });
    const sign = (action: string) =>
      deps.signer.sign({ command: 'join', action, args, ownerId: memberId, expiresAt });
    await respond(interaction, {
      ...renderTermsPrompt(
        feature,
        level,
        terms,
        { acceptId: sign('accept'), declineId: sign('decline') },
        CONSENT_MINUTES,
      ),
    });
  },
  async button(interaction, component, deps) {
    const args = consentArgsFrom(component.args);
    if (!args) throw new UserError(MESSAGES.expiredComponent);
    if (component.action === 'decline') {
      const feature = deps.store.features.findById(args.featureId);
      await updateComponentMessage(interaction, {
        content: MESSAGES.join.declined(feature?.name ?? '?'),
        embeds: [],
      });
      return;
    }
    if (component.action !== 'accept') throw new UserError(MESSAGES.expiredComponent);
    const outcome = acceptTerms(deps, interaction.guildId, interaction.user.id, args, deps.clock.now());
    if (outcome.kind === 'granted') {
      deps.wakeOutbox();
      await updateComponentMessage(interaction, {
        content: MESSAGES.join.granted(outcome.feature.name, outcome.feature.roleId),
        embeds: [],
      });
      return;
    }
    await updateComponentMessage(interaction, { content: outcome.message, embeds: [] });
  },
  autocomplete: featureAutocomplete,
};
