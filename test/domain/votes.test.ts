import { describe, expect, it } from 'vitest';
import { FEEDBACK_STATUSES, type FeedbackStatus } from '../../src/domain/feedback-rules.js';
import {
  CLOSED_STATUSES,
  decideDuplicateOf,
  decideVote,
  followersToNotify,
  isClosedStatus,
  OPEN_STATUSES,
  type VoteContext,
} from '../../src/domain/votes.js';

const base: VoteContext = {
  voterId: 'bob',
  item: { authorId: 'alice', status: 'open' },
  feature: { level: 'preview', state: 'active' },
  hasAccess: false,
  alreadyVoted: false,
};

describe('statuses', () => {
  it('splits the six statuses into open and closed ones', () => {
    expect([...OPEN_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...FEEDBACK_STATUSES].sort());
    expect(CLOSED_STATUSES.every(isClosedStatus)).toBe(true);
    expect(OPEN_STATUSES.some(isClosedStatus)).toBe(false);
  });
});

describe('who may vote', () => {
  it('lets anyone back an open item of a Preview or GA feature', () => {
    expect(decideVote(base)).toEqual({ ok: true });
    expect(decideVote({ ...base, feature: { level: 'ga', state: 'active' } })).toEqual({ ok: true });
    expect(decideVote({ ...base, item: { authorId: 'alice', status: 'planned' } })).toEqual({ ok: true });
  });

  it('takes votes on Early Access items only from members with access', () => {
    const earlyAccess = { ...base, feature: { level: 'early-access', state: 'active' } } as const;
    expect(decideVote(earlyAccess)).toEqual({ ok: false, reason: 'no-access' });
    expect(decideVote({ ...earlyAccess, hasAccess: true })).toEqual({ ok: true });
  });

  it('refuses a vote on the voter’s own item', () => {
    expect(decideVote({ ...base, voterId: 'alice' })).toEqual({ ok: false, reason: 'own-item' });
  });

  it('refuses a vote on every closed status', () => {
    for (const status of CLOSED_STATUSES) {
      expect(decideVote({ ...base, item: { authorId: 'alice', status } })).toEqual({
        ok: false,
        reason: 'closed',
      });
    }
  });

  it('refuses a vote on a retired feature’s item before anything else', () => {
    expect(
      decideVote({ ...base, voterId: 'alice', feature: { level: 'early-access', state: 'retired' } }),
    ).toEqual({ ok: false, reason: 'retired' });
  });

  it('refuses a second vote', () => {
    expect(decideVote({ ...base, alreadyVoted: true })).toEqual({ ok: false, reason: 'already-voted' });
  });
});

describe('duplicate_of', () => {
  const item = { id: 1, guildId: 'g1' };
  const original: { id: number; guildId: string; status: FeedbackStatus } = {
    id: 2,
    guildId: 'g1',
    status: 'open',
  };

  it('takes an original in the same server when the status is duplicate', () => {
    expect(decideDuplicateOf({ status: 'duplicate', item, named: true, original })).toEqual({
      ok: true,
      original,
    });
    expect(
      decideDuplicateOf({
        status: 'duplicate',
        item,
        named: true,
        original: { ...original, status: 'resolved' },
      }),
    ).toMatchObject({ ok: true });
  });

  it('needs an original when the status is duplicate and refuses one otherwise', () => {
    expect(decideDuplicateOf({ status: 'duplicate', item, named: false, original: null })).toEqual({
      ok: false,
      reason: 'duplicate-of-required',
    });
    expect(decideDuplicateOf({ status: 'planned', item, named: true, original })).toEqual({
      ok: false,
      reason: 'duplicate-of-not-duplicate',
    });
    expect(decideDuplicateOf({ status: 'planned', item, named: false, original: null })).toEqual({
      ok: true,
      original: null,
    });
  });

  it('refuses an unknown original, one in another server, the item itself and another duplicate', () => {
    const refuse = (o: typeof original | null) =>
      decideDuplicateOf({ status: 'duplicate', item, named: true, original: o });
    expect(refuse(null)).toEqual({ ok: false, reason: 'original-unknown' });
    expect(refuse({ ...original, guildId: 'g2' })).toEqual({ ok: false, reason: 'original-other-server' });
    expect(refuse({ ...original, id: 1 })).toEqual({ ok: false, reason: 'original-itself' });
    expect(refuse({ ...original, status: 'duplicate' })).toEqual({
      ok: false,
      reason: 'original-is-duplicate',
    });
  });
});

describe('followers to notify', () => {
  it('counts the author and each follower once and leaves out who turned notifications off', () => {
    expect(followersToNotify('alice', ['bob', 'alice', 'carol', 'bob'], new Set(['carol']))).toEqual([
      'alice',
      'bob',
    ]);
  });
});
