import { afterEach, describe, expect, it } from 'vitest';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedFeedback } from '../support/seed.js';

let world: LifecycleWorld;
afterEach(() => world.close());

describe('the /features list counters', () => {
  it('count every item and each author once per feature', () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const dark = seedFeature(world.store, now);
    const search = seedFeature(world.store, now, { key: 'search', name: 'Search', roleId: IDS.otherRole });
    seedFeedback(world.store, now, dark, { authorId: IDS.alice });
    seedFeedback(world.store, now, dark, { authorId: IDS.alice });
    seedFeedback(world.store, now, dark, { authorId: IDS.bob });
    seedFeedback(world.store, now, search, { authorId: IDS.alice });

    const summaries = world.store.features.listActiveSummaries(IDS.guild);
    expect(summaries.map((s) => [s.feature.key, s.feedbackCount, s.participants])).toEqual([
      ['dark-mode', 3, 2],
      ['search', 1, 1],
    ]);
  });
});
