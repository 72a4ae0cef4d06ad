import { type TextRef, text } from '../text/index.js';
import { err, ok, type Result } from './result.js';

export interface InviteState {
  maxUses: number | null;
  uses: number;
  expiresAt: Date | null;
  revoked: boolean;
  targetMemberId: string | null;
}

export type InviteCheck =
  | { ok: true }
  | { ok: false; reason: 'revoked' | 'expired' | 'used-up' | 'wrong-member' };

/**
 * Whether `memberId` may use the invite at `now`. Checked in order: revoked, expired (an invite is
 * expired from the instant `expiresAt` on), used up (`uses >= maxUses`), targeted at someone else.
 */
export function checkInvite(invite: InviteState, memberId: string, now: Date): InviteCheck {
  if (invite.revoked) return { ok: false, reason: 'revoked' };
  if (invite.expiresAt !== null && now.getTime() >= invite.expiresAt.getTime()) {
    return { ok: false, reason: 'expired' };
  }
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return { ok: false, reason: 'used-up' };
  if (invite.targetMemberId !== null && invite.targetMemberId !== memberId) {
    return { ok: false, reason: 'wrong-member' };
  }
  return { ok: true };
}

const MINUTE_MS = 60_000;
export const MIN_DURATION_MS = MINUTE_MS;
export const MAX_DURATION_MS = 90 * 24 * 60 * MINUTE_MS;

const UNIT_MS: Record<string, number> = {
  m: MINUTE_MS,
  min: MINUTE_MS,
  mins: MINUTE_MS,
  minute: MINUTE_MS,
  minutes: MINUTE_MS,
  h: 60 * MINUTE_MS,
  hr: 60 * MINUTE_MS,
  hrs: 60 * MINUTE_MS,
  hour: 60 * MINUTE_MS,
  hours: 60 * MINUTE_MS,
  d: 24 * 60 * MINUTE_MS,
  day: 24 * 60 * MINUTE_MS,
  days: 24 * 60 * MINUTE_MS,
  w: 7 * 24 * 60 * MINUTE_MS,
  wk: 7 * 24 * 60 * MINUTE_MS,
  week: 7 * 24 * 60 * MINUTE_MS,
  weeks: 7 * 24 * 60 * MINUTE_MS,
};

const DURATION_PATTERN = /^(?:\d+ *[a-z]+ *)+$/;
const DURATION_PART = /(\d+) *([a-z]+)/g;

/**
 * Parses an invite lifetime such as `30m`, `12h`, `7d`, `2w`, `1d12h` or `3 days` into milliseconds.
 * Case-insensitive; units m/min/minute(s), h/hr(s)/hour(s), d/day(s), w/wk/week(s); parts add up.
 * The total must be between 1 minute and 90 days inclusive; the error says why, with the input.
 */
export function parseDuration(input: string): Result<number, TextRef> {
  const typed = input.trim();
  const normalized = typed.toLowerCase();
  if (!DURATION_PATTERN.test(normalized)) return err(text('rule.durationInvalid', { input: typed }));
  let total = 0;
  for (const [, amount, unit] of normalized.matchAll(DURATION_PART)) {
    const unitMs = UNIT_MS[unit ?? ''];
    if (unitMs === undefined) return err(text('rule.durationInvalid', { input: typed }));
    total += Number(amount) * unitMs;
  }
  if (total < MIN_DURATION_MS || total > MAX_DURATION_MS) {
    return err(text('rule.durationOutOfRange', { input: typed }));
  }
  return ok(total);
}
