import { afterEach, describe, expect, it } from 'vitest';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seedFeature,
  seedFeedback,
  seedGrant,
} from '../support/seed.js';

let world: LifecycleWorld;
afterEach(() => world.close());

describe('seed helpers', () => {
  it('number seeded feedback like /feedback does and store it at the feature level', () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const feature = seedFeature(world.store, now, { level: 'preview' });
    const first = seedFeedback(world.store, now, feature);
    const second = seedFeedback(world.store, now, feature, { status: 'resolved', tags: ['bug'] });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(second).toMatchObject({ level: 'preview', status: 'resolved', tags: ['bug'] });
    seedGrant(world.store, now, feature, IDS.bob);
    expect(world.store.access.hasAccess(feature.id, IDS.bob)).toBe(true);
  });
});
