import type { Feature } from '../domain/entities.js';
import { type CurrentRoleFacts, type RoleGrantProblem, roleGrantProblem } from '../domain/feature-rules.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';

/** A feature's role that must not be handed out now, and whether the log channel was told just now. */
export interface RoleGuardRefusal {
  problem: RoleGrantProblem;
  /** An outbox row was queued: wake the worker once the transaction committed. */
  alerted: boolean;
}

/**
 * Whether `feature`'s role may be handed out now, decided on its current permissions (`role`, which
 * the adapter reads from the guild's role cache). When it may not, the log channel is told once per
 * role and set of refused permissions (a notice queued in the caller's transaction, in the server's
 * language) and the refusal is returned; once the role is clean again the record is cleared, so a
 * later change is told too. Call inside the transaction that would hand the role out.
 */
export function guardFeatureRole(
  deps: Pick<LifecycleDeps, 'store' | 'render'>,
  feature: Feature,
  role: CurrentRoleFacts | null,
  now: Date,
): RoleGuardRefusal | null {
  const { store } = deps;
  // Facts of another role than the feature's (a `/feature edit role` in between, which checked the
  // new role) say nothing about the role handed out now.
  const problem = roleGrantProblem(role?.id === feature.roleId ? role : null);
  if (!problem) {
    store.features.markRoleAlert(feature.id, null);
    return null;
  }
  const settings = store.settings.get(feature.guildId);
  const channelId = settings.logChannelId;
  // Without a log channel nothing is recorded: the first refusal after `/setup log` tells it.
  if (!channelId || !store.features.markRoleAlert(feature.id, problem.alertKey))
    return { problem, alerted: false };
  const body = deps.render.featureRoleAlert(serverLocale(settings), {
    feature,
    roleName: problem.roleName,
    permissions: problem.permissions,
  });
  store.outbox.enqueue(feature.guildId, { kind: 'message', channelId, body }, null, now);
  return { problem, alerted: true };
}
