import { checkInvite, type InviteState } from './invites.js';

/** Crockford's base32 alphabet: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INVITE_CODE_LENGTH = 16;
export const INVITE_CODE_PATTERN = /^[0-9A-Z]{16}$/;
/** The longest text the `code` options accept (codes are 16 characters; room for typos to be refused kindly). */
export const INVITE_CODE_MAX_INPUT = 64;

/**
 * Turns random bytes (one per character) into an invite code of 16 base32 characters: 80 bits,
 * far beyond guessing through a rate-limited slash command. The caller supplies the randomness.
 */
export function inviteCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < INVITE_CODE_LENGTH) throw new Error(`need ${INVITE_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += ALPHABET[bytes[i]! & 31];
  return code;
}

/** Codes are shown upper case; members may type them in any case and with stray spaces. */
export function normalizeInviteCode(input: string): string {
  return input.trim().toUpperCase();
}

/** The first invite of `invites` (in the order given) that `memberId` may use at `now`, or null. */
export function firstUsableInvite<T extends InviteState>(
  invites: readonly T[],
  memberId: string,
  now: Date,
): T | null {
  return invites.find((invite) => checkInvite(invite, memberId, now).ok) ?? null;
}
