import { type REST, Routes } from 'discord.js';
import type { Feature } from '../domain/entities.js';
import { queueRole, type RoleChangeDeps } from '../lifecycle/role-changes.js';
import { DISCORD_ERROR, discordErrorCode } from './errors.js';

/** How many grants one `/access list` checks against Discord (one GET member request each). */
export const RECONCILE_CAP = 100;

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
  deps: RoleChangeDeps,
  feature: Feature,
  actorId: string,
  now: () => Date,
  cap = RECONCILE_CAP,
): Promise<ReconcileReport> {
  const { store } = deps;
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
      queueRole(deps, feature, memberId, 'role-add', { cause: 'restored' }, actorId, at);
      queued.push(memberId);
    }
    return queued;
  });
  return { checked: grants.length, restored, gone, unchecked: Math.max(0, total - grants.length) };
}
