import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature, FeedbackItem } from '../../src/domain/entities.js';
import {
  exportTriage,
  listTriagePage,
  type SetTriageInput,
  setTriage,
  type TriageListInput,
} from '../../src/lifecycle/triage.js';
import { renderText, text } from '../../src/text/index.js';
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
    duplicateOf: null,
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
/** Who the queued direct messages go to, in order. */
const dmRecipients = () =>
  world.store.db
    .prepare<[], string>(
      "SELECT json_extract(payload, '$.userId') FROM outbox WHERE kind = 'direct-message' ORDER BY id",
    )
    .pluck()
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
        duplicateOf: null,
      },
      readinessNotice: false,
      // The author follows their item: the status change is theirs to hear about.
      notified: 1,
      // The feature has no feedback channel: no copy, no thread to post in.
      threadPosted: false,
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
    expect(dmRecipients()).toEqual([IDS.alice]);
    expect(world.wakes()).toBe(1);
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
      changes: { status: { from: 'open', to: 'planned' }, tags: null, noteRecorded: true, duplicateOf: null },
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
      { kind: 'direct-message', userId: IDS.alice, notification: true },
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
    // The author still hears what became of their item; the log channel hears nothing.
    expect(world.store.outbox.due(world.clock.now(), 10).map((entry) => entry.effect.kind)).toEqual([
      'direct-message',
    ]);
    expect(dmRecipients()).toEqual([IDS.alice]);
  });
});

describe('/triage set duplicate_of and what a status change causes', () => {
  const dmsTo = (memberId: string) =>
    world.store.db
      .prepare<[string], string>(
        "SELECT json_extract(payload, '$.body.content') FROM outbox WHERE kind = 'direct-message' AND json_extract(payload, '$.userId') = ? ORDER BY id",
      )
      .pluck()
      .all(memberId);
  const row = (id: number) =>
    world.store.db.prepare('SELECT status, votes, duplicate_of FROM feedback WHERE id = ?').get(id);
  const outboxCount = () => world.store.db.prepare('SELECT count(*) FROM outbox').pluck().get();

  function twoItems() {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const original = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    const duplicate = seedFeedback(world.store, world.clock.now(), feature, {
      authorId: IDS.bob,
      body: 'Same crash',
    });
    world.store.votes.cast(duplicate.id, IDS.carol, null, world.clock.now());
    return { feature, original, duplicate };
  }

  it('closes an item as a duplicate of #M: its votes and followers move there and are told #M', () => {
    const { original, duplicate } = twoItems();
    const outcome = setTriage(
      world.deps,
      set({
        number: duplicate.number,
        status: 'duplicate',
        duplicateOf: original.number,
        note: 'Same root cause',
      }),
    );
    expect(outcome).toEqual({
      kind: 'updated',
      number: duplicate.number,
      changes: {
        status: { from: 'open', to: 'duplicate' },
        tags: null,
        noteRecorded: true,
        duplicateOf: original.number,
      },
      readinessNotice: false,
      notified: 2,
      threadPosted: false,
    });
    expect(row(duplicate.id)).toEqual({ status: 'duplicate', votes: 0, duplicate_of: original.id });
    expect(row(original.id)).toEqual({ status: 'open', votes: 1, duplicate_of: null });
    for (const member of [IDS.bob, IDS.carol]) {
      const [dm, ...more] = dmsTo(member);
      expect(more).toEqual([]);
      expect(dm).toContain(`**#${duplicate.number}** (Dark mode) is now **Duplicate**.`);
      expect(dm).toContain(`It duplicates **#${original.number}**`);
      expect(dm).toContain('Note from the maintainers: Same root cause');
    }
    // The original's author hears nothing: her item did not change.
    expect(dmsTo(IDS.alice)).toEqual([]);
    expect(world.store.votes.followers(original.id).sort()).toEqual([IDS.alice, IDS.bob, IDS.carol].sort());
    expect(world.wakes()).toBe(1);
  });

  it('takes a new original for an item already closed as a duplicate as a change, and the same one as none', () => {
    const { feature, original, duplicate } = twoItems();
    const better = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    setTriage(
      world.deps,
      set({ number: duplicate.number, status: 'duplicate', duplicateOf: original.number }),
    );
    const before = dmsTo(IDS.bob).length;

    const repointed = setTriage(
      world.deps,
      set({ number: duplicate.number, status: 'duplicate', duplicateOf: better.number }),
    );
    expect(repointed).toMatchObject({
      kind: 'updated',
      changes: { status: null, tags: null, noteRecorded: false, duplicateOf: better.number },
    });
    expect(row(duplicate.id)).toMatchObject({ status: 'duplicate', duplicate_of: better.id });
    expect(dmsTo(IDS.bob)).toHaveLength(before + 1);
    expect(dmsTo(IDS.bob).at(-1)).toContain(`It duplicates **#${better.number}**`);

    const events = outboxCount();
    expect(
      setTriage(
        world.deps,
        set({ number: duplicate.number, status: 'duplicate', duplicateOf: better.number }),
      ),
    ).toEqual({ kind: 'refused', reason: 'unchanged', number: duplicate.number, status: 'duplicate' });
    expect(outboxCount()).toBe(events);
  });

  it('reports a replayed duplicate with its original, and records it once', () => {
    const { original, duplicate } = twoItems();
    const request = set({ number: duplicate.number, status: 'duplicate', duplicateOf: original.number });
    setTriage(world.deps, request);
    const queued = outboxCount();
    expect(setTriage(world.deps, request)).toEqual({
      kind: 'replayed',
      number: duplicate.number,
      changes: {
        status: { from: 'open', to: 'duplicate' },
        tags: null,
        noteRecorded: false,
        duplicateOf: original.number,
      },
    });
    expect(outboxCount()).toBe(queued);
    expect(row(original.id)).toMatchObject({ votes: 1 });
  });

  it('refuses duplicate_of at the item itself, at another duplicate, at another server’s item, without status duplicate, and status duplicate without it, changing nothing', () => {
    const { feature, original, duplicate } = twoItems();
    const earlier = seedFeedback(world.store, world.clock.now(), feature, { status: 'duplicate' });
    world.store.votes.setDuplicateOf(earlier.id, original.id);
    const orphan = seedFeedback(world.store, world.clock.now(), feature, { status: 'duplicate' });
    const elsewhere = seedFeature(world.store, world.clock.now(), { guildId: IDS.otherGuild, key: 'search' });
    const foreign = seedFeedbackItems(world.store, world.clock.now(), elsewhere, 9).at(-1)!;
    const before = { events: events().length, outbox: outboxCount(), wakes: world.wakes() };
    const dup = (duplicateOf: number | null, status: SetTriageInput['status'] = 'duplicate') =>
      setTriage(world.deps, set({ number: duplicate.number, status, duplicateOf }));
    const refusal = { kind: 'refused', reason: 'duplicate-of', number: duplicate.number, originalOf: null };

    expect(dup(duplicate.number)).toEqual({
      ...refusal,
      problem: 'original-itself',
      original: duplicate.number,
    });
    expect(dup(earlier.number)).toEqual({
      ...refusal,
      problem: 'original-is-duplicate',
      original: earlier.number,
      originalOf: original.number,
    });
    expect(dup(orphan.number)).toEqual({
      ...refusal,
      problem: 'original-is-duplicate',
      original: orphan.number,
    });
    expect(foreign.number).toBeGreaterThan(orphan.number);
    expect(dup(foreign.number)).toEqual({
      ...refusal,
      problem: 'original-unknown',
      original: foreign.number,
    });
    expect(dup(original.number, 'resolved')).toEqual({
      ...refusal,
      problem: 'duplicate-of-not-duplicate',
      original: original.number,
    });
    expect(dup(null)).toEqual({ ...refusal, problem: 'duplicate-of-required', original: null });

    expect(events()).toHaveLength(before.events);
    expect(outboxCount()).toBe(before.outbox);
    expect(world.wakes()).toBe(before.wakes);
    expect(row(duplicate.id)).toEqual({ status: 'open', votes: 1, duplicate_of: null });
    expect(row(original.id)).toEqual({ status: 'open', votes: 0, duplicate_of: null });
  });

  it('notifies nobody for tags or a note alone', () => {
    const { duplicate } = twoItems();
    const outcome = setTriage(
      world.deps,
      set({ number: duplicate.number, status: 'open', note: 'Looking', tags: 'bug' }),
    );
    expect(outcome).toMatchObject({
      kind: 'updated',
      notified: 0,
      changes: { status: null, noteRecorded: true },
    });
    expect(outboxCount()).toBe(0);
    expect(world.wakes()).toBe(0);
  });

  it('tells the author and every voter once when the status changes, except members who turned notifications off', () => {
    const { duplicate } = twoItems();
    world.store.votes.cast(duplicate.id, IDS.alice, null, world.clock.now());
    world.store.notifications.set(IDS.guild, IDS.alice, false, world.clock.now());
    const outcome = setTriage(world.deps, set({ number: duplicate.number, status: 'planned' }));
    expect(outcome).toMatchObject({ kind: 'updated', notified: 2 });
    expect(dmRecipients().sort()).toEqual([IDS.bob, IDS.carol].sort());
    expect(dmsTo(IDS.carol)[0]).toContain(`**#${duplicate.number}** (Dark mode) is now **Planned**.`);
    expect(world.wakes()).toBe(1);
  });
});

function list(feature: Feature, overrides: Partial<TriageListInput> = {}): TriageListInput {
  return {
    guildId: IDS.guild,
    featureId: feature.id,
    level: null,
    status: null,
    tag: null,
    sort: 'newest',
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

  it('pages most votes first (ties newest first) by its own keyset, with and without a tag', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const items = seedFeedbackItems(world.store, world.clock.now(), feature, 25, (number) => ({
      tags: number % 2 === 0 ? ['bug'] : ['idea'],
    }));
    world.store.transaction(() => {
      for (const item of items)
        for (let v = 0; v < item.number % 4; v++)
          world.store.votes.cast(item.id, seededMemberId(v), null, world.clock.now());
    });
    const ranked = (tag: string | null) =>
      items
        .filter((item) => tag === null || item.tags.includes(tag))
        .map((item) => ({ number: item.number, votes: item.number % 4 }))
        .sort((a, b) => b.votes - a.votes || b.number - a.number)
        .map((item) => item.number);
    const pageOf = (outcome: ReturnType<typeof listTriagePage>) => {
      if (outcome.kind !== 'page' || outcome.sort !== 'votes') throw new Error('not a votes page');
      return outcome.page;
    };
    const at = (item: FeedbackItem, direction: 'down' | 'up') => ({
      direction,
      votes: item.votes,
      number: item.number,
      id: item.id,
    });

    for (const tag of [null, 'bug']) {
      const first = pageOf(listTriagePage(world.deps, list(feature, { sort: 'votes', tag })));
      expect(first.hasUp).toBe(false);
      const seen = first.items.map((item) => item.number);
      let page = first;
      while (page.hasDown) {
        page = pageOf(
          listTriagePage(
            world.deps,
            list(feature, { sort: 'votes', tag, cursor: at(page.items.at(-1)!, 'down') }),
          ),
        );
        seen.push(...page.items.map((item) => item.number));
      }
      expect(seen).toEqual(ranked(tag));
      if (tag === null) {
        expect(page.items.map((item) => item.votes)).toEqual([0, 0, 0, 0, 0]);
        const back = pageOf(
          listTriagePage(world.deps, list(feature, { sort: 'votes', cursor: at(page.items[0]!, 'up') })),
        );
        expect(back.items.map((item) => item.number)).toEqual(ranked(null).slice(10, 20));
        expect(back).toMatchObject({ hasUp: true, hasDown: true });
      }
    }
    // The total counts every match whatever the order.
    expect(listTriagePage(world.deps, list(feature, { sort: 'votes', tag: 'bug' }))).toMatchObject({
      total: 12,
    });
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
        votes: 0,
        duplicate_of: null,
      },
    ]);
  });

  it('appends each item’s votes and the #M of its original after the contract’s eight columns', async () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const [original, duplicate, other] = seedFeedbackItems(
      world.store,
      world.clock.now(),
      feature,
      3,
      (n) => ({
        authorId: n === 1 ? IDS.alice : IDS.bob,
        body: n === 2 ? 'Same, with "quotes", and a comma' : `Item ${n}`,
      }),
    );
    world.store.votes.cast(original!.id, IDS.carol, null, world.clock.now());
    world.store.votes.cast(duplicate!.id, IDS.maintainer, null, world.clock.now());
    world.store.votes.cast(other!.id, IDS.carol, null, world.clock.now());
    world.store.votes.cast(other!.id, IDS.alice, null, world.clock.now());
    expect(
      setTriage(
        world.deps,
        set({ number: duplicate!.number, status: 'duplicate', duplicateOf: original!.number }),
      ),
    ).toMatchObject({ kind: 'updated' });

    await exportTriage(world.deps, {
      guildId: IDS.guild,
      featureId: feature.id,
      level: null,
      format: 'csv',
      dir,
    });
    const lines = readFileSync(join(dir, 'feedback-dark-mode.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe('id,feature,level,tags,status,author_id,body,created_at,votes,duplicate_of');
    const at = world.clock.now().toISOString();
    expect(lines.slice(1)).toEqual([
      `1,dark-mode,preview,idea,open,${IDS.alice},Item 1,${at},2,`,
      `2,dark-mode,preview,idea,duplicate,${IDS.bob},"Same, with ""quotes"", and a comma",${at},0,1`,
      `3,dark-mode,preview,idea,open,${IDS.bob},Item 3,${at},2,`,
      '',
    ]);

    await exportTriage(world.deps, {
      guildId: IDS.guild,
      featureId: feature.id,
      level: null,
      format: 'json',
      dir,
    });
    const rows = JSON.parse(readFileSync(join(dir, 'feedback-dark-mode.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    expect(rows.map((row) => Object.keys(row))).toEqual(
      Array(3).fill([
        'id',
        'feature',
        'level',
        'tags',
        'status',
        'author_id',
        'body',
        'created_at',
        'votes',
        'duplicate_of',
      ]),
    );
    expect(rows.map((row) => [row.id, row.votes, row.duplicate_of])).toEqual([
      [1, 2, null],
      [2, 0, 1],
      [3, 2, null],
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
