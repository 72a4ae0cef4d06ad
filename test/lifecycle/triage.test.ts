import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/domain/entities.js';
import {
  exportTriage,
  listTriagePage,
  type SetTriageInput,
  setTriage,
  type TriageListInput,
} from '../../src/lifecycle/triage.js';
import { renderText, text } from '../../src/text/index.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedFeedback } from '../support/seed.js';

let world: LifecycleWorld;
let interaction = 0;

beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

function set(overrides: Partial<SetTriageInput> = {}): SetTriageInput {
  return {
    guildId: IDS.guild,
    actorId: IDS.maintainer,
    number: 1,
    status: 'resolved',
    note: null,
    tags: null,
    sourceInteractionId: `interaction-${++interaction}`,
    ...overrides,
  };
}

const events = () =>
  world.store.db
    .prepare(
      `SELECT feedback_id, actor_id, at, old_status, new_status, old_tags, new_tags, note, source_interaction_id
       FROM triage_event ORDER BY id`,
    )
    .all();
const statusOf = (number: number) => world.store.feedback.findByNumber(IDS.guild, number)?.status;

describe('/triage set', () => {
  it('changes the status, records the note and replaces the tags in one recorded change', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const item = seedFeedback(world.store, world.clock.now(), feature, { tags: ['idea'] });
    world.clock.advance(5_000);
    const request = set({ note: '  Fixed in 1.4 ', tags: 'docs, Bug' });

    expect(setTriage(world.deps, request)).toEqual({
      kind: 'updated',
      number: 1,
      changes: {
        status: { from: 'open', to: 'resolved' },
        tags: { from: ['idea'], to: ['bug', 'docs'] },
        noteRecorded: true,
      },
      readinessNotice: false,
    });
    expect(world.store.feedback.findByNumber(IDS.guild, 1)).toMatchObject({
      status: 'resolved',
      tags: ['bug', 'docs'],
    });
    expect(events()).toEqual([
      {
        feedback_id: item.id,
        actor_id: IDS.maintainer,
        at: world.clock.now().toISOString(),
        old_status: 'open',
        new_status: 'resolved',
        old_tags: 'idea',
        new_tags: 'bug,docs',
        note: 'Fixed in 1.4',
        source_interaction_id: request.sourceInteractionId,
      },
    ]);
    expect(world.wakes()).toBe(0);
  });

  it('records a note alone, and tags alone, as changes of their own', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature, { tags: ['idea'], status: 'planned' });
    expect(setTriage(world.deps, set({ status: 'planned', note: 'Next sprint' }))).toMatchObject({
      kind: 'updated',
      changes: { status: null, tags: null, noteRecorded: true },
    });
    expect(setTriage(world.deps, set({ status: 'planned', tags: 'idea, docs' }))).toMatchObject({
      kind: 'updated',
      changes: { status: null, tags: { from: ['idea'], to: ['docs', 'idea'] }, noteRecorded: false },
    });
    // Seeding the status recorded one event already.
    expect(events()).toHaveLength(3);
  });

  it('records a replayed interaction once and reports the change it made', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature);
    const request = set({ status: 'planned', note: 'Next sprint' });
    const first = setTriage(world.deps, request);
    world.clock.advance(1_000);
    const replayed = setTriage(world.deps, request);

    expect(first.kind).toBe('updated');
    expect(replayed).toEqual({
      kind: 'replayed',
      number: 1,
      changes: { status: { from: 'open', to: 'planned' }, tags: null, noteRecorded: true },
    });
    expect(events()).toHaveLength(1);
    expect(statusOf(1)).toBe('planned');
    // Another interaction with the same note is a new note.
    expect(setTriage(world.deps, set({ status: 'planned', note: 'Next sprint' })).kind).toBe('updated');
    expect(events()).toHaveLength(2);
  });

  it('refuses an unknown #N, no change, an empty note or unknown tags, and records nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature, { tags: ['idea'] });
    expect(setTriage(world.deps, set({ number: 99 }))).toEqual({
      kind: 'refused',
      reason: 'unknown-feedback',
      number: 99,
    });
    expect(setTriage(world.deps, set({ status: 'open', tags: 'idea' }))).toEqual({
      kind: 'refused',
      reason: 'unchanged',
      number: 1,
      status: 'open',
    });
    expect(setTriage(world.deps, set({ note: '   ' }))).toEqual({ kind: 'refused', reason: 'note-empty' });
    const unknownTag = setTriage(world.deps, set({ tags: 'bug, nope' }));
    expect(unknownTag).toEqual({
      kind: 'invalid',
      message: text('rule.tagUnknown', {
        tag: 'nope',
        vocabulary: 'blocker, bug, docs, idea, performance, praise, question',
      }),
    });
    expect(unknownTag.kind === 'invalid' && renderText('en-US', unknownTag.message)).toContain(
      'Unknown tag `nope`',
    );
    expect(events()).toEqual([]);
    expect(statusOf(1)).toBe('open');
  });

  it('finds only the items of the server it is run in', () => {
    const elsewhere = seedFeature(world.store, world.clock.now(), { guildId: IDS.otherGuild, key: 'search' });
    seedFeedback(world.store, world.clock.now(), elsewhere);
    expect(setTriage(world.deps, set())).toMatchObject({ kind: 'refused', reason: 'unknown-feedback' });
  });

  it('queues the readiness notice when resolving the last blocker makes the feature ready', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const now = world.clock.now();
    world.store.settings.setLogChannel(IDS.guild, IDS.log, now);
    world.store.settings.setGates(
      IDS.guild,
      'early-access->preview',
      { minFeedback: 1, minParticipants: 1, minDays: 0, maxOpenBlockers: 0 },
      now,
    );
    seedFeedback(world.store, now, feature, { tags: ['blocker'] });
    expect(setTriage(world.deps, set())).toMatchObject({ kind: 'updated', readinessNotice: true });
    expect(world.store.outbox.due(world.clock.now(), 10).map((entry) => entry.effect)).toMatchObject([
      { kind: 'message', channelId: IDS.log },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('triages the feedback of a retired feature without a readiness notice', () => {
    const feature = seedFeature(world.store, world.clock.now());
    world.store.settings.setLogChannel(IDS.guild, IDS.log, world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature);
    world.store.features.retire(feature.id, IDS.maintainer, 'dropped', world.clock.now());
    expect(setTriage(world.deps, set({ status: 'wont-fix' }))).toMatchObject({
      kind: 'updated',
      readinessNotice: false,
    });
    expect(world.store.outbox.due(world.clock.now(), 10)).toEqual([]);
  });
});

function list(feature: Feature, overrides: Partial<TriageListInput> = {}): TriageListInput {
  return {
    guildId: IDS.guild,
    featureId: feature.id,
    level: null,
    status: null,
    tag: null,
    cursor: null,
    ...overrides,
  };
}

const numbersOf = (outcome: ReturnType<typeof listTriagePage>) =>
  outcome.kind === 'page' ? outcome.page.items.map((item) => item.number) : null;

describe('/triage list', () => {
  it('pages newest first by keyset, ten at a time, with the total of matches', () => {
    const feature = seedFeature(world.store, world.clock.now());
    for (let i = 0; i < 25; i++) seedFeedback(world.store, world.clock.now(), feature);
    const first = listTriagePage(world.deps, list(feature));
    expect(first).toMatchObject({ kind: 'page', total: 25, page: { hasNewer: false, hasOlder: true } });
    expect(numbersOf(first)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    const third = listTriagePage(world.deps, list(feature, { cursor: { direction: 'older', number: 6 } }));
    expect(numbersOf(third)).toEqual([5, 4, 3, 2, 1]);
    expect(third).toMatchObject({ page: { hasNewer: true, hasOlder: false } });
    const back = listTriagePage(world.deps, list(feature, { cursor: { direction: 'newer', number: 5 } }));
    expect(numbersOf(back)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
  });

  it('filters by level, status and tag, including a tag no longer in the vocabulary', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature, { tags: ['bug'] });
    seedFeedback(world.store, world.clock.now(), feature, { tags: ['idea'], status: 'planned' });
    world.store.settings.removeTag(IDS.guild, 'bug', world.clock.now());
    world.store.features.changeLevel(feature.id, 'early-access', 'preview', world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature, { tags: ['bug'] });

    const bugs = listTriagePage(world.deps, list(feature, { tag: ' BUG ', level: 'early-access' }));
    expect(numbersOf(bugs)).toEqual([1]);
    expect(bugs).toMatchObject({ filter: { tag: 'bug', level: 'early-access', status: null }, total: 1 });
    expect(numbersOf(listTriagePage(world.deps, list(feature, { status: 'planned' })))).toEqual([2]);
    const malformed = listTriagePage(world.deps, list(feature, { tag: 'not a tag' }));
    expect(malformed).toEqual({ kind: 'invalid', message: text('rule.tagInvalid', { tag: 'not a tag' }) });
    expect(malformed.kind === 'invalid' && renderText('en-US', malformed.message)).toContain(
      'is not a valid tag',
    );
  });

  it('lists the feedback of a retired feature, the record of why it was dropped', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature, { body: 'Nobody asked for it' });
    world.store.features.retire(feature.id, IDS.maintainer, 'dropped', world.clock.now());
    const outcome = listTriagePage(world.deps, list(feature));
    expect(outcome).toMatchObject({ kind: 'page', feature: { state: 'retired' }, total: 1 });
    expect(numbersOf(outcome)).toEqual([1]);
  });

  it('refuses a feature of another server', () => {
    const elsewhere = seedFeature(world.store, world.clock.now(), { guildId: IDS.otherGuild, key: 'search' });
    expect(listTriagePage(world.deps, list(elsewhere))).toEqual({
      kind: 'refused',
      reason: 'unknown-feature',
    });
  });
});

describe('/triage export', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'stagegate-export-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the feedback of a retired feature too, in the contract’s JSON shape', async () => {
    const feature = seedFeature(world.store, world.clock.now());
    const item = seedFeedback(world.store, world.clock.now(), feature, { tags: ['idea', 'bug'] });
    world.store.features.retire(feature.id, IDS.maintainer, 'dropped', world.clock.now());

    const outcome = await exportTriage(world.deps, {
      guildId: IDS.guild,
      featureId: feature.id,
      level: null,
      format: 'json',
      dir,
    });
    expect(outcome).toEqual({
      kind: 'exported',
      rows: 1,
      fileName: 'feedback-dark-mode.json',
      path: join(dir, 'feedback-dark-mode.json'),
    });
    expect(JSON.parse(readFileSync(join(dir, 'feedback-dark-mode.json'), 'utf8'))).toEqual([
      {
        id: 1,
        feature: 'dark-mode',
        level: 'early-access',
        tags: ['bug', 'idea'],
        status: 'open',
        author_id: IDS.alice,
        body: item.body,
        created_at: item.createdAt.toISOString(),
      },
    ]);
  });

  it('refuses a file larger than Discord takes, saying whether a level was given', async () => {
    const feature = seedFeature(world.store, world.clock.now());
    world.store.db
      .prepare(
        `INSERT INTO feedback (guild_id, number, feature_id, level, author_id, body, source_interaction_id, created_at)
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2200)
         SELECT ?, i, ?, 'early-access', ?, printf('%.4000c', 'x'), 'big-' || i, '2026-01-01T00:00:00.000Z' FROM n`,
      )
      .run(IDS.guild, feature.id, IDS.alice);
    const request = { guildId: IDS.guild, featureId: feature.id, format: 'csv' as const, dir };
    expect(await exportTriage(world.deps, { ...request, level: null })).toEqual({
      kind: 'refused',
      reason: 'too-large',
      maxBytes: 8 * 1024 * 1024,
      levelGiven: false,
    });
    expect(await exportTriage(world.deps, { ...request, level: 'early-access' })).toMatchObject({
      reason: 'too-large',
      levelGiven: true,
    });
  });

  it('refuses a feature of another server and writes nothing', async () => {
    const elsewhere = seedFeature(world.store, world.clock.now(), { guildId: IDS.otherGuild, key: 'search' });
    const outcome = await exportTriage(world.deps, {
      guildId: IDS.guild,
      featureId: elsewhere.id,
      level: null,
      format: 'csv',
      dir,
    });
    expect(outcome).toEqual({ kind: 'refused', reason: 'unknown-feature' });
  });
});
