import {
  type AdmissionContext,
  type AdmissionDecision,
  accessPolicy,
  decideAdmission,
} from '../domain/access.js';
import type { AccessGrant, Feature, Invite, LevelTerms, TermsLevel } from '../domain/entities.js';
import type { CurrentRoleFacts, RefusedRolePermission } from '../domain/feature-rules.js';
import { firstUsableInvite, normalizeInviteCode } from '../domain/invite-codes.js';
import { checkInvite, type InviteCheck } from '../domain/invites.js';
import type { Level } from '../domain/levels.js';
import type { Store } from '../store/store.js';
import type { LifecycleDeps } from './deps.js';
import { queueRole, reconcileSeenMember } from './role-changes.js';
import { guardFeatureRole, type RoleGuardRefusal } from './role-guard.js';

/** What the Accept button carries: which feature, which invite, and which terms the member read. */
export interface ConsentArgs {
  featureId: number;
  /** 0 when the member joins without an invite (Preview sign-up). */
  inviteId: number;
  level: Level;
  termsVersion: number;
}

/** Why `/join` or Accept leads neither to the terms nor to a grant (`invite-gone`: no usable invite any more). */
export type AdmissionRefusal =
  | { reason: 'everyone-has-it' | 'already-member' | 'paused' | 'retired' | 'invite-gone' }
  | { reason: 'full'; seatCap: number };

export type InviteProblem = Extract<InviteCheck, { ok: false }>['reason'];

/** The feature's role gained a permission a feature role must not carry: it is handed to nobody. */
export type RolePrivileged = {
  kind: 'refused';
  reason: 'role-privileged';
  feature: Feature;
  roleName: string;
  permissions: RefusedRolePermission[];
};

export type JoinOutcome =
  /** The member is shown the terms; Accept carries `consent`. */
  | { kind: 'terms'; feature: Feature; level: TermsLevel; terms: LevelTerms; consent: ConsentArgs }
  | { kind: 'waitlisted'; feature: Feature; position: number; added: boolean }
  | ({ kind: 'not-admitted'; feature: Feature } & AdmissionRefusal)
  /** The code the member typed does not work (nothing is stored, they are not put on the waitlist). */
  | { kind: 'refused'; reason: 'code-unknown'; feature: Feature }
  | { kind: 'refused'; reason: 'code-refused'; problem: InviteProblem; feature: Feature }
  | RolePrivileged;

/** The facts `decideAdmission` needs, read from the store (inside the caller's transaction). */
function admissionContext(
  store: Store,
  feature: Feature,
  memberId: string,
  hasValidInvite: boolean,
): AdmissionContext {
  return {
    level: feature.level,
    state: feature.state,
    admissionsPaused: feature.admissionsPaused,
    seatCap: feature.seatCap,
    activeGrants: store.access.countActive(feature.id),
    alreadyGranted: store.access.hasAccess(feature.id, memberId),
    hasValidInvite,
  };
}

function refusalOf(decision: Exclude<AdmissionDecision, { kind: 'consent-required' }>): AdmissionRefusal {
  switch (decision.kind) {
    case 'full':
      return { reason: 'full', seatCap: decision.seatCap };
    case 'waitlist':
      return { reason: 'invite-gone' };
    default:
      return { reason: decision.kind };
  }
}

/**
 * `/join`: corrects the member's role when it drifted from their grant (Discord sent their roles
 * along, `hasRole`), then decides. Early Access needs an invite: the code typed (a code that does
 * not work is refused with the reason, so the member is not silently put on the waitlist), or else
 * an invite targeted at the member; without one the member joins the waitlist. Preview is open
 * to all. When admission is possible the member is shown the level's terms; nothing is granted
 * before Accept (`acceptTerms`).
 */
export function requestJoin(
  deps: LifecycleDeps,
  input: {
    feature: Feature;
    memberId: string;
    code: string | null;
    hasRole: boolean;
    /** The feature's role as the guild's role cache has it now (null: not in the cache). */
    role: CurrentRoleFacts | null;
  },
): JoinOutcome {
  const { store } = deps;
  const { memberId } = input;
  const now = deps.clock.now();
  const { outcome, queued } = store.transaction(() => {
    const feature = store.features.findById(input.feature.id) ?? input.feature;
    const corrected = reconcileSeenMember(deps, feature, memberId, input.hasRole, now, input.role) !== null;
    const decided = decideJoin(store, feature, memberId, input.code, now);
    // The terms lead to the role: a role that must not be handed out is refused before they are shown.
    const refusal = decided.kind === 'terms' ? guardFeatureRole(deps, feature, input.role, now) : null;
    const outcome = refusal ? rolePrivileged(feature, refusal) : decided;
    return { outcome, queued: corrected || refusal?.alerted === true };
  });
  if (queued) deps.wakeOutbox();
  return outcome;
}

function rolePrivileged(feature: Feature, refusal: RoleGuardRefusal): RolePrivileged {
  const { roleName, permissions } = refusal.problem;
  return { kind: 'refused', reason: 'role-privileged', feature, roleName, permissions };
}

function decideJoin(
  store: Store,
  feature: Feature,
  memberId: string,
  code: string | null,
  now: Date,
): JoinOutcome {
  let invite: Invite | null = null;
  if (accessPolicy(feature.level).inviteRequired && !store.access.hasAccess(feature.id, memberId)) {
    if (code !== null) {
      invite = store.invites.findByCode(feature.guildId, normalizeInviteCode(code));
      if (!invite || invite.featureId !== feature.id)
        return { kind: 'refused', reason: 'code-unknown', feature };
      const check = checkInvite(invite, memberId, now);
      if (!check.ok) return { kind: 'refused', reason: 'code-refused', problem: check.reason, feature };
    } else {
      invite = firstUsableInvite(store.invites.targetedAtMember(feature.id, memberId), memberId, now);
    }
  }
  const decision = decideAdmission(admissionContext(store, feature, memberId, invite !== null));
  if (decision.kind === 'waitlist') {
    const { position, added } = store.waitlist.join(feature.id, memberId, now);
    return { kind: 'waitlisted', feature, position, added };
  }
  if (decision.kind !== 'consent-required') return { kind: 'not-admitted', feature, ...refusalOf(decision) };
  const level = feature.level as TermsLevel;
  const terms = store.settings.get(feature.guildId).terms[level];
  return {
    kind: 'terms',
    feature,
    level,
    terms,
    consent: { featureId: feature.id, inviteId: invite?.id ?? 0, level, termsVersion: terms.version },
  };
}

export type AcceptOutcome =
  | { kind: 'granted'; feature: Feature; grant: AccessGrant }
  | RolePrivileged
  | { kind: 'refused'; reason: 'feature-gone' }
  | { kind: 'refused'; reason: 'terms-changed'; feature: Feature }
  | ({ kind: 'refused'; feature: Feature } & AdmissionRefusal);

/**
 * Grants access when the member presses Accept. One IMMEDIATE transaction re-reads everything the
 * prompt was based on: the feature (still active, same level), the terms version, the invite
 * (re-checked and its use counted here), pause and seat cap (`decideAdmission` again, with fresh
 * counts). Two members racing for the last seat are serialised by the write lock: the second sees
 * the seat taken and is refused.
 */
export function acceptTerms(
  deps: LifecycleDeps,
  input: {
    guildId: string;
    memberId: string;
    consent: ConsentArgs;
    /** The feature's role as the guild's role cache has it now (null: not in the cache). */
    role: CurrentRoleFacts | null;
    /** The Accept click: delivered twice, it finds the grant it made instead of granting again. */
    sourceInteractionId?: string;
  },
): AcceptOutcome {
  const { store } = deps;
  const { memberId, consent } = input;
  const now = deps.clock.now();
  let alerted = false;
  let replayed = false;
  const outcome = store.transaction((): AcceptOutcome => {
    const earlier = input.sourceInteractionId
      ? store.access.grantedByInteraction(input.sourceInteractionId)
      : null;
    const earlierFeature = earlier ? store.features.findById(earlier.featureId) : null;
    if (earlier && earlierFeature) {
      replayed = true;
      return { kind: 'granted', feature: earlierFeature, grant: earlier };
    }
    const feature = store.features.findById(consent.featureId);
    if (!feature || feature.guildId !== input.guildId || feature.state !== 'active') {
      return { kind: 'refused', reason: 'feature-gone' };
    }
    const policy = accessPolicy(feature.level);
    if (policy.takesConsent) {
      const terms = store.settings.get(feature.guildId).terms[feature.level as TermsLevel];
      if (feature.level !== consent.level || terms.version !== consent.termsVersion) {
        return { kind: 'refused', reason: 'terms-changed', feature };
      }
    }
    let invite: Invite | null = null;
    if (policy.inviteRequired) {
      const shown = consent.inviteId > 0 ? store.invites.findById(consent.inviteId) : null;
      invite =
        shown && shown.featureId === feature.id && checkInvite(shown, memberId, now).ok
          ? shown
          : firstUsableInvite(store.invites.targetedAtMember(feature.id, memberId), memberId, now);
    }
    const decision = decideAdmission(admissionContext(store, feature, memberId, invite !== null));
    if (decision.kind !== 'consent-required') return { kind: 'refused', feature, ...refusalOf(decision) };
    // Checked again at Accept: the role may have gained a permission while the terms were on screen.
    const refusal = guardFeatureRole(deps, feature, input.role, now);
    if (refusal) {
      alerted = refusal.alerted;
      return rolePrivileged(feature, refusal);
    }
    if (decision.how === 'invite' && (!invite || !store.invites.use(invite.id))) {
      return { kind: 'refused', reason: 'invite-gone', feature };
    }
    const grant = store.access.grant(
      {
        featureId: feature.id,
        memberId,
        how: decision.how,
        inviteId: decision.how === 'invite' ? (invite?.id ?? null) : null,
        termsVersion: consent.termsVersion,
        termsAcceptedAt: now,
        grantedBy: memberId,
        sourceInteractionId: input.sourceInteractionId ?? null,
      },
      now,
    );
    store.waitlist.closeForMember(feature.id, memberId, 'granted', now);
    // The maintainer who made the invite hears about a refused role change; a sign-up reaches the log only.
    const actor = decision.how === 'invite' ? (invite?.createdBy ?? null) : null;
    queueRole(
      deps,
      feature,
      memberId,
      'role-add',
      { cause: 'joined', featureKey: feature.key, how: decision.how },
      actor,
      now,
    );
    return { kind: 'granted', feature, grant };
  });
  if ((outcome.kind === 'granted' && !replayed) || alerted) deps.wakeOutbox();
  return outcome;
}

export type DeclineOutcome = { kind: 'declined'; feature: Feature | null };

/** Decline grants nothing and stores nothing; the outcome names the feature for the reply. */
export function declineTerms(
  deps: LifecycleDeps,
  input: { guildId: string; consent: ConsentArgs },
): DeclineOutcome {
  const feature = deps.store.features.findById(input.consent.featureId);
  return { kind: 'declined', feature: feature?.guildId === input.guildId ? feature : null };
}
