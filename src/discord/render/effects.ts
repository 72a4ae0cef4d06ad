import { LEVEL_LABELS } from '../../domain/levels.js';
import { cutText } from '../../domain/text.js';
import type { EffectRenderer, RoleChangeReason } from '../../lifecycle/effects.js';
import { type Locale, renderText, t } from '../../text/index.js';
import type { ComponentSigner } from '../component-id.js';
import { renderPromotionAnnouncement, renderRetirementAnnouncement } from './announcements.js';
import { refusedPermissionList } from './catalogue.js';
import { renderForumTagName, renderThreadStatusPost } from './discussion.js';
import { renderReadiness } from './features.js';
import { renderFeedbackMirror } from './feedback.js';
import { renderPromotionThanks, renderStatusNotification, renderVoteButtons } from './votes.js';

/** Discord caps an audit-log reason at 512 bytes; 400 characters leaves room for any encoding. */
const ROLE_REASON_MAX = 400;

function roleReason(locale: Locale, reason: RoleChangeReason): string {
  const { cause, ...values } = reason;
  // How a member joined reads as a word of the server's language, not as the stored code.
  const how = reason.cause === 'joined' ? { how: t(locale, `access.how.${reason.how}`) } : {};
  return cutText(
    renderText(locale, { key: `roleReason.${cause}`, values: { ...values, ...how } }),
    ROLE_REASON_MAX,
  );
}

/** Seconds since the epoch, as Discord's `<t:…>` timestamps take them. */
const unixSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** The parts of the effect renderer whose bodies carry buttons, whose custom ids are signed. */
type SignedEffects = 'voteButtons' | 'statusNotification' | 'promotionThanks';

/** The adapter side of `EffectRenderer` that needs no signer (reasons, announcements, notices). */
export const discordEffectRenderer: Omit<EffectRenderer, SignedEffects> = {
  roleReason,

  // --- access: join, leave, invites, access ---
  invitedDm: (locale, feature, invite, guildName) => ({
    content: t(locale, 'invite.invitedDm', {
      name: feature.name,
      guildName,
      key: feature.key,
      code: invite.code,
      expiresAt: unixSeconds(invite.expiresAt),
    }),
    allowed_mentions: { parse: [] },
  }),
  accessRevokedDm: (locale, feature, guildName, reason) => ({
    content: t(locale, 'access.revokedDm', { name: feature.name, guildName, reason }),
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
  featureRoleAlert: (locale, { feature, roleName, permissions }) => ({
    content: t(locale, 'feature.roleAlert', {
      name: feature.name,
      key: feature.key,
      roleName,
      permissions: refusedPermissionList(locale, permissions),
    }),
    allowed_mentions: { parse: [] },
  }),

  // --- discussion: threads and forum posts ---
  threadStatusPost: renderThreadStatusPost,
  forumTagName: renderForumTagName,
};

/**
 * The adapter side of `EffectRenderer`: message bodies and reasons as Discord takes them. Bodies
 * with buttons sign their custom ids with the bot's signer, so the bot can verify them when pressed.
 */
export function createEffectRenderer(signer: ComponentSigner): EffectRenderer {
  return {
    ...discordEffectRenderer,

    // --- votes and notifications ---
    voteButtons: (locale, item, votes) => renderVoteButtons(signer, locale, item, votes),
    statusNotification: (locale, notice) => renderStatusNotification(signer, locale, notice),
    promotionThanks: (locale, notice) => renderPromotionThanks(signer, locale, notice),
  };
}
