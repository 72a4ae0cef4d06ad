import { describe, expect, it } from 'vitest';
import { checkInvite, type InviteState, parseDuration } from '../../src/domain/invites.js';
import { renderText } from '../../src/text/index.js';

const now = new Date('2025-05-01T10:00:00.000Z');

/** The refusal of `parseDuration`, in English. */
function refusal(input: string): string {
  const parsed = parseDuration(input);
  if (parsed.ok) throw new Error(`${input} parsed`);
  return renderText('en-US', parsed.error);
}
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function invite(overrides: Partial<InviteState> = {}): InviteState {
  return { maxUses: null, uses: 0, expiresAt: null, revoked: false, targetMemberId: null, ...overrides };
}

describe('checkInvite', () => {
  it('accepts an open invite without limits', () => {
    expect(checkInvite(invite({ uses: 1000 }), 'm1', now)).toEqual({ ok: true });
  });

  it('refuses a revoked invite', () => {
    expect(checkInvite(invite({ revoked: true }), 'm1', now)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('accepts an invite until the millisecond before it expires', () => {
    const expiresAt = new Date(now.getTime() + 1);
    expect(checkInvite(invite({ expiresAt }), 'm1', now)).toEqual({ ok: true });
  });

  it('refuses an invite from the instant it expires', () => {
    expect(checkInvite(invite({ expiresAt: now }), 'm1', now)).toEqual({ ok: false, reason: 'expired' });
    expect(checkInvite(invite({ expiresAt: new Date(now.getTime() - 1) }), 'm1', now)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('accepts the last use and refuses once the uses are spent', () => {
    expect(checkInvite(invite({ maxUses: 3, uses: 2 }), 'm1', now)).toEqual({ ok: true });
    expect(checkInvite(invite({ maxUses: 3, uses: 3 }), 'm1', now)).toEqual({ ok: false, reason: 'used-up' });
  });

  it('accepts a targeted invite only for its member', () => {
    expect(checkInvite(invite({ targetMemberId: 'm1' }), 'm1', now)).toEqual({ ok: true });
    expect(checkInvite(invite({ targetMemberId: 'm1' }), 'm2', now)).toEqual({
      ok: false,
      reason: 'wrong-member',
    });
  });

  it('reports revoked before expired, expired before used up, used up before wrong member', () => {
    const all = invite({ revoked: true, expiresAt: now, maxUses: 1, uses: 1, targetMemberId: 'other' });
    expect(checkInvite(all, 'm1', now)).toMatchObject({ reason: 'revoked' });
    expect(checkInvite({ ...all, revoked: false }, 'm1', now)).toMatchObject({ reason: 'expired' });
    expect(checkInvite({ ...all, revoked: false, expiresAt: null }, 'm1', now)).toMatchObject({
      reason: 'used-up',
    });
    expect(checkInvite({ ...all, revoked: false, expiresAt: null, maxUses: null }, 'm1', now)).toMatchObject({
      reason: 'wrong-member',
    });
  });
});

describe('parseDuration', () => {
  it.each([
    ['30m', 30 * MINUTE],
    ['12h', 12 * HOUR],
    ['7d', 7 * DAY],
    ['2w', 14 * DAY],
    ['1m', MINUTE],
    ['90d', 90 * DAY],
    ['  7D ', 7 * DAY],
    ['3 days', 3 * DAY],
    ['1 week', 7 * DAY],
    ['45min', 45 * MINUTE],
    ['2hours', 2 * HOUR],
    ['1d12h', DAY + 12 * HOUR],
    ['1d 30m', DAY + 30 * MINUTE],
  ])('parses %j', (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: ms });
  });

  it.each(['', '7', 'd', '7x', '-1d', '1.5h', 'seven days', '7d!', '1y'])(
    'rejects %j with an example of the format',
    (input) => {
      expect(parseDuration(input)).toEqual({
        ok: false,
        error: { key: 'rule.durationInvalid', values: { input: input.trim() } },
      });
      expect(refusal(input)).toContain('30m, 12h, 7d or 2w');
    },
  );

  it('rejects durations shorter than a minute or longer than 90 days', () => {
    for (const input of ['0m', '0d', '91d', '13w', '90d1m']) {
      expect(parseDuration(input)).toEqual({
        ok: false,
        error: { key: 'rule.durationOutOfRange', values: { input } },
      });
      expect(refusal(input)).toBe(`A duration must be between 1 minute and 90 days (got \`${input}\`).`);
    }
  });
});
