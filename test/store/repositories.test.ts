import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/store.js';

const now = new Date('2026-03-01T10:00:00.000Z');
let store: Store;

beforeEach(() => {
  store = openStore(':memory:');
});

function createFeature(key = 'dark-mode', name = 'Dark Mode') {
  return store.features.create(
    {
      guildId: 'g1',
      key,
      name,
      description: 'Dark',
      roleId: 'r1',
      feedbackChannelId: null,
      seatCap: null,
      createdBy: 'u1',
    },
    now,
  );
}

describe('settings', () => {
  it('reads an unknown guild as the defaults without writing a row', () => {
    expect(store.settings.get('g9').tags).toContain('blocker');
    expect(store.db.prepare('SELECT COUNT(*) FROM guild_settings').pluck().get()).toBe(0);
  });

  it('creates a guild and its default tags together or not at all', () => {
    // A failure half-way (here: the fifth tag) must not leave a guild without its vocabulary.
    store.db.exec(`CREATE TEMP TRIGGER fail_tag BEFORE INSERT ON guild_tag WHEN NEW.tag = 'idea'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => store.settings.ensure('g1', now)).toThrow('disk full');
    expect(store.db.prepare('SELECT COUNT(*) FROM guild_settings').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT COUNT(*) FROM guild_tag').pluck().get()).toBe(0);
    store.db.exec('DROP TRIGGER fail_tag');
    store.settings.ensure('g1', now);
    expect(store.settings.tags('g1')).toHaveLength(7);
  });

  it('gives a new guild the default vocabulary, gates and terms', () => {
    const settings = store.settings.get('g1');
    expect(settings.tags).toEqual(['blocker', 'bug', 'docs', 'idea', 'performance', 'praise', 'question']);
    expect(settings.gates['early-access->preview']).toEqual({
      minFeedback: 10,
      minParticipants: 5,
      minDays: 7,
      maxOpenBlockers: 0,
    });
    expect(settings.feedbackPerMinute).toBe(5);
    expect(settings.gaRolePolicy).toBe('keep');
    expect(settings.terms['early-access']).toEqual({ text: null, version: 0 });
  });

  it('bumps the terms version on every change', () => {
    expect(store.settings.setTerms('g1', 'early-access', 'First', 'u1', now)).toBe(1);
    expect(store.settings.setTerms('g1', 'early-access', 'Second', 'u1', now)).toBe(2);
    expect(store.settings.get('g1').terms['early-access']).toEqual({ text: 'Second', version: 2 });
  });

  it('hands out feedback numbers in sequence per guild', () => {
    expect([1, 2, 3].map(() => store.settings.nextFeedbackNumber('g1', now))).toEqual([1, 2, 3]);
    expect(store.settings.nextFeedbackNumber('g2', now)).toBe(1);
  });

  it('keeps gates per transition', () => {
    const set = { minFeedback: 3, minParticipants: 2, minDays: 1, maxOpenBlockers: 2 };
    store.settings.setGates('g1', 'preview->ga', set, now);
    const gates = store.settings.get('g1').gates;
    expect(gates['preview->ga']).toEqual(set);
    expect(gates['early-access->preview']).toEqual({
      minFeedback: 10,
      minParticipants: 5,
      minDays: 7,
      maxOpenBlockers: 0,
    });
  });
});

describe('features', () => {
  it('changes level only from the level the caller saw', () => {
    const feature = createFeature();
    expect(store.features.changeLevel(feature.id, 'early-access', 'preview', now)).toBe(true);
    expect(store.features.changeLevel(feature.id, 'early-access', 'preview', now)).toBe(false);
    expect(store.features.findById(feature.id)?.level).toBe('preview');
  });

  it('records the readiness notice once per level', () => {
    const feature = createFeature();
    expect(store.features.markReadyNotice(feature.id, 'early-access')).toBe(true);
    expect(store.features.markReadyNotice(feature.id, 'early-access')).toBe(false);
    expect(store.features.markReadyNotice(feature.id, 'preview')).toBe(true);
  });

  it('finds features by a fragment of key or name, treating wildcards literally', () => {
    createFeature('dark-mode');
    createFeature('search', 'Search');
    expect(store.features.search('g1', 'dark', 25).map((f) => f.key)).toEqual(['dark-mode']);
    expect(store.features.search('g1', '%', 25)).toEqual([]);
  });
});

describe('outbox', () => {
  it('delivers a lane in order: a later effect waits for the earlier one', () => {
    const add = store.outbox.enqueue(
      'g1',
      { kind: 'role-add', memberId: 'm1', roleId: 'r1', reason: 'x' },
      null,
      now,
    );
    const remove = store.outbox.enqueue(
      'g1',
      { kind: 'role-remove', memberId: 'm1', roleId: 'r1', reason: 'x' },
      null,
      now,
    );
    const other = store.outbox.enqueue(
      'g1',
      { kind: 'role-add', memberId: 'm2', roleId: 'r1', reason: 'x' },
      null,
      now,
    );
    expect(store.outbox.due(now, 10).map((e) => e.id)).toEqual([add, other]);
    store.outbox.markDelivered(add, null, now);
    expect(store.outbox.due(now, 10).map((e) => e.id)).toEqual([remove, other]);
  });

  it('holds a retried effect until it is due again', () => {
    const id = store.outbox.enqueue(
      'g1',
      { kind: 'message', channelId: 'c1', body: { content: 'hi', allowed_mentions: { parse: [] } } },
      'u1',
      now,
    );
    store.outbox.scheduleRetry(id, 'boom', new Date(now.getTime() + 1000));
    expect(store.outbox.due(now, 10)).toEqual([]);
    const [entry] = store.outbox.due(new Date(now.getTime() + 1000), 10);
    expect(entry).toMatchObject({ id, attempts: 1, lastError: 'boom', actorId: 'u1' });
    expect(entry?.effect).toEqual({
      kind: 'message',
      channelId: 'c1',
      body: { content: 'hi', allowed_mentions: { parse: [] } },
    });
  });
});

describe('secrets', () => {
  it('creates a signing secret once and keeps it', () => {
    const first = store.secret('component-signing');
    expect(first).toHaveLength(32);
    expect(store.secret('component-signing').equals(first)).toBe(true);
  });
});
