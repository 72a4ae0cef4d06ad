import { describe, expect, it } from 'vitest';
import {
  firstUsableInvite,
  INVITE_CODE_PATTERN,
  inviteCodeFrom,
  normalizeInviteCode,
} from '../../src/domain/invite-codes.js';

describe('invite codes', () => {
  it('turns 16 random bytes into 16 base32 characters without ambiguous letters', () => {
    const code = inviteCodeFrom(Uint8Array.from({ length: 16 }, (_, i) => i * 17));
    expect(code).toMatch(INVITE_CODE_PATTERN);
    expect(code).not.toMatch(/[ILOU]/);
  });

  it('refuses too few random bytes', () => {
    expect(() => inviteCodeFrom(new Uint8Array(4))).toThrow();
  });

  it('reads a typed code in any case and without surrounding spaces', () => {
    expect(normalizeInviteCode('  abcd1234efgh5678 ')).toBe('ABCD1234EFGH5678');
  });

  it('picks the first invite the member may still use', () => {
    const now = new Date('2025-05-01T00:00:00Z');
    const base = { maxUses: 1, uses: 0, expiresAt: null, revoked: false, targetMemberId: 'm1' };
    const usedUp = { ...base, id: 1, uses: 1 };
    const usable = { ...base, id: 2 };
    expect(firstUsableInvite([usedUp, usable], 'm1', now)?.id).toBe(2);
    expect(firstUsableInvite([usedUp, usable], 'm2', now)).toBeNull();
  });
});
