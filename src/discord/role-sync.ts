import { type REST, Routes } from 'discord.js';
import type { Feature } from '../domain/entities.js';
import type { Store } from '../store/store.js';
import { DISCORD_ERROR, discordErrorCode } from './errors.js';

/** How many grants one `/access list` checks against Discord (one GET member request each). */
export const RECONCILE_CAP = 100;

/**
 * Queues the role change that follows a grant change; call inside the same transaction.
 * `actorId` is the maintainer told when Discord refuses for good (null: only the log channel is).
 */
export function queueRole(
  store: Store,
  feature: Feature,
  memberId: string,
  kind: 'role-add' | 'role-remove',
  reason: string,
  actorId: string | null,
  now: Date,
): void {
  store.outbox.enqueue(
    feature.guildId,
    { kind, memberId, roleId: feature.roleId, reason: reason.slice(0, 400) },
    actorId,
    now,
  );
}

/**
 * Corrects the role of a member seen in an interaction, whose roles Discord sent along: a grant
 * without the role gets the role back, the role without a grant loses it. This is how roles
 * handed out by hand (or left behind by a failed removal) are found, since the bot cannot list
 * members with the Guilds intent alone. GA features are left alone: everyone has them. Returns
 * the change queued, if any; call inside a transaction.
 */
export function reconcileSeenMember(
  store: Store,
  feature: Feature,
  memberId: string,
  hasRole: boolean,
  now: Date,
): 'role-add' | 'role-remove' | null {
  if (feature.level === 'ga' || feature.state !== 'active') return null;
  if (store.outbox.hasPendingRoleChange(feature.guildId, memberId, feature.roleId)) return null;
  const granted = store.access.hasAccess(feature.id, memberId);
  if (granted && !hasRole) {
    queueRole(
      store,
      feature,
      memberId,
      'role-add',
      'Stagegate: role restored (member has access)',
      null,
      now,
    );
    return 'role-add';
  }
  if (!granted && hasRole) {
    queueRole(store, feature, memberId, 'role-remove', 'Stagegate: role held without access', null, now);
    return 'role-remove';
  }
  return null;
}

export interface ReconcileReport {
  checked: number;
  /** Members with a grant whose role was missing; a role-add was queued for each. */
  restored: string[];
  /** Members with a grant who are not in the server any more. */
  gone: string[];
  /** Grants not checked this run because of the cap. */
  unchecked: number;
}

/**
 * Checks the first `cap` live grants against Discord (GET member) and queues a role-add for each
 * member who lost the role. Members who hold the role without a grant cannot be found this way
 * (listing members needs the privileged members intent); `reconcileSeenMember` catches them.
 */
export async function reconcileGrants(
  rest: REST,
  store: Store,
  feature: Feature,
  actorId: string,
  now: () => Date,
  cap = RECONCILE_CAP,
): Promise<ReconcileReport> {
  const grants = store.access.listActive(feature.id, cap);
  const total = store.access.countActive(feature.id);
  const missing: string[] = [];
  const gone: string[] = [];
  for (const grant of grants) {
    try {
      const member = (await rest.get(Routes.guildMember(feature.guildId, grant.memberId))) as {
        roles: string[];
      };
      if (!member.roles.includes(feature.roleId)) missing.push(grant.memberId);
    } catch (error) {
      if (discordErrorCode(error) === DISCORD_ERROR.unknownMember) gone.push(grant.memberId);
      else throw error;
    }
  }
  const restored = store.transaction(() => {
    const queued: string[] = [];
    const at = now();
    for (const memberId of missing) {
      // Re-checked under the lock: the grant may have ended, or a change be on its way, since the GET.
      if (!store.access.hasAccess(feature.id, memberId)) continue;
      if (store.outbox.hasPendingRoleChange(feature.guildId, memberId, feature.roleId)) continue;
      queueRole(
        store,
        feature,
        memberId,
        'role-add',
        'Stagegate: role restored (member has access)',
        actorId,
        at,
      );
      queued.push(memberId);
    }
    return queued;
  });
  return { checked: grants.length, restored, gone, unchecked: Math.max(0, total - grants.length) };
}
