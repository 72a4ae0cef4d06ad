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
  input: { feature: Feature; memberId: string; hasRole: boolean },
): LeaveOutcome {
  const { store } = deps;
  const { feature, memberId } = input;
  const now = deps.clock.now();
  const outcome = store.transaction((): LeaveOutcome => {
    const grant = store.access.revoke(feature.id, memberId, memberId, LEAVE_REASON, now);
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
    if (reconcileSeenMember(deps, feature, memberId, input.hasRole, now)) return { kind: 'left', feature };
    return {
      kind: 'refused',
      reason: feature.level === 'ga' ? 'nothing-to-leave-at-ga' : 'not-member',
      feature,
    };
  });
  if (outcome.kind === 'left') deps.wakeOutbox();
  return outcome;
}
