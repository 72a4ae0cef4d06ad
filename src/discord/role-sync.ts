import { type REST, Routes } from 'discord.js';
import type { AccessGrant, Feature } from '../domain/entities.js';
import type { CurrentRoleFacts, RoleGrantProblem } from '../domain/feature-rules.js';
import { restoreMissingRoles } from '../lifecycle/access.js';
import type { LifecycleDeps } from '../lifecycle/deps.js';
import { DISCORD_ERROR, discordErrorCode } from './errors.js';

/** How many grants one `/access list` checks against Discord (one GET member request each). */
export const RECONCILE_CAP = 100;

export interface ReconcileReport {
  checked: number;
  /** Members with a grant whose role was missing; a role-add was queued for each. */
  restored: string[];
  /** The role now carries a permission a feature role must not have: no role was given back. */
  refusal: RoleGrantProblem | null;
  /** Members with a grant who are not in the server any more. */
  gone: string[];
  /** Grants not checked this run because of the cap. */
  unchecked: number;
}

/**
 * The Discord half of role reconciliation: checks the first `cap` of the live grants it is given
 * (oldest first, `total` in all) against Discord (GET member), then hands the members who lost
 * the role to `restoreMissingRoles`, which decides and queues. Members who hold the role without
 * a grant cannot be found this way (listing members needs the privileged members intent);
 * `reconcileSeenMember` catches them when they use a command.
 */
export async function reconcileGrants(
  rest: REST,
  deps: LifecycleDeps,
  input: {
    feature: Feature;
    grants: readonly AccessGrant[];
    total: number;
    actorId: string;
    /** The feature's role as the guild's role cache has it now. */
    role: CurrentRoleFacts | null;
  },
  cap = RECONCILE_CAP,
): Promise<ReconcileReport> {
  const { feature } = input;
  const grants = input.grants.slice(0, cap);
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
  const { restored, refusal } = restoreMissingRoles(deps, {
    feature,
    missing,
    actorId: input.actorId,
    role: input.role,
  });
  return {
    checked: grants.length,
    restored,
    refusal,
    gone,
    unchecked: Math.max(0, input.total - grants.length),
  };
}
