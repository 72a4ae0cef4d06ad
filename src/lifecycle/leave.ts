import type { Feature } from '../domain/entities.js';
import type { LifecycleDeps } from './deps.js';
import { queueRole, reconcileSeenMember } from './role-changes.js';

/** The reason stored on a grant the member gave up themselves. */
export const LEAVE_REASON = 'left';

export type LeaveOutcome =
  /** The grant ended (or a role held without one is taken back); the role removal is queued. */
  | { kind: 'left'; feature: Feature }
  | { kind: 'left-waitlist'; feature: Feature }
  | { kind: 'refused'; reason: 'not-member' | 'nothing-to-leave-at-ga'; feature: Feature };

/**
 * `/leave`: ends the member's grant and queues the role removal, or takes them off the waitlist.
 * With neither, a role held anyway (given by hand, or left by a failed removal; `hasRole` is what
 * Discord sent along) is taken back too.
 */
export function leaveFeature(
  deps: LifecycleDeps,
  input: {
    feature: Feature;
    memberId: string;
    hasRole: boolean;
    /**
     * The interaction asking: delivered twice, it finds the grant it ended (its `hasRole`, sent
     * before the first delivery removed the role, must not be taken for a role held without access).
     */
    sourceInteractionId?: string;
  },
): LeaveOutcome {
  const { store } = deps;
  const { feature, memberId } = input;
  const now = deps.clock.now();
  const interactionId = input.sourceInteractionId ?? null;
  let replayed = false;
  const outcome = store.transaction((): LeaveOutcome => {
    if (interactionId && store.access.revokedByInteraction(interactionId)) {
      replayed = true;
      return { kind: 'left', feature };
    }
    const grant = store.access.revoke(feature.id, memberId, memberId, LEAVE_REASON, now, interactionId);
    if (grant) {
      queueRole(
        deps,
        feature,
        memberId,
        'role-remove',
        { cause: 'left', featureKey: feature.key },
        null,
        now,
      );
      store.waitlist.closeForMember(feature.id, memberId, 'left', now);
      return { kind: 'left', feature };
    }
    if (store.waitlist.closeForMember(feature.id, memberId, 'left', now))
      return { kind: 'left-waitlist', feature };
    // Without a grant only a role held anyway can be corrected (taken back): no role facts needed.
    if (reconcileSeenMember(deps, feature, memberId, input.hasRole, now, null) === 'role-remove')
      return { kind: 'left', feature };
    return {
      kind: 'refused',
      reason: feature.level === 'ga' ? 'nothing-to-leave-at-ga' : 'not-member',
      feature,
    };
  });
  if (outcome.kind === 'left' && !replayed) deps.wakeOutbox();
  return outcome;
}
