import type { AccessGrant, Feature } from '../domain/entities.js';
import { canSetSeatCap, validateSeatCap } from '../domain/feature-rules.js';
import type { Store } from '../store/store.js';
import type { TextRef } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { queueRole } from './role-changes.js';

/** How many members `/access list` shows (and checks against Discord) per run. */
export const ACCESS_LIST_LIMIT = 100;

/** The feature as it is now (read under the caller's lock), or null when it was retired meanwhile. */
export function freshActiveFeature(store: Store, feature: Feature): Feature | null {
  const fresh = store.features.findById(feature.id);
  return fresh?.state === 'active' && fresh.guildId === feature.guildId ? fresh : null;
}

/** A member named in a maintainer command, with what Discord said about them. */
export interface TargetMember {
  id: string;
  isBot: boolean;
  /** Discord resolved them as a member of the server (a role can be given to members only). */
  inServer: boolean;
}

export type GrantOutcome =
  | { kind: 'granted'; feature: Feature; grant: AccessGrant }
  | { kind: 'refused'; reason: 'target-is-bot' | 'feature-gone'; feature: Feature }
  | { kind: 'refused'; reason: 'target-not-in-server' | 'already-has'; feature: Feature; memberId: string }
  | { kind: 'refused'; reason: 'everyone-has-it'; feature: Feature };

/**
 * The maintainer's override (`/access grant`): a grant recorded as `maintainer` that skips invites,
 * pause and seat cap on purpose, the member leaves the waitlist, and the role is queued.
 */
export function grantAccess(
  deps: LifecycleDeps,
  input: { feature: Feature; target: TargetMember; actorId: string; actorName: string },
): GrantOutcome {
  const { store } = deps;
  const { target, actorId } = input;
  if (target.isBot) return { kind: 'refused', reason: 'target-is-bot', feature: input.feature };
  if (!target.inServer) {
    return { kind: 'refused', reason: 'target-not-in-server', feature: input.feature, memberId: target.id };
  }
  const now = deps.clock.now();
  const outcome = store.transaction((): GrantOutcome => {
    const feature = freshActiveFeature(store, input.feature);
    if (!feature) return { kind: 'refused', reason: 'feature-gone', feature: input.feature };
    if (feature.level === 'ga') return { kind: 'refused', reason: 'everyone-has-it', feature };
    if (store.access.hasAccess(feature.id, target.id)) {
      return { kind: 'refused', reason: 'already-has', feature, memberId: target.id };
    }
    const grant = store.access.grant(
      {
        featureId: feature.id,
        memberId: target.id,
        how: 'maintainer',
        inviteId: null,
        termsVersion: null,
        termsAcceptedAt: null,
        grantedBy: actorId,
      },
      now,
    );
    store.waitlist.closeForMember(feature.id, target.id, 'granted', now);
    queueRole(
      deps,
      feature,
      target.id,
      'role-add',
      { cause: 'granted-by-maintainer', maintainerName: input.actorName },
      actorId,
      now,
    );
    return { kind: 'granted', feature, grant };
  });
  if (outcome.kind === 'granted') deps.wakeOutbox();
  return outcome;
}

export type RevokeAccessOutcome =
  | { kind: 'revoked'; feature: Feature; grant: AccessGrant }
  | { kind: 'refused'; reason: 'target-is-bot'; feature: Feature }
  | { kind: 'refused'; reason: 'no-access'; feature: Feature; memberId: string };

/**
 * Ends a member's access (`/access revoke`): the grant records who and why, the role removal is
 * queued, and the member is told the reason by direct message. The DM has no channel fallback:
 * the reason is between the maintainers and the member.
 */
export function revokeAccess(
  deps: LifecycleDeps,
  input: {
    feature: Feature;
    target: Pick<TargetMember, 'id' | 'isBot'>;
    reason: string;
    actorId: string;
    guildName: string;
  },
): RevokeAccessOutcome {
  const { store } = deps;
  const { feature, target, reason, actorId } = input;
  if (target.isBot) return { kind: 'refused', reason: 'target-is-bot', feature };
  const now = deps.clock.now();
  const outcome = store.transaction((): RevokeAccessOutcome => {
    const grant = store.access.revoke(feature.id, target.id, actorId, reason, now);
    if (!grant) return { kind: 'refused', reason: 'no-access', feature, memberId: target.id };
    queueRole(deps, feature, target.id, 'role-remove', { cause: 'revoked', reason }, actorId, now);
    store.outbox.enqueue(
      feature.guildId,
      {
        kind: 'direct-message',
        userId: target.id,
        body: deps.render.accessRevokedDm(feature, input.guildName, reason),
        fallbackChannelId: null,
      },
      actorId,
      now,
    );
    return { kind: 'revoked', feature, grant };
  });
  if (outcome.kind === 'revoked') deps.wakeOutbox();
  return outcome;
}

export type PauseOutcome = { kind: 'paused' | 'already-paused' | 'resumed' | 'not-paused'; feature: Feature };

/** Stops (`paused` true) or resumes admissions; says whether anything changed. */
export function setAdmissionsPaused(
  deps: LifecycleDeps,
  input: { feature: Feature; paused: boolean },
): PauseOutcome {
  const { store } = deps;
  const { feature, paused } = input;
  const changed = store.transaction(() => {
    const fresh = store.features.findById(feature.id)!;
    if (fresh.admissionsPaused === paused) return false;
    store.features.setAdmissionsPaused(feature.id, paused);
    return true;
  });
  if (paused) return { kind: changed ? 'paused' : 'already-paused', feature };
  return { kind: changed ? 'resumed' : 'not-paused', feature };
}

export type SeatsOutcome =
  | { kind: 'seats-set'; feature: Feature; cap: number; used: number }
  | { kind: 'invalid'; message: TextRef };

/** Sets the Early Access seat cap; lowering it below the members with access revokes nobody. */
export function setSeatCap(deps: LifecycleDeps, input: { feature: Feature; count: number }): SeatsOutcome {
  const { store } = deps;
  const { feature } = input;
  const cap = validateSeatCap(input.count);
  if (!cap.ok) return { kind: 'invalid', message: cap.error };
  return store.transaction((): SeatsOutcome => {
    const allowed = canSetSeatCap(store.features.findById(feature.id)!.level);
    if (!allowed.ok) return { kind: 'invalid', message: allowed.error };
    store.features.setSeatCap(feature.id, cap.value);
    return { kind: 'seats-set', feature, cap: cap.value, used: store.access.countActive(feature.id) };
  });
}

export type AccessListing =
  | { kind: 'empty'; feature: Feature }
  | {
      kind: 'listed';
      feature: Feature;
      /** The oldest live grants, at most `ACCESS_LIST_LIMIT`. */
      grants: AccessGrant[];
      total: number;
      /** Whether the members' roles are worth checking on Discord (not at GA, where everyone has it). */
      checkRoles: boolean;
    };

/** The members with access, oldest first (a query: nothing is written). */
export function listAccess(deps: LifecycleDeps, feature: Feature): AccessListing {
  const total = deps.store.access.countActive(feature.id);
  if (total === 0) return { kind: 'empty', feature };
  return {
    kind: 'listed',
    feature,
    grants: deps.store.access.listActive(feature.id, ACCESS_LIST_LIMIT),
    total,
    checkRoles: feature.level !== 'ga',
  };
}

/**
 * The decision half of role reconciliation: the Discord adapter fetched the members with a grant
 * and found `missing` without the role. Each still holding a grant, with no role change already
 * on its way, gets a role-add queued (re-checked under the lock: the GETs took time). Returns the
 * members whose role is being restored.
 */
export function restoreMissingRoles(
  deps: LifecycleDeps,
  input: { feature: Feature; missing: readonly string[]; actorId: string },
): string[] {
  const { store } = deps;
  const { feature } = input;
  if (input.missing.length === 0) return [];
  const now = deps.clock.now();
  const restored = store.transaction(() => {
    const queued: string[] = [];
    for (const memberId of input.missing) {
      if (!store.access.hasAccess(feature.id, memberId)) continue;
      if (store.outbox.hasPendingRoleChange(feature.guildId, memberId, feature.roleId)) continue;
      queueRole(deps, feature, memberId, 'role-add', { cause: 'restored' }, input.actorId, now);
      queued.push(memberId);
    }
    return queued;
  });
  if (restored.length > 0) deps.wakeOutbox();
  return restored;
}
