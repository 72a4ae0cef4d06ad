import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption } from '../src/discord/command-options.js';
import { CONSENT_MINUTES, consentArgsFrom, consentButtons } from '../src/discord/consent.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { OPTION, readOptions } from '../src/discord/options.js';
import {
  renderAcceptOutcome,
  renderDeclineOutcome,
  renderJoinOutcome,
  renderTermsPrompt,
} from '../src/discord/render/access.js';
import { respond, updateComponentMessage } from '../src/discord/reply.js';
import { currentRoleFacts } from '../src/discord/role-facts.js';
import { INVITE_CODE_MAX_INPUT } from '../src/domain/invite-codes.js';
import { acceptTerms, declineTerms, requestJoin } from '../src/lifecycle/join.js';
import { renderText, type TextRef, text } from '../src/text/index.js';

const data = new SlashCommandBuilder()
  .setName('join')
  .setDescription(FROM_CATALOGUE)
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) =>
    o.setName('code').setDescription(FROM_CATALOGUE).setMaxLength(INVITE_CODE_MAX_INPUT),
  )
  .toJSON();

const optionsSchema = z.object({ feature: OPTION.feature, code: OPTION.inviteCode.nullable() });

export const join: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const options = readOptions(interaction, optionsSchema);
    const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
    const memberId = interaction.user.id;
    const outcome = requestJoin(deps, {
      feature,
      memberId,
      code: options.code,
      hasRole: interaction.member.roles.cache.has(feature.roleId),
      role: currentRoleFacts(interaction.guild, feature.roleId),
    });
    if (outcome.kind === 'refused') throw new UserError(renderJoinOutcome(outcome));
    const locale = replyLocale(interaction);
    if (outcome.kind !== 'terms') {
      await respond(interaction, { content: renderText(locale, renderJoinOutcome(outcome)) });
      return;
    }
    const buttons = consentButtons(deps.signer, memberId, outcome.consent, deps.clock.now());
    await respond(interaction, renderTermsPrompt(outcome, buttons, CONSENT_MINUTES, locale));
  },
  async button(interaction, component, deps) {
    const consent = consentArgsFrom(component.args);
    if (!consent) throw new UserError(text('expiredComponent'));
    const input = { guildId: interaction.guildId, memberId: interaction.user.id, consent };
    let answer: TextRef;
    if (component.action === 'decline') answer = renderDeclineOutcome(declineTerms(deps, input));
    else if (component.action === 'accept') {
      const roleId = deps.store.features.findById(consent.featureId)?.roleId;
      const role = roleId === undefined ? null : currentRoleFacts(interaction.guild, roleId);
      answer = renderAcceptOutcome(
        acceptTerms(deps, { ...input, role, sourceInteractionId: interaction.id }),
      );
    } else throw new UserError(text('expiredComponent'));
    await updateComponentMessage(interaction, {
      content: renderText(replyLocale(interaction), answer),
      embeds: [],
    });
  },
  autocomplete: featureAutocomplete,
};
