import { LEVEL_LABELS } from '../../domain/levels.js';
import type { EffectRenderer, RoleChangeReason } from '../../lifecycle/effects.js';
import { t } from '../../text/index.js';
import { MESSAGES } from '../messages.js';
import { renderPromotionAnnouncement, renderRetirementAnnouncement } from './announcements.js';
import { renderReadiness } from './features.js';
import { renderFeedbackMirror } from './feedback.js';

/** Discord caps an audit-log reason at 512 bytes; 400 characters leaves room for any encoding. */
const ROLE_REASON_MAX = 400;

function roleReason(reason: RoleChangeReason): string {
  const text = MESSAGES.roleReason[reason.cause](reason as never);
  return text.slice(0, ROLE_REASON_MAX);
}

/** The adapter side of `EffectRenderer`: message bodies and reasons as Discord takes them. */
export const discordEffectRenderer: EffectRenderer = {
  roleReason,

  // --- access: join, leave, invites, access ---
  invitedDm: (feature, invite, guildName) => ({
    content: MESSAGES.invite.invitedDm(feature.name, feature.key, invite.code, guildName, invite.expiresAt),
    allowed_mentions: { parse: [] },
  }),
  accessRevokedDm: (feature, guildName, reason) => ({
    content: MESSAGES.access.revokedDm(feature.name, guildName, reason),
    allowed_mentions: { parse: [] },
  }),

  // --- features, promotion, feedback, readiness ---
  readinessNotice: (locale, feature, report) => ({
    embeds: [
      {
        title: t(locale, 'readiness.noticeTitle', { name: feature.name, level: LEVEL_LABELS[report.to] }),
        description: `${renderReadiness(locale, report)}\n\n${t(locale, 'readiness.noticeAction', { key: feature.key })}`,
        color: 0x23a55a,
      },
    ],
    allowed_mentions: { parse: [] },
  }),
  feedbackMirror: renderFeedbackMirror,
  promotionAnnouncement: renderPromotionAnnouncement,
  retirementAnnouncement: renderRetirementAnnouncement,
  waitlistOpened: (locale, feature) => ({
    content: t(locale, 'promote.waitlistOpened', { name: feature.name, key: feature.key }),
    allowed_mentions: { parse: [] },
  }),
  retiredGrantReason: (locale, reason) => t(locale, 'access.retire.grantReason', { reason }),
};
