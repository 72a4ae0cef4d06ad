import type { FeatureState, Level } from './levels.js';

export interface AccessPolicy {
  /** Joining needs a valid invite (Early Access). */
  inviteRequired: boolean;
  /** Anyone may sign up (Preview). */
  signUpOpen: boolean;
  /** Everyone has the feature; no role is handed out (GA). */
  everyone: boolean;
  /** The member must accept the level's terms before the role is granted. */
  takesConsent: boolean;
}

const POLICIES: Record<Level, AccessPolicy> = {
  'early-access': { inviteRequired: true, signUpOpen: false, everyone: false, takesConsent: true },
  preview: { inviteRequired: false, signUpOpen: true, everyone: false, takesConsent: true },
  ga: { inviteRequired: false, signUpOpen: false, everyone: true, takesConsent: false },
};

/** Who gets access at a level: Early Access by invite, Preview by sign-up, GA everyone. */
export function accessPolicy(level: Level): AccessPolicy {
  return { ...POLICIES[level] };
}

export type GrantHow = 'invite' | 'sign-up' | 'maintainer';

export interface AdmissionContext {
  level: Level;
  state: FeatureState;
  admissionsPaused: boolean;
  /** Early Access seat cap; `null` means no cap. Ignored outside Early Access. */
  seatCap: number | null;
  /** Grants not revoked, counted for the seat cap. */
  activeGrants: number;
  alreadyGranted: boolean;
  /** A usable invite (a code or one targeted at the member); only Early Access looks at it. */
  hasValidInvite: boolean;
}

export type AdmissionDecision =
  | { kind: 'consent-required'; how: GrantHow }
  | { kind: 'already-member' }
  | { kind: 'everyone-has-it' }
  | { kind: 'waitlist' }
  | { kind: 'paused' }
  | { kind: 'full'; seatCap: number }
  | { kind: 'retired' };

/**
 * Decides what `/join` does for a member, checked in this order: retired feature, GA (everyone has
 * it), already a member, admissions paused, Early Access without a valid invite (waitlist), Early
 * Access seat cap reached (seat caps apply to Early Access only), else the member is shown the terms
 * (`consent-required`, how = `invite` in Early Access, `sign-up` in Preview).
 *
 * The same function is run again, with fresh counts, when the member presses Accept and inside the
 * transaction that stores the grant: the state may have changed while the terms were on screen
 * (promotion, pause, seats taken by others), and that second run is where such races are decided.
 */
export function decideAdmission(ctx: AdmissionContext): AdmissionDecision {
  if (ctx.state === 'retired') return { kind: 'retired' };
  if (ctx.level === 'ga') return { kind: 'everyone-has-it' };
  if (ctx.alreadyGranted) return { kind: 'already-member' };
  if (ctx.admissionsPaused) return { kind: 'paused' };
  if (ctx.level === 'preview') return { kind: 'consent-required', how: 'sign-up' };
  if (!ctx.hasValidInvite) return { kind: 'waitlist' };
  if (ctx.seatCap !== null && ctx.activeGrants >= ctx.seatCap) return { kind: 'full', seatCap: ctx.seatCap };
  return { kind: 'consent-required', how: 'invite' };
}

/** Early Access takes feedback only from members with access; Preview and GA take it from everyone. */
export function canGiveFeedback(level: Level, hasAccess: boolean): boolean {
  return level !== 'early-access' || hasAccess;
}
