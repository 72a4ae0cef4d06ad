import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/domain/entities.js';
import { openDatabase } from '../../src/store/database.js';
import type { NewFeedback } from '../../src/store/feedback-repository.js';
import { Store } from '../../src/store/store.js';

const GUILD = '100000000000000001';
const now = new Date('2026-01-05T12:00:00.000Z');
let store: Store;
let feature: Feature;

beforeEach(() => {
  store = new Store(openDatabase(':memory:'));
  store.settings.ensure(GUILD, now);
  feature = store.features.create(
    {
      guildId: GUILD,
      key: 'dark-mode',
      name: 'Dark Mode',
      description: 'd',
      roleId: '1',
      feedbackChannelId: null,
      seatCap: null,
      createdBy: '2',
    },
    now,
  );
});

afterEach(() => store.close());

const item = (overrides: Partial<NewFeedback> = {}): NewFeedback => ({
  guildId: GUILD,
  number: store.settings.nextFeedbackNumber(GUILD, now),
  featureId: feature.id,
  level: 'early-access',
  authorId: '3',
  body: 'text',
  tags: ['bug'],
  sourceInteractionId: 'interaction-1',
  ...overrides,
});

describe('feedback repository', () => {
  it('refuses a body over 4000 characters or empty, whatever the caller checked', () => {
    expect(() =>
      store.transaction(() => store.feedback.insert(item({ body: 'x'.repeat(4001) }), now)),
    ).toThrow(/CHECK constraint/);
    expect(() => store.transaction(() => store.feedback.insert(item({ body: '' }), now))).toThrow(
      /CHECK constraint/,
    );
    expect(
      store.feedback.countMatching({ featureId: feature.id, level: null, status: null, tag: null }),
    ).toBe(0);
    const stored = store.feedback.insert(item({ body: 'y'.repeat(4000) }), now);
    expect(store.feedback.findByNumber(GUILD, stored.number)?.body).toHaveLength(4000);
  });

  it('never stores two items for the same source interaction', () => {
    store.feedback.insert(item(), now);
    expect(() => store.feedback.insert(item(), now)).toThrow(
      /UNIQUE constraint failed: feedback.source_interaction_id/,
    );
    expect(store.feedback.findBySourceInteraction('interaction-1')).toMatchObject({
      number: 1,
      tags: ['bug'],
    });
  });

  it('counts a member’s recent feedback in the guild for the rate limit', () => {
    store.feedback.insert(item({ sourceInteractionId: 'a' }), new Date(now.getTime() - 61_000));
    store.feedback.insert(item({ sourceInteractionId: 'b' }), new Date(now.getTime() - 30_000));
    store.feedback.insert(item({ sourceInteractionId: 'c' }), new Date(now.getTime() - 10_000));
    store.feedback.insert(item({ sourceInteractionId: 'd', authorId: '4' }), now);
    expect(store.feedback.recentByAuthor(GUILD, '3', new Date(now.getTime() - 60_000))).toEqual({
      count: 2,
      oldest: new Date(now.getTime() - 30_000),
    });
    expect(store.feedback.recentByAuthor('other-guild', '3', new Date(0))).toEqual({
      count: 0,
      oldest: null,
    });
  });

  it('records a triage change with the old and new state', () => {
    const stored = store.feedback.insert(item({ tags: ['idea', 'bug'] }), now);
    expect(stored.tags).toEqual(['bug', 'idea']);
    store.transaction(() =>
      store.feedback.applyTriage(
        {
          feedbackId: stored.id,
          actorId: '9',
          oldStatus: 'open',
          newStatus: 'planned',
          oldTags: stored.tags,
          newTags: ['docs'],
          note: 'later',
        },
        now,
      ),
    );
    expect(store.feedback.findByNumber(GUILD, 1)).toMatchObject({ status: 'planned', tags: ['docs'] });
    expect(store.db.prepare('SELECT old_tags, new_tags, note FROM triage_event').get()).toEqual({
      old_tags: 'bug,idea',
      new_tags: 'docs',
      note: 'later',
    });
  });
});

describe('per-feature counts read from the tag summary', () => {
  it('follows status changes and retagging, so blockers and tag counts stay right', () => {
    const blocker = store.feedback.insert(item({ tags: ['blocker', 'bug'] }), now);
    store.feedback.insert(
      item({ tags: ['idea'], sourceInteractionId: 'interaction-2', level: 'preview' }),
      now,
    );
    expect(store.feedback.openBlockers(feature.id)).toBe(1);
    expect(store.feedback.countsByTag(feature.id)).toEqual([
      { tag: 'blocker', count: 1 },
      { tag: 'bug', count: 1 },
      { tag: 'idea', count: 1 },
    ]);
    expect(store.feedback.evidenceAtLevel(feature.id, 'preview').byTag).toEqual([{ tag: 'idea', count: 1 }]);

    store.transaction(() =>
      store.feedback.applyTriage(
        {
          feedbackId: blocker.id,
          actorId: '9',
          oldStatus: 'open',
          newStatus: 'resolved',
          oldTags: ['blocker', 'bug'],
          newTags: null,
          note: null,
        },
        now,
      ),
    );
    expect(store.feedback.openBlockers(feature.id)).toBe(0);
    expect(store.feedback.openBlockerItems(feature.id, 5)).toEqual([]);

    store.transaction(() =>
      store.feedback.applyTriage(
        {
          feedbackId: blocker.id,
          actorId: '9',
          oldStatus: 'resolved',
          newStatus: 'open',
          oldTags: ['blocker', 'bug'],
          newTags: ['blocker'],
          note: null,
        },
        now,
      ),
    );
    expect(store.feedback.openBlockers(feature.id)).toBe(1);
    expect(store.feedback.openBlockerItems(feature.id, 5).map((f) => f.number)).toEqual([blocker.number]);
    expect(store.feedback.countsByTag(feature.id)).toEqual([
      { tag: 'blocker', count: 1 },
      { tag: 'idea', count: 1 },
    ]);
  });

  it('answers the counts from an index, without reading feedback rows', () => {
    const plan = (sql: string) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(feature.id) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
    expect(plan('SELECT tag, count(*) FROM feedback_tag WHERE feature_id = ? GROUP BY tag')).toContain(
      'COVERING INDEX feedback_tag_by_feature',
    );
    expect(
      plan("SELECT count(*) FROM feedback_tag WHERE tag = 'blocker' AND feature_id = ? AND status = 'open'"),
    ).toContain('COVERING INDEX feedback_tag_by_feature');
    expect(
      plan("SELECT count(DISTINCT author_id) FROM feedback WHERE feature_id = ? AND level = 'preview'"),
    ).toContain('COVERING INDEX feedback_by_feature_level_author');
  });
});
