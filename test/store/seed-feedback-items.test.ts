import { afterEach, describe, expect, it } from 'vitest';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seededMemberId,
  seedFeature,
  seedFeedbackItems,
} from '../support/seed.js';

let world: LifecycleWorld;
afterEach(() => world.close());

describe('seedFeedbackItems (the bulk seeder of the tests)', () => {
  it('numbers items like /feedback does, continuing after earlier feedback, at the feature level by default', () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const feature = seedFeature(world.store, now, { level: 'preview' });
    seedFeedbackItems(world.store, now, feature, 2);
    const items = seedFeedbackItems(world.store, now, feature, 3, (n) => ({ authorId: seededMemberId(n) }));
    expect(items.map((i) => i.number)).toEqual([3, 4, 5]);
    expect(new Set(items.map((i) => i.authorId)).size).toBe(3);
    expect(world.store.feedback.findByNumber(IDS.guild, 5)).toMatchObject({
      level: 'preview',
      status: 'open',
      tags: ['idea'],
      authorId: seededMemberId(5),
    });
    expect(world.store.settings.nextFeedbackNumber(IDS.guild, now)).toBe(6);
  });

  it('stores the given level, status, tags and date without recording a triage event', () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const feature = seedFeature(world.store, now);
    const at = new Date('2026-01-01T00:00:00.000Z');
    seedFeedbackItems(world.store, now, feature, 1, () => ({
      level: 'ga',
      status: 'planned',
      tags: ['bug', 'blocker'],
      body: 'Seeded',
      at,
    }));
    expect(world.store.feedback.findByNumber(IDS.guild, 1)).toMatchObject({
      level: 'ga',
      status: 'planned',
      tags: ['blocker', 'bug'],
      body: 'Seeded',
      createdAt: at,
    });
    expect(world.store.db.prepare('SELECT count(*) FROM triage_event').pluck().get()).toBe(0);
    // The tag summary follows the status, as for a triaged item: a planned blocker is not open.
    expect(world.store.feedback.openBlockers(feature.id)).toBe(0);
  });

  it('seeds in one transaction: nothing is stored when an item fails half-way', () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const feature = seedFeature(world.store, now);
    expect(() =>
      seedFeedbackItems(world.store, now, feature, 10, (n) => {
        if (n === 6) throw new Error('boom');
        return {};
      }),
    ).toThrow('boom');
    expect(world.store.feedback.countAtLevel(feature.id, 'early-access')).toBe(0);
    expect(world.store.settings.nextFeedbackNumber(IDS.guild, now)).toBe(1);
  });
});
