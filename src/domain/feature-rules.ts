import { type FeatureState, LEVEL_LABELS, type Level } from './levels.js';
import { DOMAIN_MESSAGES } from './messages.js';
import { err, ok, type Result } from './result.js';

export const FEATURE_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;
export const MAX_FEATURE_NAME_LENGTH = 80;
export const MAX_FEATURE_DESCRIPTION_LENGTH = 1000;
export const MAX_SEAT_CAP = 100_000;
export const MAX_RETIRE_REASON_LENGTH = 500;

/** Trims the key and checks it is a slug (2-32 chars of a-z, 0-9, `-`, not starting with `-`). Case is not folded. */
export function validateFeatureKey(key: string): Result<string> {
  const trimmed = key.trim();
  return FEATURE_KEY_PATTERN.test(trimmed) ? ok(trimmed) : err(DOMAIN_MESSAGES.featureKeyInvalid(trimmed));
}

/** Trims the name; 1-80 characters (UTF-16 code units). */
export function validateFeatureName(name: string): Result<string> {
  const trimmed = name.trim();
  return trimmed.length >= 1 && trimmed.length <= MAX_FEATURE_NAME_LENGTH
    ? ok(trimmed)
    : err(DOMAIN_MESSAGES.featureNameLength(trimmed.length));
}

/** Trims the description; 1-1000 characters (UTF-16 code units). */
export function validateFeatureDescription(description: string): Result<string> {
  const trimmed = description.trim();
  return trimmed.length >= 1 && trimmed.length <= MAX_FEATURE_DESCRIPTION_LENGTH
    ? ok(trimmed)
    : err(DOMAIN_MESSAGES.featureDescriptionLength(trimmed.length));
}

/** An Early Access seat cap is a whole number from 1 to 100000. */
export function validateSeatCap(n: number): Result<number> {
  return Number.isInteger(n) && n >= 1 && n <= MAX_SEAT_CAP ? ok(n) : err(DOMAIN_MESSAGES.seatCapInvalid(n));
}

/** A seat cap is only counted in Early Access, so it can only be set there. */
export function canSetSeatCap(level: Level): Result<true> {
  return level === 'early-access'
    ? ok(true)
    : err(DOMAIN_MESSAGES.seatCapOnlyEarlyAccess(LEVEL_LABELS[level]));
}

/** Trims the reason a feature is retired; 1-500 characters (it is shown in the announcement). */
export function validateRetireReason(reason: string): Result<string> {
  const trimmed = reason.trim();
  return trimmed.length >= 1 && trimmed.length <= MAX_RETIRE_REASON_LENGTH
    ? ok(trimmed)
    : err(DOMAIN_MESSAGES.retireReasonLength(MAX_RETIRE_REASON_LENGTH, trimmed.length));
}

/** Only an active feature still in Early Access can be retired. */
export function canRetire(feature: { level: Level; state: FeatureState }): Result<true> {
  if (feature.state === 'retired') return err(DOMAIN_MESSAGES.alreadyRetired);
  if (feature.level !== 'early-access')
    return err(DOMAIN_MESSAGES.retireOnlyEarlyAccess(LEVEL_LABELS[feature.level]));
  return ok(true);
}
