import { afterEach, describe, expect, it } from 'vitest';
import type { NewPromotion } from '../../src/store/promotion-repository.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature } from '../support/seed.js';

let world: LifecycleWorld;
afterEach(() => world.close());

describe('promotion repository', () => {
  it('keeps one row per feature and level left', () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const feature = seedFeature(world.store, now);
    const row: NewPromotion = {
      featureId: feature.id,
      from: 'early-access',
      to: 'preview',
      byId: IDS.maintainer,
      note: null,
      report: {
        transition: 'early-access->preview',
        from: 'early-access',
        to: 'preview',
        gates: [],
        ready: true,
        evaluatedAt: now.toISOString(),
      },
      forced: false,
    };
    expect(world.store.promotions.record(row, now)).toBeTypeOf('number');
    expect(world.store.promotions.record(row, now)).toBeNull();
    expect(world.store.promotions.history(feature.id)).toHaveLength(1);
  });
});
