import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/domain/entities.js';
import type { FeedbackFilter } from '../../src/store/feedback-repository.js';
import { PARTICIPANTS_SQL, RANKING_SQL } from '../../src/store/vote-repository.js';
import { TestClock } from '../support/clock.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedFeedback } from '../support/seed.js';

let world: LifecycleWorld;
let feature: Feature;
const clock = new TestClock();
const now = clock.now();

beforeEach(() => {
  world = openLifecycleWorld();
  feature = seedFeature(world.store, now, { level: 'preview' });
});
afterEach(() => world.close());

const planOf = (sql: string, ...params: unknown[]) =>
  (world.store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
    .map((row) => row.detail)
    .join(' | ');

describe('vote counts', () => {
  it('keeps feedback.votes in step with the vote rows on cast, withdraw and duplicate votes', () => {
    const item = seedFeedback(world.store, now, feature);
    const { votes } = world.store;
    expect(votes.cast(item.id, IDS.bob, 'i-1', now)).toBe(true);
    expect(votes.cast(item.id, IDS.carol, 'i-2', now)).toBe(true);
    expect(votes.cast(item.id, IDS.bob, 'i-3', now)).toBe(false);
    expect(votes.count(item.id)).toBe(2);
    expect(world.store.feedback.findByNumber(IDS.guild, item.number)!.votes).toBe(2);
    expect(votes.withdraw(item.id, IDS.bob, 'i-4', now)).toBe(true);
    expect(votes.withdraw(item.id, IDS.bob, 'i-5', now)).toBe(false);
    expect(votes.count(item.id)).toBe(1);
  });

  it('remembers which interaction cast or withdrew a vote, also after the cast was withdrawn', () => {
    const item = seedFeedback(world.store, now, feature);
    const { votes } = world.store;
    votes.cast(item.id, IDS.bob, 'cast-1', now);
    expect(votes.findInteraction('cast-1')).toEqual({
      action: 'cast',
      feedbackId: item.id,
      memberId: IDS.bob,
    });
    votes.withdraw(item.id, IDS.bob, 'withdraw-1', now);
    expect(votes.findInteraction('cast-1')).toEqual({
      action: 'cast',
      feedbackId: item.id,
      memberId: IDS.bob,
    });
    expect(votes.findInteraction('withdraw-1')).toEqual({
      action: 'withdraw',
      feedbackId: item.id,
      memberId: IDS.bob,
    });
    expect(votes.findInteraction('never-seen')).toBeNull();
  });

  it('derives followers from author, voters and explicit follows, each once', () => {
    const item = seedFeedback(world.store, now, feature, { authorId: IDS.alice });
    const { votes } = world.store;
    votes.cast(item.id, IDS.bob, null, now);
    votes.follow(item.id, IDS.carol, now);
    votes.follow(item.id, IDS.bob, now);
    expect(votes.followers(item.id).sort()).toEqual([IDS.alice, IDS.bob, IDS.carol].sort());
    votes.withdraw(item.id, IDS.bob, null, now);
    expect(votes.followers(item.id).sort()).toEqual([IDS.alice, IDS.carol].sort());
  });
});

describe('ranking', () => {
  function seedRanked() {
    const items = [3, 0, 5, 3, 1].map((count, i) => {
      const item = seedFeedback(world.store, now, feature, {
        authorId: IDS.alice,
        status: i === 2 ? 'resolved' : i === 4 ? 'planned' : 'open',
      });
      for (let v = 0; v < count; v++) world.store.votes.cast(item.id, `member-${v}`, null, now);
      return item;
    });
    return items.map((item) => item.number);
  }
  const at = (number: number | undefined) => ({
    number: number!,
    id: world.store.feedback.findByNumber(IDS.guild, number!)!.id,
  });
  const idOf = (number: number | undefined) => at(number).id;

  it('lists up to five items that are not closed, most votes first, newest first among ties', () => {
    const [n1, n2, , n4, n5] = seedRanked();
    expect(world.store.votes.topOpen(feature.id, 5).map((i) => [i.number, i.votes])).toEqual([
      [n4, 3],
      [n1, 3],
      [n5, 1],
      [n2, 0],
    ]);
  });

  it('pages every status by votes down and back up with a keyset cursor', () => {
    const [n1, n2, n3, n4, n5] = seedRanked();
    const all: FeedbackFilter = { featureId: feature.id, level: null, status: null, tag: null };
    const first = world.store.votes.pageByVotes(all, null, 2);
    expect(first.items.map((i) => i.number)).toEqual([n3, n4]);
    expect(first).toMatchObject({ hasDown: true, hasUp: false });
    const last = first.items.at(-1)!;
    const second = world.store.votes.pageByVotes(
      all,
      { direction: 'down', votes: last.votes, number: last.number, id: last.id },
      2,
    );
    expect(second.items.map((i) => i.number)).toEqual([n1, n5]);
    const third = world.store.votes.pageByVotes(all, { direction: 'down', votes: 1, ...at(n5) }, 2);
    expect(third.items.map((i) => i.number)).toEqual([n2]);
    expect(third.hasDown).toBe(false);
    const back = world.store.votes.pageByVotes(all, { direction: 'up', votes: 3, ...at(n1) }, 2);
    expect(back.items.map((i) => i.number)).toEqual([n3, n4]);
    expect(back).toMatchObject({ hasUp: false, hasDown: true });
    const planned = world.store.votes.pageByVotes({ ...all, status: 'planned' }, null, 10);
    expect(planned.items.map((i) => i.number)).toEqual([n5]);
  });

  it('pages by votes within a tag, with votes kept on the tags through votes and retagging', () => {
    const [n1, n2, n3, n4, n5] = seedRanked();
    const bug = (n: number | undefined) => {
      const target = world.store.feedback.findByNumber(IDS.guild, n!)!;
      world.store.feedback.applyTriage(
        {
          feedbackId: target.id,
          actorId: IDS.maintainer,
          oldStatus: target.status,
          newStatus: target.status,
          oldTags: target.tags,
          newTags: ['bug', 'docs'],
          note: null,
        },
        now,
      );
    };
    bug(n1);
    bug(n3);
    bug(n2);
    const tagged: FeedbackFilter = { featureId: feature.id, level: null, status: null, tag: 'bug' };
    const first = world.store.votes.pageByVotes(tagged, null, 2);
    expect(first.items.map((i) => [i.number, i.votes])).toEqual([
      [n3, 5],
      [n1, 3],
    ]);
    world.store.votes.cast(idOf(n2), 'member-late', null, now);
    world.store.votes.cast(idOf(n2), 'member-later', null, now);
    world.store.votes.cast(idOf(n2), 'member-latest', null, now);
    world.store.votes.cast(idOf(n2), 'member-last', null, now);
    const reordered = world.store.votes.pageByVotes(tagged, null, 10);
    expect(reordered.items.map((i) => [i.number, i.votes])).toEqual([
      [n3, 5],
      [n2, 4],
      [n1, 3],
    ]);
    const down = world.store.votes.pageByVotes(tagged, { direction: 'down', votes: 4, ...at(n2) }, 10);
    expect(down.items.map((i) => i.number)).toEqual([n1]);
    const up = world.store.votes.pageByVotes(tagged, { direction: 'up', votes: 3, ...at(n1) }, 1);
    expect(up.items.map((i) => i.number)).toEqual([n2]);
    expect(up).toMatchObject({ hasUp: true, hasDown: true });
    const resolvedBugs = world.store.votes.pageByVotes({ ...tagged, status: 'resolved' }, null, 10);
    expect(resolvedBugs.items.map((i) => i.number)).toEqual([n3]);
    expect([n4, n5]).not.toContain(n2);
  });

  it('reads the top five from the open-items index, without a sort step', () => {
    const plan = planOf(RANKING_SQL.topOpen, feature.id, 5);
    expect(plan).toMatch(/SEARCH f USING INDEX feedback_open_by_votes \(feature_id=\?\)/);
    expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY');
    // The planner would pick it without the hint too: the hint only guards against a stale ANALYZE.
    const unhinted = planOf(
      RANKING_SQL.topOpen.replace('INDEXED BY feedback_open_by_votes', ''),
      feature.id,
      5,
    );
    expect(unhinted).toContain('feedback_open_by_votes');
    expect(unhinted).not.toContain('TEMP B-TREE FOR ORDER BY');
  });

  it('pages by votes from the votes index with a range on the cursor, without a sort step', () => {
    const params = {
      featureId: feature.id,
      level: 'preview',
      status: null,
      tag: null,
      votes: 3,
      number: 9,
      limit: 11,
    };
    for (const sql of [RANKING_SQL.down, RANKING_SQL.up]) {
      const plan = planOf(sql, params);
      expect(plan).toMatch(
        /SEARCH f USING INDEX feedback_by_feature_votes \(feature_id=\? AND \(votes,number\)[<>]\(\?,\?\)\)/,
      );
      expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY');
    }
  });

  it('pages by votes within a tag from the tag slice of the votes, without a sort step', () => {
    const params = {
      featureId: feature.id,
      level: null,
      status: 'open',
      tag: 'bug',
      votes: 3,
      id: 9,
      limit: 11,
    };
    for (const sql of [RANKING_SQL.tagDown, RANKING_SQL.tagUp]) {
      const plan = planOf(sql, params);
      expect(plan).toMatch(
        /SEARCH t USING COVERING INDEX feedback_tag_by_votes \(feature_id=\? AND tag=\? AND \(votes,feedback_id\)[<>]\(\?,\?\)\)/,
      );
      expect(plan).toMatch(/SEARCH f USING INTEGER PRIMARY KEY \(rowid=\?\)/);
      expect(plan).not.toContain('TEMP B-TREE FOR ORDER BY');
    }
  });

  it('finds the items a member may still back, by number prefix or text, skipping their own and backed ones', () => {
    const mine = seedFeedback(world.store, now, feature, { authorId: IDS.bob, body: 'Mine' });
    const backed = seedFeedback(world.store, now, feature, { body: 'Backed' });
    const other = seedFeedback(world.store, now, feature, { body: 'Flicker on resume' });
    seedFeedback(world.store, now, feature, { body: 'Closed', status: 'resolved' });
    world.store.votes.cast(backed.id, IDS.bob, null, now);
    const choices = world.store.votes.votableChoices([feature.id], IDS.bob, '', 25);
    expect(choices.map((c) => c.number)).toEqual([other.number]);
    expect(world.store.votes.votableChoices([feature.id], IDS.bob, 'FLICK', 25)).toHaveLength(1);
    expect(world.store.votes.votableChoices([feature.id], IDS.bob, `#${other.number}`, 25)).toHaveLength(1);
    expect(world.store.votes.votableChoices([feature.id], IDS.bob, 'nothing like it', 25)).toEqual([]);
    expect(mine.number).not.toBe(other.number);
  });
});

describe('participants', () => {
  it('reads authors and voters from covering indexes, never a table, and stops at the limit', () => {
    const plan = planOf(PARTICIPANTS_SQL, { featureId: feature.id, level: 'preview', since: '', limit: 5 });
    expect(plan).toContain(
      'SEARCH feedback USING COVERING INDEX feedback_by_feature_level_author (feature_id=? AND level=?)',
    );
    expect(plan).toContain(
      'SEARCH feedback_vote USING COVERING INDEX feedback_vote_by_feature (feature_id=? AND created_at>?)',
    );
    expect(plan).not.toMatch(/\bSCAN (feedback|feedback_vote)\b/);
  });

  it('counts thanks recipients: authors at the level, not voters, not members who turned notifications off', () => {
    seedFeedback(world.store, now, feature, { authorId: IDS.alice });
    const item = seedFeedback(world.store, now, feature, { authorId: IDS.alice });
    seedFeedback(world.store, now, feature, { authorId: IDS.bob });
    seedFeedback(world.store, now, feature, { authorId: IDS.carol });
    world.store.votes.cast(item.id, IDS.maintainer, null, now);
    expect(world.store.votes.thanksRecipients(feature.id, 'preview')).toBe(3);
    world.store.notifications.set(IDS.guild, IDS.carol, false, now);
    world.store.notifications.set(IDS.otherGuild, IDS.bob, false, now);
    expect(world.store.votes.thanksRecipients(feature.id, 'preview')).toBe(2);
    expect(world.store.votes.thanksRecipients(feature.id, 'early-access')).toBe(0);
  });
});

describe('feedback copies', () => {
  it('learns the copy message id when the outbox delivers the post', () => {
    const item = seedFeedback(world.store, now, feature);
    const outboxId = world.store.outbox.enqueue(
      IDS.guild,
      {
        kind: 'message',
        channelId: IDS.feedbackChannel,
        body: { content: 'x', allowed_mentions: { parse: [] } },
      },
      null,
      now,
    );
    world.store.votes.recordCopy(item.id, IDS.feedbackChannel, outboxId);
    expect(world.store.votes.copyOf(item.id)).toMatchObject({ outboxId, messageId: null });
    world.store.outbox.markDelivered(outboxId, '900000000000000001', now);
    expect(world.store.votes.copyOf(item.id)).toEqual({
      feedbackId: item.id,
      channelId: IDS.feedbackChannel,
      outboxId,
      messageId: '900000000000000001',
      kind: 'message',
      threadOutboxId: null,
      threadId: null,
    });
  });

  it('stores message-edit effects in the outbox', () => {
    const id = world.store.outbox.enqueue(
      IDS.guild,
      { kind: 'message-edit', channelId: IDS.feedbackChannel, messageId: '9', postedBy: null, body: {} },
      null,
      now,
    );
    expect(world.store.outbox.findById(id)?.effect).toEqual({
      kind: 'message-edit',
      channelId: IDS.feedbackChannel,
      messageId: '9',
      postedBy: null,
      body: {},
    });
  });
});
