import type { AccessGrant, Feature } from '../domain/entities.js';
import {
  type CurrentRoleFacts,
  canSetSeatCap,
  type RefusedRolePermission,
  type RoleGrantProblem,
  validateSeatCap,
} from '../domain/feature-rules.js';
import type { Level } from '../domain/levels.js';
import type { Store } from '../store/store.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { queueRole } from './role-changes.js';
import { guardFeatureRole } from './role-guard.js';

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
  | { kind: 'refused'; reason: 'everyone-has-it'; feature: Feature }
  /** The feature's role gained a permission a feature role must not carry: it is handed to nobody. */
  | {
      kind: 'refused';
      reason: 'role-privileged';
      feature: Feature;
      roleName: string;
      permissions: RefusedRolePermission[];
    };

/**
 * The maintainer's override (`/access grant`): a grant recorded as `maintainer` that skips invites,
 * pause and seat cap on purpose, the member leaves the waitlist, and the role is queued.
 */
export function grantAccess(
  deps: LifecycleDeps,
  input: {
    feature: Feature;
    target: TargetMember;
    actorId: string;
    actorName: string;
    /** The feature's role as the guild's role cache has it now (null: not in the cache). */
    role: CurrentRoleFacts | null;
    /** The interaction asking: delivered twice, it finds its grant instead of granting again. */
    sourceInteractionId?: string;
  },
): GrantOutcome {
  const { store } = deps;
  const { target, actorId } = input;
  if (target.isBot) return { kind: 'refused', reason: 'target-is-bot', feature: input.feature };
  if (!target.inServer) {
    return { kind: 'refused', reason: 'target-not-in-server', feature: input.feature, memberId: target.id };
  }
  const now = deps.clock.now();
  let queued = false;
  const outcome = store.transaction((): GrantOutcome => {
    const earlier = input.sourceInteractionId
      ? store.access.grantedByInteraction(input.sourceInteractionId)
      : null;
    if (earlier) return { kind: 'granted', feature: input.feature, grant: earlier };
    const feature = freshActiveFeature(store, input.feature);
    if (!feature) return { kind: 'refused', reason: 'feature-gone', feature: input.feature };
    if (feature.level === 'ga') return { kind: 'refused', reason: 'everyone-has-it', feature };
    if (store.access.hasAccess(feature.id, target.id)) {
      return { kind: 'refused', reason: 'already-has', feature, memberId: target.id };
    }
    const refusal = guardFeatureRole(deps, feature, input.role, now);
    if (refusal) {
      queued = refusal.alerted;
      const { roleName, permissions } = refusal.problem;
      return { kind: 'refused', reason: 'role-privileged', feature, roleName, permissions };
    }
    queued = true;
    const grant = store.access.grant(
      {
        featureId: feature.id,
        memberId: target.id,
        how: 'maintainer',
        inviteId: null,
        termsVersion: null,
        termsAcceptedAt: null,
        grantedBy: actorId,
        sourceInteractionId: input.sourceInteractionId ?? null,
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
  if (queued) deps.wakeOutbox();
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
    /** The interaction asking: delivered twice, it finds the grant it ended instead of ending another. */
    sourceInteractionId?: string;
  },
): RevokeAccessOutcome {
  const { store } = deps;
  const { feature, target, reason, actorId } = input;
  if (target.isBot) return { kind: 'refused', reason: 'target-is-bot', feature };
  const now = deps.clock.now();
  const interactionId = input.sourceInteractionId ?? null;
  let replayed = false;
  const outcome = store.transaction((): RevokeAccessOutcome => {
    const earlier = interactionId ? store.access.revokedByInteraction(interactionId) : null;
    if (earlier) {
      replayed = true;
      return { kind: 'revoked', feature, grant: earlier };
    }
    const grant = store.access.revoke(feature.id, target.id, actorId, reason, now, interactionId);
    if (!grant) return { kind: 'refused', reason: 'no-access', feature, memberId: target.id };
    // The member did not ask for this: the DM and the audit-log reason are in the server's language.
    const locale = serverLocale(store.settings.get(feature.guildId));
    queueRole(deps, feature, target.id, 'role-remove', { cause: 'revoked', reason }, actorId, now, locale);
    store.outbox.enqueue(
      feature.guildId,
      {
        kind: 'direct-message',
        userId: target.id,
        body: deps.render.accessRevokedDm(locale, feature, input.guildName, reason),
        fallbackChannelId: null,
      },
      actorId,
      now,
    );
    return { kind: 'revoked', feature, grant };
  });
  if (outcome.kind === 'revoked' && !replayed) deps.wakeOutbox();
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
  /** `count` is not a seat count (`validateSeatCap`). */
  | { kind: 'refused'; reason: 'invalid-count'; count: number }
  /** Seat caps are an Early Access thing; the feature is at `level`. */
  | { kind: 'refused'; reason: 'not-early-access'; feature: Feature; level: Level };

/** Sets the Early Access seat cap; lowering it below the members with access revokes nobody. */
export function setSeatCap(deps: LifecycleDeps, input: { feature: Feature; count: number }): SeatsOutcome {
  const { store } = deps;
  const { feature } = input;
  const cap = validateSeatCap(input.count);
  if (!cap.ok) return { kind: 'refused', reason: 'invalid-count', count: input.count };
  return store.transaction((): SeatsOutcome => {
    const fresh = store.features.findById(feature.id)!;
    if (!canSetSeatCap(fresh.level).ok) {
      return { kind: 'refused', reason: 'not-early-access', feature: fresh, level: fresh.level };
    }
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
  input: {
    feature: Feature;
    missing: readonly string[];
    actorId: string;
    /** The feature's role as the guild's role cache has it now (null: not in the cache). */
    role: CurrentRoleFacts | null;
  },
): RestoredRoles {
  const { store } = deps;
  const { feature } = input;
  if (input.missing.length === 0) return { restored: [], refusal: null };
  const now = deps.clock.now();
  const { outcome, woken } = store.transaction(() => {
    // A role that gained a moderation permission is given back to nobody; the log channel is told.
    const refusal = guardFeatureRole(deps, feature, input.role, now);
    if (refusal) return { outcome: { restored: [], refusal: refusal.problem }, woken: refusal.alerted };
    const locale = serverLocale(store.settings.get(feature.guildId));
    const queued: string[] = [];
    for (const memberId of input.missing) {
      if (!store.access.hasAccess(feature.id, memberId)) continue;
      if (store.outbox.hasPendingRoleChange(feature.guildId, memberId, feature.roleId)) continue;
      queueRole(deps, feature, memberId, 'role-add', { cause: 'restored' }, input.actorId, now, locale);
      queued.push(memberId);
    }
    return { outcome: { restored: queued, refusal: null }, woken: queued.length > 0 };
  });
  if (woken) deps.wakeOutbox();
  return outcome;
}

/** What role reconciliation gave back, or why it gave back nothing. */
export interface RestoredRoles {
  /** Members whose role is being given back. */
  restored: string[];
  /** The role carries a permission a feature role must not have: nobody got it back. */
  refusal: RoleGrantProblem | null;
}
