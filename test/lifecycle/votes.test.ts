import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature, FeedbackItem } from '../../src/domain/entities.js';
import type { FeedbackStatus } from '../../src/domain/feedback-rules.js';
import { CLOSED_STATUSES } from '../../src/domain/votes.js';
import {
  castVote,
  mergeDuplicate,
  onStatusChange,
  queueVoteLabelEdit,
  resolveDuplicateOf,
  toggleVote,
  type VoteInput,
  withdrawVote,
} from '../../src/lifecycle/votes.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seedFeature,
  seedFeedback,
  seedGrant,
} from '../support/seed.js';

let world: LifecycleWorld;
let feature: Feature;
let interaction = 0;

beforeEach(() => {
  world = openLifecycleWorld();
  feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
});
afterEach(() => world.close());

const guildId = IDS.guild;
const nextInteraction = () => `interaction-${++interaction}`;
const vote = (number: number, memberId: string = IDS.bob, extra: Partial<VoteInput> = {}): VoteInput => ({
  guildId,
  memberId,
  number,
  roleIds: [],
  interactionId: nextInteraction(),
  ...extra,
});

const voteRows = () =>
  world.store.db
    .prepare(
      'SELECT feedback_id, member_id, source_interaction_id FROM feedback_vote ORDER BY feedback_id, member_id',
    )
    .all();
const votesOf = (item: FeedbackItem) =>
  world.store.db.prepare('SELECT votes FROM feedback WHERE id = ?').pluck().get(item.id) as number;
const outboxRows = () =>
  world.store.db
    .prepare<[], { kind: string; status: string; payload: string }>(
      'SELECT kind, status, payload FROM outbox ORDER BY id',
    )
    .all()
    .map((row) => ({ kind: row.kind, status: row.status, ...JSON.parse(row.payload) }));
const dmsTo = (memberId: string) =>
  outboxRows().filter((row) => row.kind === 'direct-message' && row.userId === memberId);

const item = (overrides: Parameters<typeof seedFeedback>[3] = {}, on: Feature = feature) =>
  seedFeedback(world.store, world.clock.now(), on, overrides);

describe('casting a vote', () => {
  it('backs an open item of a Preview feature and answers with the new count', () => {
    const it1 = item({ authorId: IDS.alice });
    const input = vote(it1.number);
    const outcome = castVote(world.deps, input);
    expect(outcome).toMatchObject({ kind: 'voted', votes: 1, replayed: false, item: { number: it1.number } });
    expect(voteRows()).toEqual([
      { feedback_id: it1.id, member_id: IDS.bob, source_interaction_id: input.interactionId },
    ]);
    expect(votesOf(it1)).toBe(1);
    // No copy in a feedback channel: nothing to edit.
    expect(outboxRows()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('refuses a vote on the member’s own item', () => {
    const own = item({ authorId: IDS.bob });
    expect(castVote(world.deps, vote(own.number))).toMatchObject({
      kind: 'refused',
      reason: 'own-item',
      votes: 0,
    });
    expect(voteRows()).toEqual([]);
  });

  it('refuses a vote on every closed item', () => {
    for (const status of CLOSED_STATUSES) {
      const closed = item({ status });
      expect(castVote(world.deps, vote(closed.number))).toMatchObject({ kind: 'refused', reason: 'closed' });
    }
    expect(voteRows()).toEqual([]);
  });

  it('refuses a vote on an Early Access item without access, and takes it with the role or a grant', () => {
    const early = seedFeature(world.store, world.clock.now(), { key: 'beta', name: 'Beta' });
    const target = item({ authorId: IDS.alice }, early);
    expect(castVote(world.deps, vote(target.number))).toMatchObject({
      kind: 'refused',
      reason: 'no-access',
      feature: { key: 'beta' },
    });
    expect(castVote(world.deps, vote(target.number, IDS.bob, { roleIds: [IDS.role] }))).toMatchObject({
      kind: 'voted',
    });
    seedGrant(world.store, world.clock.now(), early, IDS.carol);
    expect(castVote(world.deps, vote(target.number, IDS.carol))).toMatchObject({ kind: 'voted', votes: 2 });
  });

  it('refuses a vote on a retired feature’s item', () => {
    const early = seedFeature(world.store, world.clock.now(), { key: 'beta', name: 'Beta' });
    const target = item({}, early);
    world.store.features.retire(early.id, IDS.maintainer, 'dropped', world.clock.now());
    expect(castVote(world.deps, vote(target.number, IDS.bob, { roleIds: [IDS.role] }))).toMatchObject({
      kind: 'refused',
      reason: 'retired',
    });
    expect(voteRows()).toEqual([]);
  });

  it('refuses a second vote and tells the count', () => {
    const target = item();
    castVote(world.deps, vote(target.number, IDS.carol));
    castVote(world.deps, vote(target.number));
    expect(castVote(world.deps, vote(target.number))).toMatchObject({
      kind: 'refused',
      reason: 'already-voted',
      votes: 2,
    });
    expect(votesOf(target)).toBe(2);
  });

  it('refuses an unknown item, also one whose number exists only in another server', () => {
    const elsewhere = seedFeature(world.store, world.clock.now(), {
      guildId: IDS.otherGuild,
      key: 'x',
      name: 'X',
    });
    const foreign = item({}, elsewhere);
    expect(castVote(world.deps, vote(42))).toEqual({ kind: 'refused', reason: 'unknown-item', number: 42 });
    expect(castVote(world.deps, vote(foreign.number))).toEqual({
      kind: 'refused',
      reason: 'unknown-item',
      number: foreign.number,
    });
    expect(voteRows()).toEqual([]);
  });

  it('counts a replayed interaction once and answers it with the current count', () => {
    const target = item();
    const input = vote(target.number);
    castVote(world.deps, input);
    castVote(world.deps, vote(target.number, IDS.carol));
    expect(castVote(world.deps, input)).toMatchObject({ kind: 'voted', votes: 2, replayed: true });
    expect(votesOf(target)).toBe(2);
  });
});

describe('withdrawing a vote', () => {
  it('removes the vote, lowers the count and ends following', () => {
    const target = item({ authorId: IDS.alice });
    castVote(world.deps, vote(target.number));
    world.store.votes.follow(target.id, IDS.bob, world.clock.now());
    expect(withdrawVote(world.deps, vote(target.number))).toMatchObject({ kind: 'withdrawn', votes: 0 });
    expect(voteRows()).toEqual([]);
    expect(world.store.votes.followers(target.id)).toEqual([IDS.alice]);
  });

  it('refuses to withdraw a vote the member did not cast', () => {
    const target = item();
    castVote(world.deps, vote(target.number, IDS.carol));
    expect(withdrawVote(world.deps, vote(target.number))).toMatchObject({
      kind: 'refused',
      reason: 'not-voted',
      votes: 1,
    });
  });

  it('ignores a replayed withdrawal and a replayed cast after the vote was withdrawn', () => {
    const target = item();
    const cast = vote(target.number);
    const withdrawal = vote(target.number);
    castVote(world.deps, cast);
    withdrawVote(world.deps, withdrawal);
    castVote(world.deps, vote(target.number, IDS.carol));
    expect(withdrawVote(world.deps, withdrawal)).toMatchObject({
      kind: 'withdrawn',
      replayed: true,
      votes: 1,
    });
    expect(castVote(world.deps, cast)).toMatchObject({ kind: 'voted', replayed: true, votes: 1 });
    expect(voteRows()).toEqual([expect.objectContaining({ member_id: IDS.carol })]);
  });
});

describe('the vote button', () => {
  function withCopy(target: FeedbackItem, messageId: string | null = '900000000000000001') {
    const outboxId = world.store.outbox.enqueue(
      guildId,
      {
        kind: 'message',
        channelId: IDS.feedbackChannel,
        body: { content: 'copy', allowed_mentions: { parse: [] } },
      },
      null,
      world.clock.now(),
    );
    world.store.votes.recordCopy(target.id, IDS.feedbackChannel, outboxId);
    if (messageId) world.store.outbox.markDelivered(outboxId, messageId, world.clock.now());
    return outboxId;
  }
  const press = (target: FeedbackItem, memberId: string = IDS.bob, interactionId = nextInteraction()) =>
    toggleVote(world.deps, {
      guildId,
      memberId,
      feedbackId: target.id,
      roleIds: [],
      interactionId,
      message: { channelId: IDS.feedbackChannel, messageId: '900000000000000001' },
    });
  const edits = () => outboxRows().filter((row) => row.kind === 'message-edit');

  it('casts the presser’s vote, then withdraws it, and queues an edit of the copy’s label each time', () => {
    const target = item();
    const postedBy = withCopy(target);
    expect(press(target)).toMatchObject({ kind: 'voted', votes: 1 });
    expect(edits()).toEqual([
      {
        kind: 'message-edit',
        status: 'pending',
        channelId: IDS.feedbackChannel,
        messageId: '900000000000000001',
        postedBy,
        body: world.deps.render.voteButtons(
          'en-US',
          { id: target.id, number: target.number, closed: false },
          1,
        ),
      },
    ]);
    expect(press(target)).toMatchObject({ kind: 'withdrawn', votes: 0 });
    expect(edits().map((e) => e.body)).toEqual([
      world.deps.render.voteButtons('en-US', { id: target.id, number: target.number, closed: false }, 1),
      world.deps.render.voteButtons('en-US', { id: target.id, number: target.number, closed: false }, 0),
    ]);
    expect(world.wakes()).toBe(2);
  });

  it('labels the button in the server’s language', () => {
    world.store.settings.setLanguage(guildId, 'fr', world.clock.now());
    const target = item();
    withCopy(target);
    press(target);
    const [edit] = edits();
    expect(edit.body.components[0].components[0].label).toBe('Voter · 1');
  });

  it('applies every rule of a vote: the author’s press is refused', () => {
    const target = item({ authorId: IDS.bob });
    withCopy(target);
    expect(press(target)).toMatchObject({ kind: 'refused', reason: 'own-item' });
    expect(edits()).toEqual([]);
  });

  it('turns 500 presses into at most two pending edits, the last one showing the final count', () => {
    const target = item();
    withCopy(target);
    for (let i = 0; i < 500; i++) press(target, `5000000000000${String(i).padStart(5, '0')}`);
    const pending = edits();
    expect(pending.length).toBeLessThanOrEqual(2);
    expect(pending.at(-1)!.body).toEqual(
      world.deps.render.voteButtons('en-US', { id: target.id, number: target.number, closed: false }, 500),
    );
    expect(votesOf(target)).toBe(500);
  });

  it('counts a replayed press once', () => {
    const target = item();
    withCopy(target);
    press(target, IDS.bob, 'press-1');
    expect(press(target, IDS.bob, 'press-1')).toMatchObject({ kind: 'voted', replayed: true, votes: 1 });
    expect(votesOf(target)).toBe(1);
  });

  it('learns the copy’s message id from the press when the outbox has not recorded it', () => {
    const target = item();
    withCopy(target, null);
    press(target);
    expect(world.store.votes.copyOf(target.id)?.messageId).toBe('900000000000000001');
  });

  it('edits a copy that is still being posted through the row that posts it', () => {
    const target = item();
    const postedBy = withCopy(target, null);
    queueVoteLabelEdit(world.deps, target, 3, world.clock.now());
    expect(edits()).toEqual([expect.objectContaining({ messageId: null, postedBy })]);
  });
});

describe('duplicate_of', () => {
  it('requires an original with duplicate and refuses one otherwise', () => {
    const dup = item();
    const original = item();
    expect(resolveDuplicateOf(world.deps, dup, 'duplicate', null)).toEqual({
      ok: false,
      reason: 'duplicate-of-required',
      number: null,
    });
    expect(resolveDuplicateOf(world.deps, dup, 'planned', original.number)).toMatchObject({
      ok: false,
      reason: 'duplicate-of-not-duplicate',
    });
    expect(resolveDuplicateOf(world.deps, dup, 'duplicate', original.number)).toMatchObject({
      ok: true,
      original: { id: original.id },
    });
    expect(resolveDuplicateOf(world.deps, dup, 'planned', null)).toEqual({ ok: true, original: null });
  });

  it('refuses the item itself, another duplicate, and a number that exists only in another server', () => {
    const dup = item();
    const earlier = item({ status: 'duplicate' });
    const elsewhere = seedFeature(world.store, world.clock.now(), {
      guildId: IDS.otherGuild,
      key: 'x',
      name: 'X',
    });
    seedFeedback(world.store, world.clock.now(), elsewhere);
    seedFeedback(world.store, world.clock.now(), elsewhere);
    const foreign = seedFeedback(world.store, world.clock.now(), elsewhere);
    expect(resolveDuplicateOf(world.deps, dup, 'duplicate', dup.number)).toMatchObject({
      ok: false,
      reason: 'original-itself',
    });
    expect(resolveDuplicateOf(world.deps, dup, 'duplicate', earlier.number)).toMatchObject({
      ok: false,
      reason: 'original-is-duplicate',
    });
    expect(resolveDuplicateOf(world.deps, dup, 'duplicate', foreign.number)).toEqual({
      ok: false,
      reason: 'original-unknown',
      number: foreign.number,
    });
  });
});

describe('merging a duplicate', () => {
  const setStatus = (target: FeedbackItem, status: FeedbackStatus) =>
    world.store.feedback.applyTriage(
      {
        feedbackId: target.id,
        actorId: IDS.maintainer,
        oldStatus: target.status,
        newStatus: status,
        oldTags: target.tags,
        newTags: null,
        note: null,
      },
      world.clock.now(),
    );

  it('moves votes and followers to the original without counting anyone twice', () => {
    const original = item({ authorId: IDS.alice });
    const dup = item({ authorId: IDS.bob });
    const dave = '300000000000000014';
    const erin = '300000000000000015';
    castVote(world.deps, vote(original.number, IDS.carol));
    castVote(world.deps, vote(dup.number, IDS.carol)); // backs both: counted once
    castVote(world.deps, vote(dup.number, IDS.alice)); // the original's author: not a voter of her own item
    castVote(world.deps, vote(dup.number, dave));
    world.store.votes.follow(dup.id, erin, world.clock.now());
    const pointing = item({ status: 'duplicate' });
    world.store.votes.setDuplicateOf(pointing.id, dup.id);

    const result = world.store.transaction(() => {
      setStatus(dup, 'duplicate');
      return mergeDuplicate(world.deps, dup, original, 'Same crash', world.clock.now());
    });

    expect(result).toEqual({ votesMoved: 1, notified: 5 });
    expect(votesOf(original)).toBe(2);
    expect(votesOf(dup)).toBe(0);
    expect(world.store.votes.hasVoted(original.id, IDS.alice)).toBe(false);
    expect(world.store.votes.followers(original.id).sort()).toEqual(
      [IDS.alice, IDS.bob, IDS.carol, dave, erin].sort(),
    );
    expect(world.store.votes.followers(dup.id)).toEqual([IDS.bob]);
    expect(world.store.feedback.findById(dup.id)!.duplicateOf).toBe(original.id);
    expect(world.store.feedback.findById(pointing.id)!.duplicateOf).toBe(original.id);
    // The duplicate's followers (author, voters, follower) are told the original's number, once each.
    for (const member of [IDS.bob, IDS.carol, IDS.alice, dave, erin]) {
      const dms = dmsTo(member);
      expect(dms).toHaveLength(1);
      expect(dms[0]).toMatchObject({ fallbackChannelId: null, notification: true });
      expect(dms[0].body.content).toContain(`#${original.number}`);
      expect(dms[0].body.content).toContain('Same crash');
    }
  });

  it('skips the followers who turned notifications off', () => {
    const original = item({ authorId: IDS.alice });
    const dup = item({ authorId: IDS.bob });
    castVote(world.deps, vote(dup.number, IDS.carol));
    world.store.notifications.set(guildId, IDS.carol, false, world.clock.now());
    world.store.transaction(() => mergeDuplicate(world.deps, dup, original, null, world.clock.now()));
    expect(dmsTo(IDS.carol)).toEqual([]);
    expect(dmsTo(IDS.bob)).toHaveLength(1);
    expect(votesOf(original)).toBe(1);
  });
});

describe('what a status change causes', () => {
  it('notifies nobody when the status stays (tags or a note alone)', () => {
    const target = item();
    castVote(world.deps, vote(target.number));
    const queued = onStatusChange(
      world.deps,
      { item: target, oldStatus: 'open', newStatus: 'open', note: 'retagged', original: null },
      world.clock.now(),
    );
    expect(queued).toBe(0);
    expect(outboxRows()).toEqual([]);
  });

  it('tells the author and each voter once, and forgets the original when leaving duplicate', () => {
    const target = item({ authorId: IDS.alice, status: 'duplicate' });
    const original = item();
    world.store.votes.setDuplicateOf(target.id, original.id);
    castVote(world.deps, vote(target.number, IDS.bob)); // refused: closed
    world.store.votes.cast(target.id, IDS.carol, null, world.clock.now());
    const queued = onStatusChange(
      world.deps,
      { item: target, oldStatus: 'duplicate', newStatus: 'planned', note: null, original: null },
      world.clock.now(),
    );
    expect(queued).toBe(2);
    expect(dmsTo(IDS.alice)).toHaveLength(1);
    expect(dmsTo(IDS.carol)).toHaveLength(1);
    expect(dmsTo(IDS.bob)).toEqual([]);
    expect(world.store.feedback.findById(target.id)!.duplicateOf).toBeNull();
  });

  it('merges into the original when the new status is duplicate', () => {
    const original = item();
    const dup = item({ authorId: IDS.bob });
    world.store.votes.cast(dup.id, IDS.carol, null, world.clock.now());
    onStatusChange(
      world.deps,
      { item: dup, oldStatus: 'open', newStatus: 'duplicate', note: null, original },
      world.clock.now(),
    );
    expect(votesOf(original)).toBe(1);
    expect(votesOf(dup)).toBe(0);
  });
});
