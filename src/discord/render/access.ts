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
import { MESSAGES } from '../messages.js';
import type { ReplyContent } from '../reply.js';
import type { ReconcileReport } from '../role-sync.js';
import { COLOR, levelColor } from './features.js';

const EMBED_DESCRIPTION_LIMIT = 4096;
/** Discord refuses a message whose content is longer than this. */
const CONTENT_LIMIT = 2000;

const unix = (at: Date) => Math.floor(at.getTime() / 1000);

type Refused<T> = Extract<T, { kind: 'refused' }>;

// --- /join, Accept, Decline, /leave ---

/**
 * The terms a member reads before access is granted, with the signed Accept and Decline buttons.
 * Terms never set (version 0) read as the built-in text of the catalogue.
 */
export function renderTermsPrompt(
  outcome: Extract<JoinOutcome, { kind: 'terms' }>,
  buttons: { acceptId: string; declineId: string },
  minutes: number,
): { content: string; embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  const { feature, level, terms } = outcome;
  return {
    content: MESSAGES.join.termsPrompt,
    embeds: [
      {
        title: MESSAGES.join.termsTitle(feature.name, LEVEL_LABELS[level]),
        description: (terms.text ?? MESSAGES.defaultTerms[level]).slice(0, EMBED_DESCRIPTION_LIMIT),
        color: levelColor(feature),
        footer: { text: MESSAGES.join.termsFooter(terms.version, minutes) },
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Success,
            label: MESSAGES.join.accept,
            custom_id: buttons.acceptId,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: MESSAGES.join.decline,
            custom_id: buttons.declineId,
          },
        ],
      },
    ],
  };
}

/** What the member is told when `/join` or Accept does not lead to the terms or a grant. */
function renderAdmissionRefusal(feature: Feature, refusal: AdmissionRefusal): string {
  switch (refusal.reason) {
    case 'everyone-has-it':
      return MESSAGES.join.everyoneHasIt(feature.name);
    case 'already-member':
      return MESSAGES.join.alreadyMember(feature.name);
    case 'paused':
      return MESSAGES.join.paused(feature.name);
    case 'full':
      return MESSAGES.join.full(feature.name, refusal.seatCap);
    case 'retired':
      return MESSAGES.join.featureGone;
    case 'invite-gone':
      return MESSAGES.join.inviteGone(feature.name);
  }
}

/** Every `/join` answer but the terms prompt. */
export function renderJoinOutcome(outcome: Exclude<JoinOutcome, { kind: 'terms' }>): string {
  const { feature } = outcome;
  switch (outcome.kind) {
    case 'waitlisted':
      return outcome.added
        ? MESSAGES.join.waitlisted(feature.name, outcome.position)
        : MESSAGES.join.alreadyWaiting(feature.name, outcome.position);
    case 'not-admitted':
      return renderAdmissionRefusal(feature, outcome);
    case 'refused':
      return outcome.reason === 'code-unknown'
        ? MESSAGES.join.codeUnknown(feature.name)
        : MESSAGES.join.codeRefused[outcome.problem];
  }
}

export function renderAcceptOutcome(outcome: AcceptOutcome): string {
  if (outcome.kind === 'granted') return MESSAGES.join.granted(outcome.feature.name, outcome.feature.roleId);
  switch (outcome.reason) {
    case 'feature-gone':
      return MESSAGES.join.featureGone;
    case 'terms-changed':
      return MESSAGES.join.termsChanged(outcome.feature.name);
    default:
      return renderAdmissionRefusal(outcome.feature, outcome);
  }
}

export function renderDeclineOutcome(outcome: DeclineOutcome): string {
  return MESSAGES.join.declined(outcome.feature?.name ?? '?');
}

export function renderLeaveOutcome(outcome: LeaveOutcome): string {
  const { name } = outcome.feature;
  switch (outcome.kind) {
    case 'left':
      return MESSAGES.join.left(name);
    case 'left-waitlist':
      return MESSAGES.join.leftWaitlist(name);
    case 'refused':
      return outcome.reason === 'nothing-to-leave-at-ga'
        ? MESSAGES.join.nothingToLeaveAtGa(name)
        : MESSAGES.join.notMember(name);
  }
}

// --- /invite ---

export function renderInviteRefusal(
  refusal: Refused<CreateInviteOutcome | AdmitOutcome | RevokeInviteOutcome>,
): string {
  switch (refusal.reason) {
    case 'not-early-access':
      return MESSAGES.invite.onlyEarlyAccess(refusal.feature.name, LEVEL_LABELS[refusal.level]);
    case 'feature-gone':
      return MESSAGES.unknownFeature(refusal.feature.key);
    case 'target-is-bot':
      return MESSAGES.invite.targetIsBot;
    case 'target-not-in-server':
      return MESSAGES.access.notInServer(refusal.memberId);
    case 'target-has-access':
      return MESSAGES.invite.targetHasAccess(refusal.memberId);
    case 'waitlist-empty':
      return MESSAGES.invite.waitlistEmpty(refusal.feature.name);
    case 'not-found':
      return MESSAGES.invite.notFound(refusal.code);
    case 'already-revoked':
      return MESSAGES.invite.alreadyRevoked(refusal.code);
  }
}

export function renderInviteCreated(outcome: Extract<CreateInviteOutcome, { kind: 'created' }>): string {
  const { feature, invite } = outcome;
  return MESSAGES.invite.created(
    invite.code,
    feature.name,
    feature.key,
    invite.maxUses!,
    invite.expiresAt!,
    invite.targetMemberId,
  );
}

/**
 * The admitted members, mentioned; up to 100 mentions pass Discord's 2,000 characters, so the
 * list is cut to what fits and ends with how many more were invited.
 */
export function renderAdmitted(outcome: Extract<AdmitOutcome, { kind: 'admitted' }>): string {
  const { feature, members, remaining } = outcome;
  const all = MESSAGES.invite.admitted(feature.name, members, remaining);
  if (all.length <= CONTENT_LIMIT) return all;
  const some = (shown: number) =>
    MESSAGES.invite.admittedSome(feature.name, members.length, members.slice(0, shown), remaining);
  let shown = members.length - 1;
  while (shown > 0 && some(shown).length > CONTENT_LIMIT) shown--;
  return some(shown);
}

export function renderInviteRevoked(outcome: Extract<RevokeInviteOutcome, { kind: 'revoked' }>): string {
  return MESSAGES.invite.revoked(outcome.code, outcome.feature.name);
}

export function renderInviteListing(listing: InviteListing): ReplyContent {
  if (listing.kind === 'empty') return { content: MESSAGES.invite.listEmpty(listing.feature.name) };
  return { embeds: [renderInviteList(listing.feature, listing.invites, listing.total, listing.at)] };
}

// --- /access ---

export function renderAccessRefusal(refusal: Refused<GrantOutcome | RevokeAccessOutcome>): string {
  switch (refusal.reason) {
    case 'target-is-bot':
      return MESSAGES.access.targetIsBot;
    case 'target-not-in-server':
      return MESSAGES.access.notInServer(refusal.memberId);
    case 'feature-gone':
      return MESSAGES.unknownFeature(refusal.feature.key);
    case 'everyone-has-it':
      return MESSAGES.access.everyoneHasIt(refusal.feature.name);
    case 'already-has':
      return MESSAGES.access.alreadyHas(refusal.memberId, refusal.feature.name);
    case 'no-access':
      return MESSAGES.access.noAccess(refusal.memberId, refusal.feature.name);
  }
}

export function renderGranted(outcome: Extract<GrantOutcome, { kind: 'granted' }>): string {
  return MESSAGES.access.granted(outcome.grant.memberId, outcome.feature.name);
}

export function renderAccessRevoked(outcome: Extract<RevokeAccessOutcome, { kind: 'revoked' }>): string {
  return MESSAGES.access.revoked(outcome.grant.memberId, outcome.feature.name);
}

export function renderPauseOutcome(outcome: PauseOutcome): string {
  const { name } = outcome.feature;
  switch (outcome.kind) {
    case 'paused':
      return MESSAGES.access.paused(name);
    case 'already-paused':
      return MESSAGES.access.alreadyPaused(name);
    case 'resumed':
      return MESSAGES.access.resumed(name);
    case 'not-paused':
      return MESSAGES.access.notPaused(name);
  }
}

export function renderSeatsSet(outcome: Extract<SeatsOutcome, { kind: 'seats-set' }>): string {
  return MESSAGES.access.seats(outcome.feature.name, outcome.cap, outcome.used);
}

/** The members with access, with what the role check found (`report`; null when roles were not checked). */
export function renderAccessListing(listing: AccessListing, report: ReconcileReport | null): ReplyContent {
  const { feature } = listing;
  if (listing.kind === 'empty') return { content: MESSAGES.access.listEmpty(feature.name) };
  const summary = report
    ? MESSAGES.access.reconciled(report.checked, report.restored.length, report.gone.length, report.unchecked)
    : MESSAGES.access.reconcileSkippedGa;
  return { content: summary, embeds: [renderGrantList(feature, listing.grants, listing.total)] };
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
): APIEmbed {
  const lines = invites.map((invite) => {
    const check = checkInvite(invite, invite.targetMemberId ?? '', now);
    const status = check.ok ? MESSAGES.invite.status.usable : MESSAGES.invite.status[check.reason];
    const uses = `${invite.uses}/${invite.maxUses ?? '∞'} used`;
    const expiry = invite.expiresAt ? `expires <t:${unix(invite.expiresAt)}:R>` : 'no expiry';
    const target = invite.targetMemberId ? ` · for <@${invite.targetMemberId}>` : '';
    return `\`${invite.code}\` · ${status} · ${uses} · ${expiry}${target}`;
  });
  return {
    title: MESSAGES.invite.listTitle(feature.name),
    description: fitLines(lines, total, MESSAGES.invite.listMore),
    color: COLOR.earlyAccess,
  };
}

export function renderGrantList(feature: Feature, grants: readonly AccessGrant[], total: number): APIEmbed {
  const lines = grants.map(
    (grant) =>
      `<@${grant.memberId}> · ${grant.how} · <t:${unix(grant.grantedAt)}:d>${grant.termsVersion !== null ? ` · terms v${grant.termsVersion}` : ''}`,
  );
  return {
    title: MESSAGES.access.listTitle(feature.name, total),
    description: fitLines(lines, total, MESSAGES.access.listMore),
    color: levelColor(feature),
  };
}
