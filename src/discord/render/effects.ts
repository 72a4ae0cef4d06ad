import { LEVEL_LABELS } from '../../domain/levels.js';
import type { EffectRenderer, RoleChangeReason } from '../../lifecycle/effects.js';
import type { ComponentSigner } from '../component-id.js';
import { MESSAGES } from '../messages.js';
import { renderReadiness } from './features.js';
import { renderPromotionThanks, renderStatusNotification, renderVoteButtons } from './votes.js';

/** Discord caps an audit-log reason at 512 bytes; 400 characters leaves room for any encoding. */
const ROLE_REASON_MAX = 400;

function roleReason(reason: RoleChangeReason): string {
  const text = MESSAGES.roleReason[reason.cause](reason as never);
  return text.slice(0, ROLE_REASON_MAX);
}

/** The parts of the effect renderer whose bodies carry buttons, whose custom ids are signed. */
type SignedEffects = 'voteButtons' | 'statusNotification' | 'promotionThanks';

/** The adapter side of `EffectRenderer` that needs no signer (reasons, announcements, notices). */
export const discordEffectRenderer: Omit<EffectRenderer, SignedEffects> = {
  roleReason,

  // --- access: join, leave, invites, access ---

  // --- features, promotion, feedback, readiness ---
  readinessNotice: (feature, report) => ({
    embeds: [
      {
        title: `${feature.name} is ready for ${LEVEL_LABELS[report.to]}`,
        description: `${renderReadiness(report)}\n\nA maintainer can now run \`/promote feature:${feature.key}\`.`,
        color: 0x23a55a,
      },
    ],
    allowed_mentions: { parse: [] },
  }),
};

/**
 * The adapter side of `EffectRenderer`: message bodies and reasons as Discord takes them. Bodies
 * with buttons sign their custom ids with the bot's signer, so the bot can verify them when pressed.
 */
export function createEffectRenderer(signer: ComponentSigner): EffectRenderer {
  return {
    ...discordEffectRenderer,

    // --- votes and notifications ---
    voteButtons: (item, votes) => renderVoteButtons(signer, item, votes),
    statusNotification: (notice) => renderStatusNotification(signer, notice),
    promotionThanks: (notice) => renderPromotionThanks(signer, notice),
  };
}
