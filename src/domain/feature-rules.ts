import { type TextRef, text } from '../text/index.js';
import { type FeatureState, LEVEL_LABELS, type Level } from './levels.js';
import { err, ok, type Result } from './result.js';
import { containsNul } from './text.js';

export const FEATURE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;
export const MAX_FEATURE_NAME_LENGTH = 80;
export const MAX_FEATURE_DESCRIPTION_LENGTH = 1000;
export const MAX_SEAT_CAP = 100_000;
export const MAX_RETIRE_REASON_LENGTH = 500;

/** Trims the key and checks it is a slug (2-32 chars of a-z, 0-9, `-`, not starting with `-`). Case is not folded. */
export function validateFeatureKey(key: string): Result<string, TextRef> {
  const trimmed = key.trim();
  return FEATURE_KEY_PATTERN.test(trimmed)
    ? ok(trimmed)
    : err(text('rule.featureKeyInvalid', { key: trimmed }));
}

/** Trims the name; 1-80 characters (UTF-16 code units). */
export function validateFeatureName(name: string): Result<string, TextRef> {
  const trimmed = name.trim();
  if (containsNul(trimmed)) return err(text('rule.textNulCharacter'));
  return trimmed.length >= 1 && trimmed.length <= MAX_FEATURE_NAME_LENGTH
    ? ok(trimmed)
    : err(text('rule.featureNameLength', { length: trimmed.length }));
}

/** Trims the description; 1-1000 characters (UTF-16 code units). */
export function validateFeatureDescription(description: string): Result<string, TextRef> {
  const trimmed = description.trim();
  if (containsNul(trimmed)) return err(text('rule.textNulCharacter'));
  return trimmed.length >= 1 && trimmed.length <= MAX_FEATURE_DESCRIPTION_LENGTH
    ? ok(trimmed)
    : err(text('rule.featureDescriptionLength', { length: trimmed.length }));
}

/** An Early Access seat cap is a whole number from 1 to 100000. */
export function validateSeatCap(n: number): Result<number, TextRef> {
  return Number.isInteger(n) && n >= 1 && n <= MAX_SEAT_CAP
    ? ok(n)
    : err(text('rule.seatCapInvalid', { value: n }));
}

/** A seat cap is only counted in Early Access, so it can only be set there. */
export function canSetSeatCap(level: Level): Result<true, TextRef> {
  return level === 'early-access'
    ? ok(true)
    : err(text('rule.seatCapOnlyEarlyAccess', { levelLabel: LEVEL_LABELS[level] }));
}

/** Trims the reason a feature is retired; 1-500 characters (it is shown in the announcement). */
export function validateRetireReason(reason: string): Result<string, TextRef> {
  const trimmed = reason.trim();
  if (containsNul(trimmed)) return err(text('rule.textNulCharacter'));
  return trimmed.length >= 1 && trimmed.length <= MAX_RETIRE_REASON_LENGTH
    ? ok(trimmed)
    : err(text('rule.retireReasonLength', { max: MAX_RETIRE_REASON_LENGTH, length: trimmed.length }));
}

/** Only an active feature still in Early Access can be retired. */
export function canRetire(feature: { level: Level; state: FeatureState }): Result<true, TextRef> {
  if (feature.state === 'retired') return err(text('rule.alreadyRetired'));
  if (feature.level !== 'early-access')
    return err(text('rule.retireOnlyEarlyAccess', { levelLabel: LEVEL_LABELS[feature.level] }));
  return ok(true);
}

/**
 * Permissions a feature role must not carry, as Discord's permission bits
 * (https://discord.com/developers/docs/topics/permissions): `/join` hands the role to members
 * (in Preview, to anyone), so each of these would be handed out with it. Listed in the order a
 * refusal names them.
 */
export const REFUSED_ROLE_PERMISSIONS = {
  administrator: 1n << 3n,
  manageGuild: 1n << 5n,
  manageRoles: 1n << 28n,
  manageChannels: 1n << 4n,
  manageWebhooks: 1n << 29n,
  manageMessages: 1n << 13n,
  kickMembers: 1n << 1n,
  banMembers: 1n << 2n,
  moderateMembers: 1n << 40n,
  mentionEveryone: 1n << 17n,
  muteMembers: 1n << 22n,
  moveMembers: 1n << 24n,
  manageNicknames: 1n << 27n,
  manageThreads: 1n << 34n,
  manageEvents: 1n << 33n,
  manageGuildExpressions: 1n << 30n,
  viewAuditLog: 1n << 7n,
} as const;

export type RefusedRolePermission = keyof typeof REFUSED_ROLE_PERMISSIONS;

/** What the adapter reads about the role a maintainer picked for a feature. */
export type FeatureRoleFacts =
  | { id: string; exists: false }
  | {
      id: string;
      exists: true;
      name: string;
      /** The @everyone role (its id is the guild's). */
      everyone: boolean;
      /** Managed by an integration (a bot, boosting, a subscription): nobody can grant it. */
      managed: boolean;
      /** The role's own permission bits. */
      permissions: bigint;
      /** At or above the bot's highest role, so the bot could not grant it. */
      atOrAboveBot: boolean;
    };

export type FeatureRoleProblem =
  | { reason: 'role-unknown' }
  | { reason: 'role-everyone' }
  | { reason: 'role-managed'; roleName: string }
  | { reason: 'role-privileged'; roleName: string; permissions: RefusedRolePermission[] }
  | { reason: 'role-above-bot'; roleName: string };

/** The refused permissions among `permissions`, in the order a refusal names them. */
export function refusedPermissionsOf(permissions: bigint): RefusedRolePermission[] {
  return (Object.keys(REFUSED_ROLE_PERMISSIONS) as RefusedRolePermission[]).filter(
    (name) => (permissions & REFUSED_ROLE_PERMISSIONS[name]) !== 0n,
  );
}

/** Why a role cannot be a feature role, or null when it can. Checked in this order. */
export function featureRoleProblem(role: FeatureRoleFacts): FeatureRoleProblem | null {
  if (!role.exists) return { reason: 'role-unknown' };
  if (role.everyone) return { reason: 'role-everyone' };
  if (role.managed) return { reason: 'role-managed', roleName: role.name };
  const privileged = refusedPermissionsOf(role.permissions);
  if (privileged.length > 0)
    return { reason: 'role-privileged', roleName: role.name, permissions: privileged };
  if (role.atOrAboveBot) return { reason: 'role-above-bot', roleName: role.name };
  return null;
}

/**
 * A feature's role as the guild's role cache has it now (Discord keeps it current through the
 * Guilds intent), read when the role is about to be handed out; null when the cache has no such
 * role (its delivery will say so).
 */
export interface CurrentRoleFacts {
  id: string;
  name: string;
  /** The role's own permission bits, now. */
  permissions: bigint;
}

/** A feature's role gained a refused permission since it was picked: handing it out is refused. */
export interface RoleGrantProblem {
  reason: 'role-privileged';
  roleName: string;
  permissions: RefusedRolePermission[];
  /** What is reported to the log channel once: the role and its refused permission bits. */
  alertKey: string;
}

/**
 * Why the feature's role must not be handed out now, or null when it may. The refused permissions
 * are checked when a maintainer picks the role (`featureRoleProblem`), but a role can gain one
 * later in Server Settings; `/join` (before the terms and at Accept) and `/access grant` check it
 * again, since in Preview anyone who signs up would get it.
 */
export function roleGrantProblem(role: CurrentRoleFacts | null): RoleGrantProblem | null {
  if (!role) return null;
  const permissions = refusedPermissionsOf(role.permissions);
  if (permissions.length === 0) return null;
  const bits = permissions.reduce((acc, name) => acc | REFUSED_ROLE_PERMISSIONS[name], 0n);
  return { reason: 'role-privileged', roleName: role.name, permissions, alertKey: `${role.id}:${bits}` };
}
