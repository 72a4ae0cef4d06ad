import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature, FeedbackItem } from '../../src/domain/entities.js';
import { ERASED_BODY } from '../../src/domain/member-data.js';
import {
  DATA_DELETED_REASON,
  eraseMemberData,
  exportMemberData,
  previewErasure,
} from '../../src/lifecycle/member-data.js';
import {
  queueStatusNotifications,
  queueThanksBatch,
  setNotifications,
} from '../../src/lifecycle/notifications.js';
import { exportTriage } from '../../src/lifecycle/triage.js';
import { castVote, mergeDuplicate, votableChoices, withdrawVote } from '../../src/lifecycle/votes.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seedFeature,
  seedFeedback,
  seedGrant,
} from '../support/seed.js';

let world: LifecycleWorld;
let dir: string;
let darkMode: Feature;
let search: Feature;
let interaction = 0;

beforeEach(() => {
  world = openLifecycleWorld();
  dir = mkdtempSync(join(tmpdir(), 'stagegate-mydata-test-'));
  darkMode = seedFeature(world.store, world.clock.now(), { level: 'preview' });
  search = seedFeature(world.store, world.clock.now(), {
    key: 'search',
    name: 'Search',
    roleId: IDS.otherRole,
  });
});
afterEach(() => {
  world.close();
  rmSync(dir, { recursive: true, force: true });
});

const guildId = IDS.guild;
const alice = { guildId, memberId: IDS.alice };
const nextInteraction = () => `6000000000000${String(++interaction).padStart(5, '0')}`;
const now = () => world.clock.now();
const give = (authorId: string, body: string, on: Feature = darkMode) =>
  seedFeedback(world.store, now(), on, { authorId, body, tags: ['bug'] });
const voteOn = (item: FeedbackItem, memberId: string) =>
  castVote(world.deps, {
    guildId,
    memberId,
    number: item.number,
    roleIds: [],
    interactionId: nextInteraction(),
  });

const row = <T>(sql: string, ...params: unknown[]) => world.store.db.prepare(sql).get(...params) as T;
const rows = <T>(sql: string, ...params: unknown[]) => world.store.db.prepare(sql).all(...params) as T[];
const outbox = () =>
  rows<{ kind: string; payload: string; actor_id: string | null }>(
    'SELECT kind, payload, actor_id FROM outbox ORDER BY id',
  ).map((r) => ({ kind: r.kind, actorId: r.actor_id, ...JSON.parse(r.payload) }));

interface ExportFile {
  format: string;
  format_version: number;
  guild_id: string;
  member_id: string;
  exported_at: string;
  notifications: { setting: string; updated_at: string } | null;
  feedback: Record<string, unknown>[];
  votes: Record<string, unknown>[];
  withdrawn_votes: Record<string, unknown>[];
  follows: Record<string, unknown>[];
  access: Record<string, unknown>[];
  waitlist: Record<string, unknown>[];
  invites: Record<string, unknown>[];
}

async function exportOf(memberId: string, options: { batchRows?: number; maxBytes?: number } = {}) {
  const outcome = await exportMemberData(world.deps, { guildId, memberId, dir }, options);
  if (outcome.kind !== 'exported') throw new Error(`not exported: ${outcome.reason}`);
  const text = readFileSync(outcome.path, 'utf8');
  return { outcome, text, file: JSON.parse(text) as ExportFile };
}

/**
 * Alice's life in the server: two items (one triaged with a maintainer's note, one backed by Bob),
 * a vote on Bob's item, a vote she withdrew on Carol's, a follow handed over by a duplicate, access to
 * Dark mode, a revoked grant and a waitlist place on Search, an invite made for her, notifications off;
 * and an item in another server. Bob and Carol write text of their own.
 */
function aliceLife() {
  const first = give(IDS.alice, 'Flickers when the laptop wakes up');
  world.store.feedback.applyTriage(
    {
      feedbackId: first.id,
      actorId: IDS.maintainer,
      oldStatus: 'open',
      newStatus: 'planned',
      oldTags: first.tags,
      newTags: null,
      note: 'Internal: blame the GPU vendor',
    },
    now(),
  );
  world.clock.advance(1000);
  const second = give(IDS.alice, 'Contrast too low in menus');
  const bobs = give(IDS.bob, 'Bob’s private complaint');
  const carols = give(IDS.carol, 'Carol’s own words');
  voteOn(second, IDS.bob);
  voteOn(bobs, IDS.alice);
  voteOn(carols, IDS.alice);
  withdrawVote(world.deps, {
    guildId,
    memberId: IDS.alice,
    number: carols.number,
    roleIds: [],
    interactionId: nextInteraction(),
  });
  world.store.votes.follow(carols.id, IDS.alice, now());
  seedGrant(world.store, now(), darkMode, IDS.alice, 'sign-up');
  seedGrant(world.store, now(), search, IDS.alice, 'invite');
  world.store.access.revoke(search.id, IDS.alice, IDS.maintainer, 'Shared the build outside', now());
  world.store.waitlist.join(search.id, IDS.alice, now());
  world.store.waitlist.join(search.id, IDS.bob, now());
  world.store.invites.create(
    {
      code: 'ABCDEFGHJKMNPQRS',
      featureId: search.id,
      createdBy: IDS.maintainer,
      targetMemberId: IDS.alice,
      maxUses: 1,
      expiresAt: new Date('2026-02-01T00:00:00.000Z'),
    },
    now(),
  );
  setNotifications(world.deps, { ...alice, enabled: false });
  const elsewhere = seedFeature(world.store, now(), { guildId: IDS.otherGuild, key: 'dark-mode' });
  const otherServer = give(IDS.alice, 'Said in another server', elsewhere);
  return { first, second, bobs, carols, otherServer };
}

describe('/mydata export', () => {
  it('writes everything stored about the member in the server, and no other member’s text or id', async () => {
    const { first, second, bobs, carols } = aliceLife();

    const { outcome, text, file } = await exportOf(IDS.alice);

    expect(outcome).toMatchObject({
      kind: 'exported',
      fileName: `stagegate-data-${guildId}.json`,
      counts: { feedback: 2, votes: 1, records: 7 },
    });
    expect(file).toEqual({
      format: 'stagegate-member-data',
      format_version: 1,
      guild_id: guildId,
      member_id: IDS.alice,
      exported_at: now().toISOString(),
      notifications: { setting: 'off', updated_at: now().toISOString() },
      feedback: [
        {
          id: first.number,
          feature: 'dark-mode',
          level: 'preview',
          tags: ['bug'],
          status: 'planned',
          body: 'Flickers when the laptop wakes up',
          created_at: first.createdAt.toISOString(),
          votes: 0,
          duplicate_of: null,
        },
        {
          id: second.number,
          feature: 'dark-mode',
          level: 'preview',
          tags: ['bug'],
          status: 'open',
          body: 'Contrast too low in menus',
          created_at: second.createdAt.toISOString(),
          votes: 1,
          duplicate_of: null,
        },
      ],
      votes: [{ feedback: bobs.number, feature: 'dark-mode', created_at: now().toISOString() }],
      withdrawn_votes: [{ feedback: carols.number, feature: 'dark-mode', withdrawn_at: now().toISOString() }],
      follows: [{ feedback: carols.number, feature: 'dark-mode', since: now().toISOString() }],
      access: [
        {
          feature: 'dark-mode',
          how: 'sign-up',
          terms_version: 0,
          terms_accepted_at: now().toISOString(),
          granted_at: now().toISOString(),
          revoked_at: null,
          revoked_by: null,
          revoke_reason: null,
        },
        {
          feature: 'search',
          how: 'invite',
          terms_version: 0,
          terms_accepted_at: now().toISOString(),
          granted_at: now().toISOString(),
          revoked_at: now().toISOString(),
          revoked_by: 'maintainer',
          // Written by a maintainer, about her access: she was told it by DM.
          revoke_reason: 'Shared the build outside',
        },
      ],
      waitlist: [{ feature: 'search', joined_at: now().toISOString(), closed_at: null, close_reason: null }],
      invites: [
        {
          feature: 'search',
          code: 'ABCDEFGHJKMNPQRS',
          created_at: now().toISOString(),
          expires_at: '2026-02-01T00:00:00.000Z',
          uses: 0,
          max_uses: 1,
          revoked: false,
        },
      ],
    });
    for (const foreign of [
      'Bob’s private complaint',
      'Carol’s own words',
      'Internal: blame the GPU vendor',
      'Said in another server',
      IDS.bob,
      IDS.carol,
      IDS.maintainer,
    ]) {
      expect(text).not.toContain(foreign);
    }
  });

  it('gives a member with nothing stored a file of empty lists', async () => {
    give(IDS.bob, 'Not Alice’s');
    const { outcome, file } = await exportOf(IDS.alice);
    expect(outcome.counts).toEqual({ feedback: 0, votes: 0, records: 0 });
    expect(file).toMatchObject({
      notifications: null,
      feedback: [],
      votes: [],
      withdrawn_votes: [],
      follows: [],
      access: [],
      waitlist: [],
      invites: [],
    });
    expect(previewErasure(world.deps, alice)).toEqual({ kind: 'nothing' });
  });

  it('reads the rows in batches and writes each one once, in order', async () => {
    const items = Array.from({ length: 7 }, (_, i) => give(IDS.alice, `Item ${i}`));
    const others = Array.from({ length: 5 }, (_, i) => give(IDS.bob, `Other ${i}`));
    for (const other of others) voteOn(other, IDS.alice);
    const { file } = await exportOf(IDS.alice, { batchRows: 2 });
    expect(file.feedback.map((f) => f.id)).toEqual(items.map((i) => i.number));
    expect(file.votes.map((v) => v.feedback)).toEqual(others.map((o) => o.number));
  });

  it('refuses a file larger than the attachment limit instead of cutting it', async () => {
    give(IDS.alice, 'x'.repeat(4000));
    give(IDS.alice, 'y'.repeat(4000));
    const outcome = await exportMemberData(world.deps, { ...alice, dir }, { maxBytes: 6000 });
    expect(outcome).toEqual({ kind: 'refused', reason: 'too-large', maxBytes: 6000 });
  });
});

describe('/mydata delete', () => {
  const confirm = (confirmationId = '700000000000000001') =>
    eraseMemberData(world.deps, { ...alice, confirmationId });

  it('previews what the erasure would erase, changing nothing', () => {
    aliceLife();
    const before = rows('SELECT * FROM feedback ORDER BY id');
    expect(previewErasure(world.deps, alice)).toEqual({
      kind: 'preview',
      summary: {
        feedback: 2,
        votes: 1,
        withdrawnVotes: 1,
        follows: 1,
        waitlist: 1,
        notificationSetting: true,
        access: ['Dark mode'],
      },
    });
    expect(rows('SELECT * FROM feedback ORDER BY id')).toEqual(before);
  });

  it('erases exactly what product.md §9 says and keeps the rest', () => {
    const { first, second, bobs, carols, otherServer } = aliceLife();
    const triageEvents = rows('SELECT * FROM triage_event');
    const invites = rows('SELECT * FROM invite');
    const wakes = world.wakes();

    const outcome = confirm();

    expect(outcome).toEqual({
      kind: 'erased',
      replayed: false,
      summary: {
        feedback: 2,
        votes: 1,
        withdrawnVotes: 1,
        follows: 1,
        waitlist: 1,
        notificationSetting: true,
        access: ['Dark mode'],
      },
    });
    // Her items stay with their numbers, statuses, tags and votes; the body is the marker, no author.
    expect(
      rows(
        'SELECT number, author_id, body, status, votes FROM feedback WHERE guild_id = ? ORDER BY id',
        guildId,
      ),
    ).toEqual([
      { number: first.number, author_id: null, body: ERASED_BODY, status: 'planned', votes: 0 },
      { number: second.number, author_id: null, body: ERASED_BODY, status: 'open', votes: 1 },
      { number: bobs.number, author_id: IDS.bob, body: 'Bob’s private complaint', status: 'open', votes: 0 },
      { number: carols.number, author_id: IDS.carol, body: 'Carol’s own words', status: 'open', votes: 0 },
    ]);
    expect(world.store.feedback.findById(second.id)!.tags).toEqual(['bug']);
    // Bob's vote on her item stays; hers are gone and the counts (tags too) follow.
    expect(rows('SELECT feedback_id, member_id FROM feedback_vote')).toEqual([
      { feedback_id: second.id, member_id: IDS.bob },
    ]);
    expect(row('SELECT votes FROM feedback_tag WHERE feedback_id = ?', bobs.id)).toEqual({ votes: 0 });
    expect(rows('SELECT * FROM vote_withdrawal WHERE member_id = ?', IDS.alice)).toEqual([]);
    expect(rows('SELECT * FROM feedback_follow WHERE member_id = ?', IDS.alice)).toEqual([]);
    expect(rows('SELECT member_id FROM waitlist_entry')).toEqual([{ member_id: IDS.bob }]);
    expect(rows('SELECT * FROM notification_setting')).toEqual([]);
    // Live access is revoked by herself, the history and the invite made for her stay.
    expect(
      rows(
        'SELECT feature_id, revoked_by, revoke_reason FROM access_grant WHERE member_id = ? ORDER BY id',
        IDS.alice,
      ),
    ).toEqual([
      { feature_id: darkMode.id, revoked_by: IDS.alice, revoke_reason: DATA_DELETED_REASON },
      { feature_id: search.id, revoked_by: IDS.maintainer, revoke_reason: 'Shared the build outside' },
    ]);
    expect(rows('SELECT * FROM invite')).toEqual(invites);
    expect(rows('SELECT * FROM triage_event')).toEqual(triageEvents);
    // The role removal leaves through the outbox, its audit-log reason in the server's language.
    expect(outbox().filter((e) => e.kind === 'role-remove')).toEqual([
      {
        kind: 'role-remove',
        actorId: null,
        memberId: IDS.alice,
        roleId: IDS.role,
        reason: 'Stagegate: member erased their data (dark-mode)',
      },
    ]);
    expect(world.wakes()).toBe(wakes + 1);
    // Another server's data is another server's.
    expect(world.store.feedback.findById(otherServer.id)).toMatchObject({
      authorId: IDS.alice,
      body: 'Said in another server',
    });
    expect(previewErasure(world.deps, alice)).toEqual({ kind: 'nothing' });
  });

  it('counts once when the confirmation is pressed again or replayed, and erases nothing more', () => {
    aliceLife();
    const first = confirm();
    const outboxAfter = outbox();
    const wakes = world.wakes();
    // Alice gives new feedback afterwards: a replay of the old confirmation must not erase it.
    const later = give(IDS.alice, 'A new thought');

    const again = confirm();

    expect(again).toEqual({ ...first, replayed: true });
    expect(outbox()).toEqual(outboxAfter);
    expect(world.wakes()).toBe(wakes);
    expect(world.store.feedback.findById(later.id)).toMatchObject({
      authorId: IDS.alice,
      body: 'A new thought',
    });
    expect(row('SELECT count(*) AS n FROM member_data_erasure')).toEqual({ n: 1 });
  });

  it('answers an empty erasure for a member with nothing stored, and records no member id', () => {
    const outcome = confirm('700000000000000009');
    expect(outcome.summary).toEqual({
      feedback: 0,
      votes: 0,
      withdrawnVotes: 0,
      follows: 0,
      waitlist: 0,
      notificationSetting: false,
      access: [],
    });
    expect(outbox()).toEqual([]);
    expect(JSON.stringify(rows('SELECT * FROM member_data_erasure'))).not.toContain(IDS.alice);
  });

  it('edits the copies of erased items and the vote labels of items the member backed', () => {
    const { second, bobs } = aliceLife();
    const copy = (item: FeedbackItem, messageId: string) => {
      const outboxId = world.store.outbox.enqueue(
        guildId,
        {
          kind: 'message',
          channelId: IDS.feedbackChannel,
          body: { content: 'copy', allowed_mentions: { parse: [] } },
        },
        null,
        now(),
      );
      world.store.votes.recordCopy(item.id, IDS.feedbackChannel, outboxId);
      world.store.outbox.markDelivered(outboxId, messageId, now());
    };
    copy(second, '900000000000000001');
    copy(bobs, '900000000000000002');

    confirm();

    const edits = outbox().filter((e) => e.kind === 'message-edit');
    expect(edits).toHaveLength(2);
    const erasedCopy = edits[0]!;
    const label = edits[1]!;
    expect(erasedCopy).toMatchObject({ channelId: IDS.feedbackChannel, messageId: '900000000000000001' });
    expect(erasedCopy.body.embeds[0].description).toBe(ERASED_BODY);
    expect(erasedCopy.body.embeds[0].fields).toContainEqual({
      name: 'From',
      value: '(erased)',
      inline: true,
    });
    expect(JSON.stringify(erasedCopy.body)).not.toContain(IDS.alice);
    expect(erasedCopy.body.components).toEqual(
      world.deps.render.voteButtons('en-US', { id: second.id, number: second.number, closed: false }, 1)
        .components,
    );
    expect(label).toMatchObject({
      messageId: '900000000000000002',
      body: world.deps.render.voteButtons('en-US', { id: bobs.id, number: bobs.number, closed: false }, 0),
    });
  });
  it('keeps the erased text when a later vote replaces the waiting edit of the copy', () => {
    const { second } = aliceLife();
    const outboxId = world.store.outbox.enqueue(
      guildId,
      {
        kind: 'message',
        channelId: IDS.feedbackChannel,
        body: { content: 'copy', allowed_mentions: { parse: [] } },
      },
      null,
      now(),
    );
    world.store.votes.recordCopy(second.id, IDS.feedbackChannel, outboxId);
    // An edit of the label is already queued (it may be in flight): the erasure's edit waits behind it.
    voteOn(world.store.feedback.findById(second.id)!, IDS.carol);
    confirm();
    voteOn(world.store.feedback.findById(second.id)!, '300000000000000099');

    const edits = outbox().filter((e) => e.kind === 'message-edit');
    expect(edits).toHaveLength(2);
    expect(edits[1]!.body.embeds[0].description).toBe(ERASED_BODY);
    expect(edits[1]!.body.components).toEqual(
      world.deps.render.voteButtons('en-US', { id: second.id, number: second.number, closed: false }, 3)
        .components,
    );
  });
});

describe('an item whose author erased their data', () => {
  it('leaves no trace of the erased text in the database file', () => {
    const words = 'Zebra-crossing-unique-words-4711';
    // SQLite writes the shorter marker over the end of the freed space: the start would linger.
    give(IDS.alice, `${words} ${'Long story. '.repeat(40)}`);
    world.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(world.store.db.name).includes(words)).toBe(true);
    eraseMemberData(world.deps, { ...alice, confirmationId: '700000000000000004' });
    world.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(world.store.db.name).includes(words)).toBe(false);
    expect(world.store.db.pragma('secure_delete', { simple: true })).toBe(0);
  });

  it('is exported by /triage export without an author', async () => {
    const item = give(IDS.alice, 'Erase me');
    eraseMemberData(world.deps, { ...alice, confirmationId: '700000000000000005' });
    for (const format of ['json', 'csv'] as const) {
      const outcome = await exportTriage(world.deps, {
        guildId,
        featureId: darkMode.id,
        level: null,
        format,
        dir,
      });
      if (outcome.kind !== 'exported') throw new Error('not exported');
      const text = readFileSync(outcome.path, 'utf8');
      if (format === 'json') {
        expect(JSON.parse(text)).toMatchObject([{ id: item.number, author_id: null, body: ERASED_BODY }]);
      } else {
        expect(text.split('\r\n')[1]).toBe(
          `${item.number},dark-mode,preview,bug,open,,${ERASED_BODY},${item.createdAt.toISOString()},0,`,
        );
      }
    }
  });

  function erasedItem() {
    const item = give(IDS.alice, 'Soon erased');
    voteOn(item, IDS.bob);
    eraseMemberData(world.deps, { ...alice, confirmationId: '700000000000000002' });
    return world.store.feedback.findById(item.id)!;
  }

  it('still takes votes, from anyone who may vote, its former author included', () => {
    const item = erasedItem();
    expect(voteOn(item, IDS.carol)).toMatchObject({ kind: 'voted', votes: 2 });
    expect(voteOn(item, IDS.alice)).toMatchObject({ kind: 'voted', votes: 3 });
    const suggested = votableChoices(world.deps, { guildId, memberId: IDS.carol, roleIds: [], typed: '' });
    expect(suggested).toEqual([]);
    expect(
      votableChoices(world.deps, { guildId, memberId: '300000000000000099', roleIds: [], typed: '' }).map(
        (c) => c.number,
      ),
    ).toEqual([item.number]);
  });

  it('notifies its voters only, thanks nobody for it, and passes its votes on as a duplicate', () => {
    const item = erasedItem();
    const queued = world.store.transaction(() =>
      queueStatusNotifications(world.deps, item, 'planned', null, now()),
    );
    expect(queued).toBe(1);
    expect(
      outbox()
        .filter((e) => e.kind === 'direct-message')
        .map((e) => e.userId),
    ).toEqual([IDS.bob]);

    const promoted = { ...darkMode, level: 'ga' as const };
    expect(
      world.store.transaction(
        () => queueThanksBatch(world.deps, promoted, 'preview', null, 100, now()).thanked,
      ),
    ).toBe(0);

    const original = give(IDS.carol, 'The original');
    const merged = world.store.transaction(() => mergeDuplicate(world.deps, item, original, null, now()));
    expect(merged.votesMoved).toBe(1);
    // The duplicate's followers move over; an erased author is nobody to follow.
    expect(world.store.votes.followers(original.id).sort()).toEqual([IDS.bob, IDS.carol].sort());

    const erasedOriginal = erasedItemOf(IDS.bob, '700000000000000003');
    const duplicate = give(IDS.carol, 'Same again');
    voteOn(duplicate, IDS.alice);
    world.store.transaction(() => mergeDuplicate(world.deps, duplicate, erasedOriginal, null, now()));
    expect(world.store.votes.count(erasedOriginal.id)).toBe(1);
  });
});

function erasedItemOf(memberId: string, confirmationId: string): FeedbackItem {
  const item = give(memberId, 'Erased original');
  eraseMemberData(world.deps, { guildId, memberId, confirmationId });
  return world.store.feedback.findById(item.id)!;
}
