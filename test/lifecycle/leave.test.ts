import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/domain/entities.js';
import { leaveFeature } from '../../src/lifecycle/leave.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedGrant } from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

const leave = (feature: Feature, memberId: string, hasRole = false) =>
  leaveFeature(world.deps, { feature, memberId, hasRole });
const outbox = () =>
  world.store.outbox.due(world.clock.now(), 1000).map(({ effect, actorId }) => ({ effect, actorId }));

describe('leaveFeature', () => {
  it('ends the grant as left by the member and queues the role removal', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice, 'invite');
    expect(leave(feature, IDS.alice, true)).toEqual({ kind: 'left', feature });
    expect(world.store.access.history(feature.id, IDS.alice)).toMatchObject([
      { revokedAt: world.clock.now(), revokedBy: IDS.alice, revokeReason: 'left' },
    ]);
    expect(outbox()).toEqual([
      {
        effect: {
          kind: 'role-remove',
          memberId: IDS.alice,
          roleId: IDS.role,
          reason: 'Stagegate: left dark-mode',
        },
        actorId: null,
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('takes a waiting member off the waitlist and queues nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    world.store.waitlist.join(feature.id, IDS.bob, world.clock.now());
    expect(leave(feature, IDS.bob)).toEqual({ kind: 'left-waitlist', feature });
    expect(world.store.waitlist.size(feature.id)).toBe(0);
    expect(outbox()).toEqual([]);
  });

  it('takes back a role held without a grant', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(leave(feature, IDS.carol, true)).toEqual({ kind: 'left', feature });
    expect(outbox()).toMatchObject([
      { effect: { kind: 'role-remove', memberId: IDS.carol, reason: 'Stagegate: role held without access' } },
    ]);
  });

  it('refuses a member with nothing to give up, saying so differently at GA, and changes nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(leave(feature, IDS.carol)).toEqual({ kind: 'refused', reason: 'not-member', feature });
    const ga = seedFeature(world.store, world.clock.now(), { key: 'ga', roleId: IDS.otherRole, level: 'ga' });
    expect(leave(ga, IDS.carol, true)).toEqual({
      kind: 'refused',
      reason: 'nothing-to-leave-at-ga',
      feature: ga,
    });
    expect(outbox()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('leaves once for an interaction delivered twice: its stale role is not taken for drift', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    const once = () =>
      leaveFeature(world.deps, {
        feature,
        memberId: IDS.alice,
        hasRole: true,
        sourceInteractionId: '800000000000000003',
      });
    expect(once()).toEqual({ kind: 'left', feature });
    const rows = () => world.store.db.prepare('SELECT id, status FROM outbox').all();
    // The first removal was delivered: nothing is pending that would hold a drift correction back.
    world.store.db.prepare("UPDATE outbox SET status = 'delivered'").run();
    const before = rows();
    expect(once()).toEqual({ kind: 'left', feature });
    expect(rows()).toEqual(before);
    expect(world.wakes()).toBe(1);
  });
});
