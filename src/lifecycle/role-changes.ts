import type { Feature } from '../domain/entities.js';
import type { CurrentRoleFacts } from '../domain/feature-rules.js';
import { type Locale, serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import type { RoleChangeReason } from './effects.js';
import { guardFeatureRole } from './role-guard.js';

/** What queueing a role change needs: the store (inside the caller's transaction) and the reason's renderer. */
export type RoleChangeDeps = Pick<LifecycleDeps, 'store' | 'render'>;

/**
 * Queues the role change that follows a grant change; call inside the same transaction.
 * `actorId` is the maintainer told when Discord refuses for good (null: only the log channel is).
 * The audit-log reason is in the server's language; a caller queueing many changes of one server
 * passes `locale` (its `serverLocale`) to read the settings once.
 */
export function queueRole(
  deps: RoleChangeDeps,
  feature: Feature,
  memberId: string,
  kind: 'role-add' | 'role-remove',
  reason: RoleChangeReason,
  actorId: string | null,
  now: Date,
  locale: Locale = serverLocale(deps.store.settings.get(feature.guildId)),
): void {
  deps.store.outbox.enqueue(
    feature.guildId,
    { kind, memberId, roleId: feature.roleId, reason: deps.render.roleReason(locale, reason) },
    actorId,
    now,
  );
}

/**
 * Corrects the role of a member seen in an interaction, whose roles Discord sent along: a grant
 * without the role gets the role back, the role without a grant loses it. This is how roles
 * handed out by hand (or left behind by a failed removal) are found, since the bot cannot list
 * members with the Guilds intent alone. GA features are left alone: everyone has them. The role is
 * given back only while it carries no permission a feature role must not have (`role`: the role as
 * the guild's cache has it now). Returns the change queued (`alerted`: the log channel is told
 * why the role was not given back), if any; call inside a transaction.
 */
export function reconcileSeenMember(
  deps: RoleChangeDeps,
  feature: Feature,
  memberId: string,
  hasRole: boolean,
  now: Date,
  role: CurrentRoleFacts | null,
): 'role-add' | 'role-remove' | 'alerted' | null {
  const { store } = deps;
  if (feature.level === 'ga' || feature.state !== 'active') return null;
  if (store.outbox.hasPendingRoleChange(feature.guildId, memberId, feature.roleId)) return null;
  const granted = store.access.hasAccess(feature.id, memberId);
  if (granted && !hasRole) {
    // A role that gained a moderation permission is given back to nobody (the log channel is told).
    const refusal = guardFeatureRole(deps, feature, role, now);
    if (refusal) return refusal.alerted ? 'alerted' : null;
    queueRole(deps, feature, memberId, 'role-add', { cause: 'restored' }, null, now);
    return 'role-add';
  }
  if (!granted && hasRole) {
    queueRole(deps, feature, memberId, 'role-remove', { cause: 'held-without-access' }, null, now);
    return 'role-remove';
  }
  return null;
}
