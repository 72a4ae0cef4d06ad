import type { TextRef } from '../text/index.js';
import { validateTagName } from './feedback-rules.js';
import { type GateThresholds, validateGateThresholds } from './gates.js';
import { err, ok, type Result } from './result.js';

/** Autocomplete shows 25 choices per keystroke; a bigger vocabulary stops being usable. */
export const MAX_VOCABULARY_TAGS = 50;
export const MAX_TERMS_LENGTH = 2000;

export type TagChangeRefusal =
  | { reason: 'invalid'; message: TextRef }
  | { reason: 'exists' | 'missing' | 'last' | 'full'; tag: string };

/** Normalises a tag to add and checks it is new and the vocabulary has room. */
export function decideTagAddition(
  raw: string,
  vocabulary: readonly string[],
): Result<string, TagChangeRefusal> {
  const valid = validateTagName(raw);
  if (!valid.ok) return err({ reason: 'invalid', message: valid.error });
  if (vocabulary.includes(valid.value)) return err({ reason: 'exists', tag: valid.value });
  if (vocabulary.length >= MAX_VOCABULARY_TAGS) return err({ reason: 'full', tag: valid.value });
  return ok(valid.value);
}

/** Normalises a tag to remove and checks it exists and is not the last one (feedback needs a tag). */
export function decideTagRemoval(
  raw: string,
  vocabulary: readonly string[],
): Result<string, TagChangeRefusal> {
  const tag = raw.trim().toLowerCase();
  if (!vocabulary.includes(tag)) return err({ reason: 'missing', tag });
  if (vocabulary.length <= 1) return err({ reason: 'last', tag });
  return ok(tag);
}

/** What the gate rules answer; their refusal is whatever text `validateGateThresholds` gives. */
export type GateThresholdsResult = ReturnType<typeof validateGateThresholds>;
export type GateThresholdsProblem = Extract<GateThresholdsResult, { ok: false }>['error'];

/**
 * Applies the thresholds a maintainer gave to the current ones: options left out keep their
 * value. Returns null when nothing was given (the caller shows the current gates).
 */
export function mergeGateThresholds(
  current: GateThresholds,
  given: { [K in keyof GateThresholds]: number | null },
): GateThresholdsResult | null {
  const { minFeedback, minParticipants, minDays, maxOpenBlockers } = given;
  if ([minFeedback, minParticipants, minDays, maxOpenBlockers].every((value) => value === null)) return null;
  return validateGateThresholds({
    minFeedback: minFeedback ?? current.minFeedback,
    minParticipants: minParticipants ?? current.minParticipants,
    minDays: minDays ?? current.minDays,
    maxOpenBlockers: maxOpenBlockers ?? current.maxOpenBlockers,
  });
}
