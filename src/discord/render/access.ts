import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { AccessGrant, Feature, Invite } from '../../domain/entities.js';
import { checkInvite } from '../../domain/invites.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import { cutText } from '../../domain/text.js';
import type {
  AccessListing,
  GrantOutcome,
  PauseOutcome,
  RevokeAccessOutcome,
  SeatsOutcome,
} from '../../lifecycle/access.js';
import type {
  AdmitOutcome,
  CreateInviteOutcome,
  InviteListing,
  RevokeInviteOutcome,
} from '../../lifecycle/invites.js';
import type { AcceptOutcome, AdmissionRefusal, DeclineOutcome, JoinOutcome } from '../../lifecycle/join.js';
import type { LeaveOutcome } from '../../lifecycle/leave.js';
import { formatList, type Locale, type TextRef, t, text, translator } from '../../text/index.js';
import type { ReplyContent } from '../reply.js';
import type { ReconcileReport } from '../role-sync.js';
import { refusedPermissionList } from './catalogue.js';
import { COLOR, levelColor } from './features.js';

/*
 * Answers of /join, /leave, /invite and /access, in the member's language. A single text is
 * returned as a `TextRef`: the command renders it in `replyLocale(interaction)`, or throws it as a
 * `UserError` that the dispatcher renders the same way. Answers made of several parts take the
 * locale.
 */

const EMBED_DESCRIPTION_LIMIT = 4096;
/** Discord refuses a message whose content is longer than this. */
const CONTENT_LIMIT = 2000;

/** Seconds since the epoch, as Discord's `<t:…>` timestamps take them. */
const unix = (at: Date) => Math.floor(at.getTime() / 1000);
const mention = (memberId: string) => `<@${memberId}>`;

type Refused<T> = Extract<T, { kind: 'refused' }>;

// --- /join, Accept, Decline, /leave ---

/**
 * The terms a member reads before access is granted, with the signed Accept and Decline buttons.
 * Terms never set (version 0) read as the built-in text of the catalogue, in the member's language;
 * terms a maintainer wrote are shown as written.
 */
export function renderTermsPrompt(
  outcome: Extract<JoinOutcome, { kind: 'terms' }>,
  buttons: { acceptId: string; declineId: string },
  minutes: number,
  locale: Locale,
): { content: string; embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  const tr = translator(locale);
  const { feature, level, terms } = outcome;
  return {
    content: tr('join.termsPrompt'),
    embeds: [
      {
        title: tr('join.termsTitle', { name: feature.name, level: LEVEL_LABELS[level] }),
        description: cutText(terms.text ?? tr(`join.defaultTerms.${level}`), EMBED_DESCRIPTION_LIMIT),
        color: levelColor(feature),
        footer: { text: tr('join.termsFooter', { version: terms.version, minutes }) },
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Success,
            label: tr('join.accept'),
            custom_id: buttons.acceptId,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: tr('join.decline'),
            custom_id: buttons.declineId,
          },
        ],
      },
    ],
  };
}

/** What the member is told when `/join` or Accept does not lead to the terms or a grant. */
function admissionRefusalText(feature: Feature, refusal: AdmissionRefusal): TextRef {
  const { name } = feature;
  switch (refusal.reason) {
    case 'everyone-has-it':
      return text('join.everyoneHasIt', { name });
    case 'already-member':
      return text('join.alreadyMember', { name });
    case 'paused':
      return text('join.paused', { name });
    case 'full':
      return text('join.full', { name, seats: refusal.seatCap });
    case 'retired':
      return text('join.featureGone');
    case 'invite-gone':
      return text('join.inviteGone', { name });
  }
}

/** Every `/join` answer but the terms prompt. */
export function renderJoinOutcome(outcome: Exclude<JoinOutcome, { kind: 'terms' }>): TextRef {
  const { name } = outcome.feature;
  switch (outcome.kind) {
    case 'waitlisted':
      return text(outcome.added ? 'join.waitlisted' : 'join.alreadyWaiting', {
        name,
        position: outcome.position,
      });
    case 'not-admitted':
      return admissionRefusalText(outcome.feature, outcome);
    case 'refused':
      if (outcome.reason === 'role-privileged') return text('join.rolePrivileged', { name });
      return outcome.reason === 'code-unknown'
        ? text('join.codeUnknown', { name })
        : text(`join.codeRefused.${outcome.problem}`);
  }
}

export function renderAcceptOutcome(outcome: AcceptOutcome): TextRef {
  if (outcome.kind === 'granted') {
    return text('join.granted', { name: outcome.feature.name, roleId: outcome.feature.roleId });
  }
  switch (outcome.reason) {
    case 'feature-gone':
      return text('join.featureGone');
    case 'terms-changed':
      return text('join.termsChanged', { name: outcome.feature.name });
    case 'role-privileged':
      return text('join.rolePrivileged', { name: outcome.feature.name });
    default:
      return admissionRefusalText(outcome.feature, outcome);
  }
}

export function renderDeclineOutcome(outcome: DeclineOutcome): TextRef {
  return text('join.declined', { name: outcome.feature?.name ?? '?' });
}

export function renderLeaveOutcome(outcome: LeaveOutcome): TextRef {
  const { name } = outcome.feature;
  switch (outcome.kind) {
    case 'left':
      return text('join.left', { name });
    case 'left-waitlist':
      return text('join.leftWaitlist', { name });
    case 'refused':
      return text(
        outcome.reason === 'nothing-to-leave-at-ga' ? 'join.nothingToLeaveAtGa' : 'join.notMember',
        {
          name,
        },
      );
  }
}

// --- /invite ---

export function renderInviteRefusal(
  refusal: Refused<CreateInviteOutcome | AdmitOutcome | RevokeInviteOutcome>,
): TextRef {
  switch (refusal.reason) {
    case 'not-early-access':
      return text('invite.onlyEarlyAccess', {
        name: refusal.feature.name,
        level: LEVEL_LABELS[refusal.level],
        isPreview: refusal.level === 'preview' ? 'yes' : 'no',
      });
    case 'feature-gone':
      return text('unknownFeature', { key: refusal.feature.key });
    case 'target-is-bot':
      return text('invite.targetIsBot');
    case 'target-not-in-server':
      return text('access.notInServer', { memberId: refusal.memberId });
    case 'target-has-access':
      return text('invite.targetHasAccess', { memberId: refusal.memberId });
    case 'waitlist-empty':
      return text('invite.waitlistEmpty', { name: refusal.feature.name });
    case 'not-found':
      return text('invite.notFound', { code: refusal.code });
    case 'already-revoked':
      return text('invite.alreadyRevoked', { code: refusal.code });
  }
}

export function renderInviteCreated(outcome: Extract<CreateInviteOutcome, { kind: 'created' }>): TextRef {
  const { feature, invite } = outcome;
  return text('invite.created', {
    code: invite.code,
    name: feature.name,
    key: feature.key,
    uses: invite.maxUses!,
    expiresAt: unix(invite.expiresAt!),
    hasTarget: invite.targetMemberId ? 'yes' : 'no',
    target: invite.targetMemberId ?? '',
  });
}

/**
 * The admitted members, mentioned; up to 100 mentions pass Discord's 2,000 characters, so the
 * list is cut to what fits and ends with how many more were invited.
 */
export function renderAdmitted(outcome: Extract<AdmitOutcome, { kind: 'admitted' }>, locale: Locale): string {
  const { feature, members, remaining } = outcome;
  const tr = translator(locale);
  const count = members.length;
  const all = tr('invite.admitted', {
    count,
    name: feature.name,
    members: formatList(locale, members.map(mention)),
    remaining,
  });
  if (all.length <= CONTENT_LIMIT) return all;
  // The list goes on with "and N more": the mentions shown are only separated by commas.
  const some = (shown: number) =>
    tr('invite.admittedSome', {
      count,
      name: feature.name,
      members: members.slice(0, shown).map(mention).join(', '),
      more: count - shown,
      remaining,
    });
  let shown = count - 1;
  while (shown > 0 && some(shown).length > CONTENT_LIMIT) shown--;
  return some(shown);
}

export function renderInviteRevoked(outcome: Extract<RevokeInviteOutcome, { kind: 'revoked' }>): TextRef {
  return text('invite.revoked', { code: outcome.code, name: outcome.feature.name });
}

export function renderInviteListing(listing: InviteListing, locale: Locale): ReplyContent {
  if (listing.kind === 'empty')
    return { content: t(locale, 'invite.listEmpty', { name: listing.feature.name }) };
  return { embeds: [renderInviteList(listing.feature, listing.invites, listing.total, listing.at, locale)] };
}

// --- /access ---

/** A refused `/access grant` or `revoke`; `locale` names a role's refused permissions the reader's way. */
export function renderAccessRefusal(
  refusal: Refused<GrantOutcome | RevokeAccessOutcome>,
  locale: Locale,
): TextRef {
  switch (refusal.reason) {
    case 'target-is-bot':
      return text('access.targetIsBot');
    case 'target-not-in-server':
      return text('access.notInServer', { memberId: refusal.memberId });
    case 'feature-gone':
      return text('unknownFeature', { key: refusal.feature.key });
    case 'everyone-has-it':
      return text('access.everyoneHasIt', { name: refusal.feature.name });
    case 'already-has':
      return text('access.alreadyHas', { memberId: refusal.memberId, name: refusal.feature.name });
    case 'no-access':
      return text('access.noAccess', { memberId: refusal.memberId, name: refusal.feature.name });
    case 'role-privileged':
      return text('access.rolePrivileged', {
        roleName: refusal.roleName,
        name: refusal.feature.name,
        permissions: refusedPermissionList(locale, refusal.permissions),
      });
  }
}

export function renderGranted(outcome: Extract<GrantOutcome, { kind: 'granted' }>): TextRef {
  return text('access.granted', { memberId: outcome.grant.memberId, name: outcome.feature.name });
}

export function renderAccessRevoked(outcome: Extract<RevokeAccessOutcome, { kind: 'revoked' }>): TextRef {
  return text('access.revoked', { memberId: outcome.grant.memberId, name: outcome.feature.name });
}

export function renderPauseOutcome(outcome: PauseOutcome): TextRef {
  const { name } = outcome.feature;
  switch (outcome.kind) {
    case 'paused':
      return text('access.paused', { name });
    case 'already-paused':
      return text('access.alreadyPaused', { name });
    case 'resumed':
      return text('access.resumed', { name });
    case 'not-paused':
      return text('access.notPaused', { name });
  }
}

/** The new seat cap, or why it was refused (the count, or a level without seats). */
export function renderSeatsOutcome(outcome: SeatsOutcome): TextRef {
  if (outcome.kind === 'refused') {
    return outcome.reason === 'invalid-count'
      ? text('rule.seatCapInvalid', { value: outcome.count })
      : text('rule.seatCapOnlyEarlyAccess', { levelLabel: LEVEL_LABELS[outcome.level] });
  }
  const { feature, cap, used } = outcome;
  return used > cap
    ? text('access.seatsOverCap', { name: feature.name, cap, used })
    : text('access.seats', { name: feature.name, cap, used, free: cap - used });
}

/** The members with access, with what the role check found (`report`; null when roles were not checked). */
export function renderAccessListing(
  listing: AccessListing,
  report: ReconcileReport | null,
  locale: Locale,
): ReplyContent {
  const { feature } = listing;
  if (listing.kind === 'empty') return { content: t(locale, 'access.listEmpty', { name: feature.name }) };
  const summary = report ? renderReconciled(report, locale) : t(locale, 'access.reconcileSkippedGa');
  return { content: summary, embeds: [renderGrantList(feature, listing.grants, listing.total, locale)] };
}

/** What the role check found, one sentence per finding. */
function renderReconciled(report: ReconcileReport, locale: Locale): string {
  const tr = translator(locale);
  const restored = report.restored.length;
  const gone = report.gone.length;
  return [
    tr('access.reconciled', { checked: report.checked }),
    report.refusal
      ? tr('access.reconciledRefused', {
          roleName: report.refusal.roleName,
          permissions: refusedPermissionList(locale, report.refusal.permissions),
        })
      : restored > 0
        ? tr('access.reconciledRestored', { restored })
        : tr('access.reconciledAllInPlace'),
    gone > 0 ? tr('access.reconciledGone', { gone }) : '',
    report.unchecked > 0 ? tr('access.reconciledUnchecked', { unchecked: report.unchecked }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Lines cut before the embed overflows, with a note of how many were left out. */
function fitLines(lines: string[], total: number, more: (n: number) => string): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 40 > EMBED_DESCRIPTION_LIMIT) break;
    kept.push(line);
    length += line.length + 1;
  }
  if (kept.length < total) kept.push(more(total - kept.length));
  return kept.join('\n');
}

export function renderInviteList(
  feature: Feature,
  invites: readonly Invite[],
  total: number,
  now: Date,
  locale: Locale,
): APIEmbed {
  const tr = translator(locale);
  const lines = invites.map((invite) => {
    const check = checkInvite(invite, invite.targetMemberId ?? '', now);
    return tr('invite.listLine', {
      code: invite.code,
      status: tr(check.ok ? 'invite.status.usable' : `invite.status.${check.reason}`),
      usage:
        invite.maxUses === null
          ? tr('invite.listUsageUnlimited', { uses: invite.uses })
          : tr('invite.listUsage', { uses: invite.uses, maxUses: invite.maxUses }),
      hasExpiry: invite.expiresAt ? 'yes' : 'no',
      expiresAt: invite.expiresAt ? unix(invite.expiresAt) : 0,
      hasTarget: invite.targetMemberId ? 'yes' : 'no',
      target: invite.targetMemberId ?? '',
    });
  });
  return {
    title: tr('invite.listTitle', { name: feature.name }),
    description: fitLines(lines, total, (more) => tr('invite.listMore', { more })),
    color: COLOR.earlyAccess,
  };
}

export function renderGrantList(
  feature: Feature,
  grants: readonly AccessGrant[],
  total: number,
  locale: Locale,
): APIEmbed {
  const tr = translator(locale);
  const lines = grants.map((grant) =>
    tr('access.listLine', {
      memberId: grant.memberId,
      how: tr(`access.how.${grant.how}`),
      grantedAt: unix(grant.grantedAt),
      hasTerms: grant.termsVersion !== null ? 'yes' : 'no',
      termsVersion: grant.termsVersion ?? 0,
    }),
  );
  return {
    title: tr('access.listTitle', { name: feature.name, count: total }),
    description: fitLines(lines, total, (more) => tr('access.listMore', { more })),
    color: levelColor(feature),
  };
}
