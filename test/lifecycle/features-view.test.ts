import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listFeatures,
  MAX_BLOCKERS_SHOWN,
  MAX_TOP_VOTED,
  showFeature,
} from '../../src/lifecycle/features-view.js';
import { readinessOf } from '../../src/lifecycle/readiness.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seededMemberId,
  seedFeature,
  seedFeedback,
  seedFeedbackItems,
} from '../support/seed.js';

let world: LifecycleWorld;

beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

describe('/features list', () => {
  it('says there is no feature yet in a new server', () => {
    expect(listFeatures(world.deps, { guildId: IDS.guild })).toEqual({ kind: 'none' });
  });

  it('lists the active features of the server with their feedback and participants', () => {
    const now = world.clock.now();
    const dark = seedFeature(world.store, now);
    const search = seedFeature(world.store, now, { key: 'search', name: 'Search', roleId: IDS.otherRole });
    const retired = seedFeature(world.store, now, { key: 'old', name: 'Old', roleId: '200000000000000009' });
    seedFeature(world.store, now, { guildId: IDS.otherGuild, key: 'elsewhere' });
    seedFeedback(world.store, now, dark, { authorId: IDS.alice });
    seedFeedback(world.store, now, dark, { authorId: IDS.alice });
    seedFeedback(world.store, now, dark, { authorId: IDS.bob });
    world.store.features.retire(retired.id, IDS.maintainer, 'dropped', now);

    const view = listFeatures(world.deps, { guildId: IDS.guild });
    expect(
      view.kind === 'list' && view.summaries.map((s) => [s.feature.key, s.feedbackCount, s.participants]),
    ).toEqual([
      ['dark-mode', 3, 2],
      [search.key, 0, 0],
    ]);
  });
});

describe('/features detail', () => {
  it('shows readiness, feedback by level and tag, the newest open blockers and the promotion history', () => {
    const now = world.clock.now();
    const feature = seedFeature(world.store, now);
    for (let i = 0; i < MAX_BLOCKERS_SHOWN + 2; i++) {
      seedFeedback(world.store, now, feature, { tags: ['blocker', 'bug'] });
    }
    seedFeedback(world.store, now, feature, { tags: ['blocker'], status: 'resolved' });
    world.store.promotions.record(
      {
        featureId: feature.id,
        from: 'early-access',
        to: 'preview',
        byId: IDS.maintainer,
        note: 'Ready',
        report: readinessOf(world.store, feature, now)!,
        forced: true,
      },
      now,
    );
    world.store.features.changeLevel(feature.id, 'early-access', 'preview', now);
    seedFeedback(world.store, now, feature, { tags: ['idea'] });
    world.clock.advanceDays(3);

    const view = showFeature(world.deps, { guildId: IDS.guild, featureId: feature.id });
    if (view.kind !== 'detail') throw new Error(`not shown: ${view.reason}`);
    expect(view.feature).toMatchObject({ id: feature.id, level: 'preview' });
    expect(view.now).toEqual(world.clock.now());
    expect(view.report).toMatchObject({ to: 'ga', ready: false });
    expect(view.feedback).toMatchObject({
      byLevel: { 'early-access': 8, preview: 1, ga: 0 },
      byTag: [
        { tag: 'blocker', count: 8 },
        { tag: 'bug', count: 7 },
        { tag: 'idea', count: 1 },
      ],
      openBlockers: 7,
    });
    expect(view.feedback.newestOpenBlockers.map((item) => item.number)).toEqual([7, 6, 5, 4, 3]);
    expect(view.history).toMatchObject([
      { from: 'early-access', to: 'preview', note: 'Ready', forced: true },
    ]);
  });

  it('shows up to five items that are not closed with the most votes, ties newest first', () => {
    const now = world.clock.now();
    const feature = seedFeature(world.store, now, { level: 'preview' });
    const other = seedFeature(world.store, now, { key: 'search', name: 'Search', roleId: IDS.otherRole });
    const statuses = [
      'open',
      'acknowledged',
      'planned',
      'resolved',
      'wont-fix',
      'duplicate',
      'open',
      'open',
    ] as const;
    const items = seedFeedbackItems(world.store, now, feature, statuses.length, (n) => ({
      status: statuses[n - 1]!,
    }));
    const elsewhere = seedFeedback(world.store, now, other);
    const votes = [1, 2, 2, 9, 9, 9, 0, 1];
    world.store.transaction(() => {
      items.forEach((item, i) => {
        for (let v = 0; v < votes[i]!; v++) world.store.votes.cast(item.id, seededMemberId(v), null, now);
      });
      for (let v = 0; v < 20; v++) world.store.votes.cast(elsewhere.id, seededMemberId(v), null, now);
    });

    const view = showFeature(world.deps, { guildId: IDS.guild, featureId: feature.id });
    if (view.kind !== 'detail') throw new Error(`not shown: ${view.reason}`);
    // Closed items (resolved, wont-fix, duplicate) never rank, whatever their votes.
    expect(view.feedback.topVoted.map((item) => [item.number, item.status, item.votes])).toEqual([
      [3, 'planned', 2],
      [2, 'acknowledged', 2],
      [8, 'open', 1],
      [1, 'open', 1],
      [7, 'open', 0],
    ]);
    expect(MAX_TOP_VOTED).toBe(5);
  });

  it('refuses a retired feature and a feature of another server', () => {
    const now = world.clock.now();
    const retired = seedFeature(world.store, now);
    world.store.features.retire(retired.id, IDS.maintainer, 'dropped', now);
    const elsewhere = seedFeature(world.store, now, { guildId: IDS.otherGuild, key: 'search' });
    for (const feature of [retired, elsewhere]) {
      expect(showFeature(world.deps, { guildId: IDS.guild, featureId: feature.id })).toEqual({
        kind: 'refused',
        reason: 'unknown-feature',
      });
    }
  });
});
