import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/store.js';

const now = new Date('2025-05-01T10:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);

function setup(): { store: Store; featureId: number } {
  const store = openStore(':memory:');
  const feature = store.features.create(
    {
      guildId: 'g1',
      key: 'dark-mode',
      name: 'Dark mode',
      description: 'Dark',
      roleId: 'r1',
      feedbackChannelId: null,
      seatCap: null,
      createdBy: 'admin',
    },
    now,
  );
  return { store, featureId: feature.id };
}

describe('access grants', () => {
  it('keeps one live grant per member and remembers the accepted terms version and time', () => {
    const { store, featureId } = setup();
    const grant = store.access.grant(
      {
        featureId,
        memberId: 'm1',
        how: 'invite',
        inviteId: null,
        termsVersion: 3,
        termsAcceptedAt: now,
        grantedBy: 'm1',
      },
      now,
    );
    expect(grant).toMatchObject({ how: 'invite', termsVersion: 3, termsAcceptedAt: now, revokedAt: null });
    expect(() =>
      store.access.grant(
        {
          featureId,
          memberId: 'm1',
          how: 'sign-up',
          inviteId: null,
          termsVersion: 0,
          termsAcceptedAt: now,
          grantedBy: 'm1',
        },
        now,
      ),
    ).toThrow(/already has access/);
    expect(store.access.countActive(featureId)).toBe(1);
  });

  it('revokes into history and lets the member be granted again', () => {
    const { store, featureId } = setup();
    const base = {
      featureId,
      memberId: 'm1',
      inviteId: null,
      termsVersion: null,
      termsAcceptedAt: null,
    } as const;
    store.access.grant({ ...base, how: 'maintainer', grantedBy: 'admin' }, now);
    expect(store.access.revoke(featureId, 'm1', 'admin', 'spam', later(1))).toMatchObject({
      revokeReason: 'spam',
    });
    expect(store.access.revoke(featureId, 'm1', 'admin', 'again', later(2))).toBeNull();
    store.access.grant({ ...base, how: 'maintainer', grantedBy: 'admin' }, later(3));
    expect(store.access.history(featureId, 'm1').map((g) => g.revokeReason)).toEqual(['spam', null]);
  });

  it('revokes every live grant at once', () => {
    const { store, featureId } = setup();
    for (const memberId of ['a', 'b', 'c']) {
      store.access.grant(
        {
          featureId,
          memberId,
          how: 'maintainer',
          inviteId: null,
          termsVersion: null,
          termsAcceptedAt: null,
          grantedBy: 'x',
        },
        now,
      );
    }
    expect(store.access.revokeAll(featureId, 'x', 'retired', now)).toBe(3);
    expect(
      store.access
        .revokedPage(featureId, now, 0, 10)
        .map((g) => g.memberId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(store.access.countActive(featureId)).toBe(0);
  });
});

describe('invites', () => {
  it('never counts a use past the limit or on a revoked invite', () => {
    const { store, featureId } = setup();
    const invite = store.invites.create(
      {
        code: 'ABC',
        featureId,
        createdBy: 'admin',
        targetMemberId: null,
        maxUses: 2,
        expiresAt: later(1000),
      },
      now,
    );
    expect(store.invites.use(invite.id)).toBe(true);
    expect(store.invites.use(invite.id)).toBe(true);
    expect(store.invites.use(invite.id)).toBe(false);
    const other = store.invites.create(
      { code: 'DEF', featureId, createdBy: 'admin', targetMemberId: 'm1', maxUses: 1, expiresAt: null },
      now,
    );
    expect(store.invites.revoke(other.id, 'admin', now)).toBe(true);
    expect(store.invites.revoke(other.id, 'admin', now)).toBe(false);
    expect(store.invites.use(other.id)).toBe(false);
  });

  it('finds a code only among the guild’s own features', () => {
    const { store, featureId } = setup();
    store.invites.create(
      { code: 'XYZ', featureId, createdBy: 'admin', targetMemberId: null, maxUses: 1, expiresAt: null },
      now,
    );
    expect(store.invites.findByCode('g1', 'XYZ')?.featureId).toBe(featureId);
    expect(store.invites.findByCode('g2', 'XYZ')).toBeNull();
  });
});

describe('waitlist', () => {
  it('derives positions first come, first served and closes entries', () => {
    const { store, featureId } = setup();
    expect(store.waitlist.join(featureId, 'a', now)).toEqual({ position: 1, added: true });
    expect(store.waitlist.join(featureId, 'b', later(1))).toEqual({ position: 2, added: true });
    expect(store.waitlist.join(featureId, 'c', later(2))).toEqual({ position: 3, added: true });
    expect(store.waitlist.join(featureId, 'b', later(3))).toEqual({ position: 2, added: false });
    expect(store.waitlist.closeForMember(featureId, 'a', 'left', later(4))).toBe(true);
    expect(store.waitlist.position(featureId, 'c')).toBe(2);
    expect(store.waitlist.head(featureId, 5).map((e) => e.memberId)).toEqual(['b', 'c']);
    expect(store.waitlist.closeAll(featureId, 'retired', later(5))).toBe(2);
    expect(store.waitlist.size(featureId)).toBe(0);
  });
});

describe('outbox pending role changes', () => {
  it('tells whether a role change for a member and role is still pending', () => {
    const { store } = setup();
    expect(store.outbox.hasPendingRoleChange('g1', 'm1', 'r1')).toBe(false);
    const id = store.outbox.enqueue(
      'g1',
      { kind: 'role-add', memberId: 'm1', roleId: 'r1', reason: 'x' },
      null,
      now,
    );
    expect(store.outbox.hasPendingRoleChange('g1', 'm1', 'r1')).toBe(true);
    expect(store.outbox.hasPendingRoleChange('g1', 'm2', 'r1')).toBe(false);
    store.outbox.markDelivered(id, null, now);
    expect(store.outbox.hasPendingRoleChange('g1', 'm1', 'r1')).toBe(false);
  });
});
