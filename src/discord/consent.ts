import {
  type AdmissionContext,
  type AdmissionDecision,
  accessPolicy,
  decideAdmission,
} from '../domain/access.js';
import type { AccessGrant, Feature, Invite, TermsLevel } from '../domain/entities.js';
import { firstUsableInvite } from '../domain/invite-codes.js';
import { checkInvite } from '../domain/invites.js';
import { isLevel, type Level } from '../domain/levels.js';
import { queueRole, type RoleChangeDeps } from '../lifecycle/role-changes.js';
import type { Store } from '../store/store.js';
import { UserError } from './errors.js';
import { MESSAGES } from './messages.js';

/** How long the terms stay answerable; after that the buttons are refused and nothing is granted. */
export const CONSENT_MINUTES = 10;

/** The facts `decideAdmission` needs, read from the store (inside a transaction when it matters). */
export function admissionContext(
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

/**
 * The invite a member joins Early Access with: the code they typed, or else an invite targeted at
 * them. A typed code that does not work is refused with the reason (nothing is stored), so the
 * member is not silently put on the waitlist instead.
 */
export function resolveInvite(
  store: Store,
  feature: Feature,
  memberId: string,
  code: string | null,
  now: Date,
): Invite | null {
  if (code !== null) {
    const invite = store.invites.findByCode(feature.guildId, code);
    if (!invite || invite.featureId !== feature.id)
      throw new UserError(MESSAGES.join.codeUnknown(feature.name));
    const check = checkInvite(invite, memberId, now);
    if (!check.ok) throw new UserError(MESSAGES.join.codeRefused[check.reason]);
    return invite;
  }
  return firstUsableInvite(store.invites.targetedAtMember(feature.id, memberId), memberId, now);
}

/** What the member is told when `/join` or Accept does not lead to the terms or a grant. */
export function admissionRefusal(feature: Feature, decision: AdmissionDecision): string {
  switch (decision.kind) {
    case 'everyone-has-it':
      return MESSAGES.join.everyoneHasIt(feature.name);
    case 'already-member':
      return MESSAGES.join.alreadyMember(feature.name);
    case 'paused':
      return MESSAGES.join.paused(feature.name);
    case 'full':
      return MESSAGES.join.full(feature.name, decision.seatCap);
    case 'retired':
      return MESSAGES.join.featureGone;
    case 'waitlist':
      return MESSAGES.join.inviteGone(feature.name);
    case 'consent-required':
      throw new Error('consent-required is not a refusal');
  }
}

/** What the Accept button carries: which feature, which invite, and which terms the member read. */
export interface ConsentArgs {
  featureId: number;
  /** 0 when the member joins without an invite (Preview sign-up). */
  inviteId: number;
  level: Level;
  termsVersion: number;
}

export function consentArgsToStrings(args: ConsentArgs): string[] {
  return [String(args.featureId), String(args.inviteId), args.level, String(args.termsVersion)];
}

export function consentArgsFrom(parts: readonly string[]): ConsentArgs | null {
  const [featureId, inviteId, level, termsVersion] = parts;
  const numbers = [featureId, inviteId, termsVersion].map((p) =>
    p && /^\d{1,12}$/.test(p) ? Number(p) : Number.NaN,
  );
  if (numbers.some(Number.isNaN) || !level || !isLevel(level)) return null;
  return { featureId: numbers[0]!, inviteId: numbers[1]!, level, termsVersion: numbers[2]! };
}

export type AcceptOutcome =
  | { kind: 'granted'; feature: Feature; grant: AccessGrant }
  | { kind: 'refused'; message: string };

/**
 * Grants access when the member presses Accept. Runs in one IMMEDIATE transaction that re-reads
 * everything the prompt was based on: the feature (still active, same level), the terms version,
 * the invite (re-checked and its use counted here), pause and seat cap (`decideAdmission` again,
 * with fresh counts). Two members racing for the last seat are serialised by the write lock:
 * the second sees the seat taken and is refused.
 */
export function acceptTerms(
  deps: RoleChangeDeps,
  guildId: string,
  memberId: string,
  args: ConsentArgs,
  now: Date,
): AcceptOutcome {
  const { store } = deps;
  return store.transaction((): AcceptOutcome => {
    const feature = store.features.findById(args.featureId);
    if (!feature || feature.guildId !== guildId || feature.state !== 'active') {
      return { kind: 'refused', message: MESSAGES.join.featureGone };
    }
    const policy = accessPolicy(feature.level);
    if (policy.takesConsent) {
      const terms = store.settings.get(guildId).terms[feature.level as TermsLevel];
      if (feature.level !== args.level || terms.version !== args.termsVersion) {
        return { kind: 'refused', message: MESSAGES.join.termsChanged(feature.name) };
      }
    }
    let invite: Invite | null = null;
    if (policy.inviteRequired) {
      const shown = args.inviteId > 0 ? store.invites.findById(args.inviteId) : null;
      invite =
        shown && shown.featureId === feature.id && checkInvite(shown, memberId, now).ok
          ? shown
          : firstUsableInvite(store.invites.targetedAtMember(feature.id, memberId), memberId, now);
    }
    const decision = decideAdmission(admissionContext(store, feature, memberId, invite !== null));
    if (decision.kind !== 'consent-required') {
      return { kind: 'refused', message: admissionRefusal(feature, decision) };
    }
    if (decision.how === 'invite' && (!invite || !store.invites.use(invite.id))) {
      return { kind: 'refused', message: MESSAGES.join.inviteGone(feature.name) };
    }
    const grant = store.access.grant(
      {
        featureId: feature.id,
        memberId,
        how: decision.how,
        inviteId: decision.how === 'invite' ? (invite?.id ?? null) : null,
        termsVersion: args.termsVersion,
        termsAcceptedAt: now,
        grantedBy: memberId,
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
}
