import { type TextRef, text } from '../text/index.js';
import { err, ok, type Result } from './result.js';
import { containsNul } from './text.js';

/** Feedback items a member may give per minute until `/setup feedback-rate` says otherwise. */
export const DEFAULT_FEEDBACK_PER_MINUTE = 5;

export const DEFAULT_TAGS = ['bug', 'idea', 'praise', 'question', 'docs', 'performance', 'blocker'] as const;
/** The tag whose open feedback counts against the `max_open_blockers` gate. */
export const BLOCKER_TAG = 'blocker';

export const FEEDBACK_STATUSES = [
  'open',
  'acknowledged',
  'planned',
  'resolved',
  'wont-fix',
  'duplicate',
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export function isFeedbackStatus(value: string): value is FeedbackStatus {
  return (FEEDBACK_STATUSES as readonly string[]).includes(value);
}

export const TAG_PATTERN = /^[a-z0-9][a-z0-9-]{0,23}$/;
export const MAX_FEEDBACK_LENGTH = 4000;
export const MAX_TAGS = 3;
/** Discord's limits for autocomplete: at most 25 choices, each at most 100 characters. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_LENGTH = 100;

/** Trims and lowercases a tag for the vocabulary, then checks it: 1-24 chars of a-z, 0-9, `-`, not starting with `-`. */
export function validateTagName(tag: string): Result<string, TextRef> {
  const normalized = tag.trim().toLowerCase();
  return TAG_PATTERN.test(normalized) ? ok(normalized) : err(text('rule.tagInvalid', { tag: normalized }));
}

function splitTags(input: string): string[] {
  return input
    .split(',')
    .map((piece) => piece.trim().toLowerCase())
    .filter((piece) => piece.length > 0);
}

/**
 * Parses the `tags` option: comma-separated, each piece trimmed and lowercased, empty pieces ignored.
 * Requires 1-3 distinct tags, each in `vocabulary`. Errors name the offending tag and list the vocabulary.
 */
export function parseTagList(input: string, vocabulary: readonly string[]): Result<string[], TextRef> {
  const tags = splitTags(input);
  // Tags are identifiers: listed with commas in every language.
  const choices = vocabulary.join(', ');
  if (tags.length === 0) return err(text('rule.tagsMissing', { vocabulary: choices }));
  const seen = new Set<string>();
  for (const tag of tags) {
    if (!vocabulary.includes(tag)) return err(text('rule.tagUnknown', { tag, vocabulary: choices }));
    if (seen.has(tag)) return err(text('rule.tagRepeated', { tag }));
    seen.add(tag);
  }
  if (tags.length > MAX_TAGS) return err(text('rule.tagsTooMany', { max: MAX_TAGS, count: tags.length }));
  return ok(tags);
}

/**
 * Trims the body and checks it holds 1-4000 characters. Length is JavaScript's `string.length`
 * (UTF-16 code units), never less than the code point count, so an emoji outside the Basic
 * Multilingual Plane counts as two and whatever is accepted also fits Discord's 4000-character fields.
 */
export function validateFeedbackBody(body: string): Result<string, TextRef> {
  const trimmed = body.trim();
  if (containsNul(trimmed)) return err(text('rule.textNulCharacter'));
  if (trimmed.length === 0) return err(text('rule.feedbackEmpty'));
  if (trimmed.length > MAX_FEEDBACK_LENGTH) {
    return err(text('rule.feedbackTooLong', { max: MAX_FEEDBACK_LENGTH, length: trimmed.length }));
  }
  return ok(trimmed);
}

export interface TagCompletionInput {
  typed: string;
  vocabulary: readonly string[];
}

/**
 * Autocomplete for the `tags` option: completes the last piece of a comma-separated list.
 * The pieces before the last comma are kept as typed (trimmed, lowercased, repeats dropped; they are
 * validated on submit), the last piece is prefix-matched against the vocabulary, and tags already
 * chosen are not offered again. Returns up to 25 full strings such as `"bug, idea"`, each at most
 * 100 characters. With 3 tags already chosen the only suggestion is those 3 tags.
 */
export function completeTagList(typed: string, vocabulary: readonly string[]): string[] {
  const pieces = typed.split(',');
  const last = (pieces.pop() ?? '').trim().toLowerCase();
  const chosen = [...new Set(splitTags(pieces.join(',')))];
  if (chosen.length >= MAX_TAGS) {
    const full = chosen.slice(0, MAX_TAGS).join(', ');
    return full.length <= MAX_CHOICE_LENGTH ? [full] : [];
  }
  const suggestions: string[] = [];
  for (const tag of vocabulary) {
    if (suggestions.length >= MAX_AUTOCOMPLETE_CHOICES) break;
    if (!tag.startsWith(last) || chosen.includes(tag)) continue;
    const full = [...chosen, tag].join(', ');
    if (full.length <= MAX_CHOICE_LENGTH) suggestions.push(full);
  }
  return suggestions;
}

export const RATE_LIMIT_WINDOW_MS = 60_000;

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Per-member feedback rate limit over a sliding 60 s window. `recentCount` is the member's feedback
 * created in (now - 60 s, now] and `oldestInWindow` the earliest of those. Allowed while the count is
 * below `limitPerMinute`; otherwise the member may retry when the oldest one leaves the window.
 * A limit of 0 or less means no limit.
 */
export function decideRateLimit(
  recentCount: number,
  oldestInWindow: Date | null,
  now: Date,
  limitPerMinute: number,
): RateLimitDecision {
  if (limitPerMinute <= 0 || recentCount < limitPerMinute) return { allowed: true };
  const base = oldestInWindow ?? now;
  // A stale `oldestInWindow` must not produce a retry time in the past.
  const retryAt = Math.max(base.getTime() + RATE_LIMIT_WINDOW_MS, now.getTime() + 1);
  return { allowed: false, retryAt: new Date(retryAt) };
}
