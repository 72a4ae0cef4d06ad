import type { FeedbackItem } from '../domain/entities.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import type { Db } from './database.js';
import { type FeedbackFilter, type RawFeedback, TAGS_OF, toItem } from './feedback-repository.js';

/** How an interaction already touched a vote: a replay of it changes nothing. */
export type RecordedVoteInteraction =
  | { action: 'cast'; feedbackId: number; memberId: string }
  | { action: 'withdraw'; feedbackId: number; memberId: string };

/**
 * A position in the ranking (most votes first, then newest first): `down` pages show what ranks
 * below it, `up` pages what ranks above it; the item at the edge of the page shown gives `votes`,
 * `number` and `id`. Keyset, never OFFSET: pages seek (votes, #N), or (votes, id) within a tag.
 */
export type VotesCursor = { direction: 'down' | 'up'; votes: number; number: number; id: number };

export interface VotesPage {
  items: FeedbackItem[];
  /** Whether items rank below the last one. */
  hasDown: boolean;
  /** Whether items rank above the first one. */
  hasUp: boolean;
}

/** The post of an item in its feature's feedback channel. */
export interface FeedbackCopy {
  feedbackId: number;
  channelId: string;
  /** The outbox row that posts it (`null` once that row is pruned). */
  outboxId: number | null;
  /** Known once posted. */
  messageId: string | null;
  /** `forum-post`: the copy is a forum post's first message (its channel is the post, `threadId`). */
  kind: 'message' | 'forum-post';
  /** The outbox row that opens the item's thread (in a forum: the row that posts the post). */
  threadOutboxId: number | null;
  /** The thread or post, once Discord named it. */
  threadId: string | null;
}

/** A member's items at one level, for the thanks sent on promotion. */
export interface AuthorItems {
  authorId: string;
  /** The first items by `#N`, at most the limit asked for. */
  items: { number: number; status: FeedbackStatus; body: string }[];
  total: number;
}

/** A votable item for `/vote` autocomplete. */
export interface VoteChoice {
  number: number;
  votes: number;
  featureId: number;
  body: string;
}

const OPEN = "('open', 'acknowledged', 'planned')";
const TAG_FILTER = `t.feature_id = @featureId AND t.tag = @tag
  AND (@level IS NULL OR t.level = @level)
  AND (@status IS NULL OR t.status = @status)`;
const FILTER = `f.feature_id = @featureId
  AND (@level IS NULL OR f.level = @level)
  AND (@status IS NULL OR f.status = @status)
  AND (@tag IS NULL OR EXISTS (SELECT 1 FROM feedback_tag ft WHERE ft.feedback_id = f.id AND ft.tag = @tag))`;

/**
 * The ranking queries (exported so a test can check their plans): both read a feature's items from
 * the top of an index ordered by votes, so the first page costs a few index entries at any size.
 */
export const RANKING_SQL = {
  topOpen: `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f INDEXED BY feedback_open_by_votes
    WHERE f.feature_id = ? AND f.status IN ${OPEN}
    ORDER BY f.votes DESC, f.id DESC LIMIT ?`,
  down: `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f INDEXED BY feedback_by_feature_votes
    WHERE ${FILTER} AND (f.votes, f.number) < (@votes, @number)
    ORDER BY f.votes DESC, f.number DESC LIMIT @limit`,
  up: `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f INDEXED BY feedback_by_feature_votes
    WHERE ${FILTER} AND (f.votes, f.number) > (@votes, @number)
    ORDER BY f.votes ASC, f.number ASC LIMIT @limit`,
  // With a tag: the tag's slice of feedback_tag, in ranking order, then each item's row.
  tagDown: `SELECT f.*, ${TAGS_OF} AS tags FROM feedback_tag t INDEXED BY feedback_tag_by_votes
    CROSS JOIN feedback f ON f.id = t.feedback_id
    WHERE ${TAG_FILTER} AND (t.votes, t.feedback_id) < (@votes, @id)
    ORDER BY t.votes DESC, t.feedback_id DESC LIMIT @limit`,
  tagUp: `SELECT f.*, ${TAGS_OF} AS tags FROM feedback_tag t INDEXED BY feedback_tag_by_votes
    CROSS JOIN feedback f ON f.id = t.feedback_id
    WHERE ${TAG_FILTER} AND (t.votes, t.feedback_id) > (@votes, @id)
    ORDER BY t.votes ASC, t.feedback_id ASC LIMIT @limit`,
} as const;

/**
 * Distinct participants of a feature at a level, at most `@limit`: the level's authors (read from
 * `feedback_by_feature_level_author`) and the voters since it began (`feedback_vote_by_feature`).
 * The distinct step streams, so a small limit stops after the first few members found; without one
 * it reads every item and vote of the level (about 0.8 s at 1,000,000 items and 5,000,000 votes).
 */
export const PARTICIPANTS_SQL = `SELECT count(*) FROM (
    SELECT DISTINCT member_id FROM (
      SELECT author_id AS member_id FROM feedback WHERE feature_id = @featureId AND level = @level
      UNION ALL
      SELECT member_id FROM feedback_vote WHERE feature_id = @featureId AND created_at >= @since
    ) LIMIT @limit
  )`;

/** Votes, follows and rankings of feedback items, and the copies whose vote button shows the count. */
export class VoteRepository {
  private readonly hasVotedStmt;
  private readonly castStmt;
  private readonly deleteStmt;
  private readonly withdrawalStmt;
  private readonly castByStmt;
  private readonly withdrawnByStmt;
  private readonly countStmt;
  private readonly followersStmt;
  private readonly followStmt;
  private readonly unfollowStmt;
  private readonly moveVotesStmt;
  private readonly dropVotesStmt;
  private readonly moveFollowsStmt;
  private readonly dropFollowsStmt;
  private readonly setDuplicateOfStmt;
  private readonly repointStmt;
  private readonly topOpenStmt;
  private readonly downStmt;
  private readonly upStmt;
  private readonly tagDownStmt;
  private readonly tagUpStmt;
  private readonly choicesStmt;
  private readonly copyStmt;
  private readonly recordCopyStmt;
  private readonly copyMessageStmt;
  private readonly nextAuthorsStmt;
  private readonly authorItemsStmt;
  private readonly authorCountStmt;
  private readonly votersSinceStmt;
  private readonly participantsStmt;
  private readonly thanksRecipientsStmt;

  constructor(db: Db) {
    this.hasVotedStmt = db.prepare<[number, string], number>(
      'SELECT 1 FROM feedback_vote WHERE feedback_id = ? AND member_id = ?',
    );
    this.castStmt = db.prepare(
      `INSERT INTO feedback_vote (feedback_id, member_id, feature_id, created_at, source_interaction_id)
       VALUES (@feedbackId, @memberId, (SELECT feature_id FROM feedback WHERE id = @feedbackId), @now, @interactionId)
       ON CONFLICT (feedback_id, member_id) DO NOTHING`,
    );
    this.deleteStmt = db.prepare<[number, string], { source_interaction_id: string | null }>(
      'DELETE FROM feedback_vote WHERE feedback_id = ? AND member_id = ? RETURNING source_interaction_id',
    );
    this.withdrawalStmt = db.prepare(
      `INSERT INTO vote_withdrawal (interaction_id, feedback_id, member_id, cast_interaction_id, at)
       VALUES (@interactionId, @feedbackId, @memberId, @castInteractionId, @now)`,
    );
    this.castByStmt = db.prepare<[string], { feedback_id: number; member_id: string }>(
      'SELECT feedback_id, member_id FROM feedback_vote WHERE source_interaction_id = ?',
    );
    this.withdrawnByStmt = db.prepare<
      [string, string],
      { feedback_id: number; member_id: string; withdrew: number }
    >(
      `SELECT feedback_id, member_id, 1 AS withdrew FROM vote_withdrawal WHERE interaction_id = ?
       UNION ALL
       SELECT feedback_id, member_id, 0 FROM vote_withdrawal WHERE cast_interaction_id = ?
       LIMIT 1`,
    );
    this.countStmt = db.prepare<[number], number>('SELECT votes FROM feedback WHERE id = ?').pluck();
    this.followersStmt = db
      .prepare<[number, number, number], string>(
        `SELECT author_id FROM feedback WHERE id = ? AND author_id IS NOT NULL
         UNION SELECT member_id FROM feedback_vote WHERE feedback_id = ?
         UNION SELECT member_id FROM feedback_follow WHERE feedback_id = ?`,
      )
      .pluck();
    this.followStmt = db.prepare<[number, string, string]>(
      'INSERT INTO feedback_follow (feedback_id, member_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.unfollowStmt = db.prepare<[number, string]>(
      'DELETE FROM feedback_follow WHERE feedback_id = ? AND member_id = ?',
    );
    // Votes keep their time; the original's author and its existing voters are not counted again.
    // `IS NOT`, not `<>`: an original whose author erased their data (NULL) takes every vote.
    this.moveVotesStmt = db.prepare<{ from: number; to: number }>(
      `INSERT INTO feedback_vote (feedback_id, member_id, feature_id, created_at, source_interaction_id)
       SELECT @to, v.member_id, o.feature_id, v.created_at, NULL
       FROM feedback_vote v JOIN feedback o ON o.id = @to
       WHERE v.feedback_id = @from AND v.member_id IS NOT o.author_id
       ON CONFLICT (feedback_id, member_id) DO NOTHING`,
    );
    this.dropVotesStmt = db.prepare<[number]>('DELETE FROM feedback_vote WHERE feedback_id = ?');
    // Followers that are neither the original's author nor its voters follow it explicitly.
    this.moveFollowsStmt = db.prepare<{ from: number; to: number; now: string }>(
      `INSERT INTO feedback_follow (feedback_id, member_id, created_at)
       SELECT @to, m.member_id, @now FROM (
         SELECT author_id AS member_id FROM feedback WHERE id = @from AND author_id IS NOT NULL
         UNION SELECT member_id FROM feedback_follow WHERE feedback_id = @from
       ) m
       WHERE m.member_id IS NOT (SELECT author_id FROM feedback WHERE id = @to)
         AND NOT EXISTS (SELECT 1 FROM feedback_vote v WHERE v.feedback_id = @to AND v.member_id = m.member_id)
       ON CONFLICT DO NOTHING`,
    );
    this.dropFollowsStmt = db.prepare<[number]>('DELETE FROM feedback_follow WHERE feedback_id = ?');
    this.setDuplicateOfStmt = db.prepare<[number | null, number]>(
      'UPDATE feedback SET duplicate_of = ? WHERE id = ?',
    );
    this.repointStmt = db.prepare<[number, number]>(
      'UPDATE feedback SET duplicate_of = ? WHERE duplicate_of = ?',
    );
    this.topOpenStmt = db.prepare<[number, number], RawFeedback>(RANKING_SQL.topOpen);
    this.downStmt = db.prepare<unknown[], RawFeedback>(RANKING_SQL.down);
    this.upStmt = db.prepare<unknown[], RawFeedback>(RANKING_SQL.up);
    this.tagDownStmt = db.prepare<unknown[], RawFeedback>(RANKING_SQL.tagDown);
    this.tagUpStmt = db.prepare<unknown[], RawFeedback>(RANKING_SQL.tagUp);
    // The best `scan` open items of the feature, then the text filter: bounded whatever is typed.
    this.choicesStmt = db.prepare<unknown[], VoteChoice>(
      `SELECT number, votes, featureId, body FROM (
         SELECT f.id, f.number, f.votes, f.feature_id AS featureId, f.body, f.author_id
         FROM feedback f INDEXED BY feedback_open_by_votes
         WHERE f.feature_id = @featureId AND f.status IN ${OPEN}
         ORDER BY f.votes DESC, f.id DESC LIMIT @scan
       ) c
       WHERE c.author_id IS NOT @memberId
         AND NOT EXISTS (SELECT 1 FROM feedback_vote v WHERE v.feedback_id = c.id AND v.member_id = @memberId)
         AND (@typed = '' OR CAST(c.number AS TEXT) LIKE @typed || '%' OR instr(lower(c.body), @typed) > 0)
       LIMIT @limit`,
    );
    this.copyStmt = db.prepare<
      [number],
      {
        feedback_id: number;
        channel_id: string;
        outbox_id: number | null;
        message_id: string | null;
        kind: FeedbackCopy['kind'];
        thread_outbox_id: number | null;
        thread_id: string | null;
      }
    >('SELECT * FROM feedback_copy WHERE feedback_id = ?');
    this.recordCopyStmt = db.prepare<
      [
        {
          feedbackId: number;
          channelId: string;
          outboxId: number | null;
          messageId: string | null;
          kind: FeedbackCopy['kind'];
        },
      ]
    >(
      `INSERT INTO feedback_copy (feedback_id, channel_id, outbox_id, message_id, kind, feature_id)
       VALUES (@feedbackId, @channelId, @outboxId, @messageId, @kind,
               (SELECT feature_id FROM feedback WHERE id = @feedbackId))
       ON CONFLICT (feedback_id) DO NOTHING`,
    );
    this.copyMessageStmt = db.prepare<[string, number, string]>(
      'UPDATE feedback_copy SET message_id = ? WHERE feedback_id = ? AND channel_id = ? AND message_id IS NULL',
    );
    // Members walk the (feature, level, author) index in id order; `> ''` skips erased authors (NULL).
    this.nextAuthorsStmt = db
      .prepare<[number, string, string, number], string>(
        `SELECT DISTINCT author_id FROM feedback
         WHERE feature_id = ? AND level = ? AND author_id > ? ORDER BY author_id LIMIT ?`,
      )
      .pluck();
    this.authorItemsStmt = db.prepare<
      [number, string, string, number],
      { number: number; status: FeedbackStatus; body: string }
    >(
      `SELECT number, status, body FROM feedback
       WHERE feature_id = ? AND level = ? AND author_id = ? ORDER BY id LIMIT ?`,
    );
    this.authorCountStmt = db
      .prepare<[number, string, string], number>(
        'SELECT count(*) FROM feedback WHERE feature_id = ? AND level = ? AND author_id = ?',
      )
      .pluck();
    this.votersSinceStmt = db
      .prepare<[number, string], string>(
        'SELECT DISTINCT member_id FROM feedback_vote WHERE feature_id = ? AND created_at >= ?',
      )
      .pluck();
    this.participantsStmt = db
      .prepare<[{ featureId: number; level: string; since: string; limit: number }], number>(PARTICIPANTS_SQL)
      .pluck();
    this.thanksRecipientsStmt = db
      .prepare<[{ featureId: number; level: string }], number>(
        `SELECT count(*) FROM (SELECT DISTINCT author_id FROM feedback WHERE feature_id = @featureId AND level = @level) a
         WHERE NOT EXISTS (
           SELECT 1 FROM notification_setting n
           WHERE n.guild_id = (SELECT guild_id FROM feature WHERE id = @featureId)
             AND n.member_id = a.author_id AND n.enabled = 0
         )`,
      )
      .pluck();
  }

  hasVoted(feedbackId: number, memberId: string): boolean {
    return this.hasVotedStmt.get(feedbackId, memberId) !== undefined;
  }

  /** The item's vote count (0 for an unknown item). */
  count(feedbackId: number): number {
    return this.countStmt.get(feedbackId) ?? 0;
  }

  /** How `interactionId` already touched a vote, if it did: cast it (even if withdrawn since) or withdrew it. */
  findInteraction(interactionId: string): RecordedVoteInteraction | null {
    const cast = this.castByStmt.get(interactionId);
    if (cast) return { action: 'cast', feedbackId: cast.feedback_id, memberId: cast.member_id };
    const other = this.withdrawnByStmt.get(interactionId, interactionId);
    if (!other) return null;
    return {
      action: other.withdrew === 1 ? 'withdraw' : 'cast',
      feedbackId: other.feedback_id,
      memberId: other.member_id,
    };
  }

  /** Stores a vote (the count follows by trigger); `false` when the member already backs the item. */
  cast(feedbackId: number, memberId: string, interactionId: string | null, now: Date): boolean {
    return this.castStmt.run({ feedbackId, memberId, interactionId, now: now.toISOString() }).changes === 1;
  }

  /**
   * Removes the member's vote and their follow of the item (following ends with the vote); the
   * interaction is recorded so its replay changes nothing. `false` when there was no vote.
   */
  withdraw(feedbackId: number, memberId: string, interactionId: string | null, now: Date): boolean {
    const removed = this.deleteStmt.get(feedbackId, memberId);
    this.unfollowStmt.run(feedbackId, memberId);
    if (!removed) return false;
    if (interactionId !== null) {
      this.withdrawalStmt.run({
        interactionId,
        feedbackId,
        memberId,
        castInteractionId: removed.source_interaction_id,
        now: now.toISOString(),
      });
    }
    return true;
  }

  /** The item's author, voters and other followers, each once. */
  followers(feedbackId: number): string[] {
    return this.followersStmt.all(feedbackId, feedbackId, feedbackId);
  }

  follow(feedbackId: number, memberId: string, now: Date): void {
    this.followStmt.run(feedbackId, memberId, now.toISOString());
  }

  /**
   * Moves a duplicate's votes and followers to its original: nobody counts twice, the original's
   * author is not counted as a voter, and the duplicate keeps no vote and no follower row. The
   * duplicate's author follows the original. Call inside one transaction; returns the votes moved.
   */
  mergeInto(duplicateId: number, originalId: number, now: Date): number {
    const before = this.count(originalId);
    this.moveVotesStmt.run({ from: duplicateId, to: originalId });
    this.dropVotesStmt.run(duplicateId);
    this.moveFollowsStmt.run({ from: duplicateId, to: originalId, now: now.toISOString() });
    this.dropFollowsStmt.run(duplicateId);
    return this.count(originalId) - before;
  }

  /** Sets (or clears) the original of a duplicate; items that pointed at the duplicate follow it on. */
  setDuplicateOf(feedbackId: number, originalId: number | null): void {
    this.setDuplicateOfStmt.run(originalId, feedbackId);
    if (originalId !== null) this.repointStmt.run(originalId, feedbackId);
  }

  /** Up to `limit` items of the feature that are not closed, most votes first (ties: newest first). */
  topOpen(featureId: number, limit: number): FeedbackItem[] {
    return this.topOpenStmt.all(featureId, limit).map(toItem);
  }

  /** A page of the feature's feedback matching `filter`, most votes first (ties: newest first). */
  pageByVotes(filter: FeedbackFilter, cursor: VotesCursor | null, limit: number): VotesPage {
    const params = {
      featureId: filter.featureId,
      level: filter.level,
      status: filter.status,
      tag: filter.tag,
      limit: limit + 1,
    };
    const tagged = filter.tag !== null;
    if (cursor === null || cursor.direction === 'down') {
      const max = Number.MAX_SAFE_INTEGER;
      const start = cursor ?? { votes: max, number: max, id: max };
      const statement = tagged ? this.tagDownStmt : this.downStmt;
      const rows = statement.all({ ...params, votes: start.votes, number: start.number, id: start.id });
      return {
        items: rows.slice(0, limit).map(toItem),
        hasDown: rows.length > limit,
        hasUp: cursor !== null,
      };
    }
    const statement = tagged ? this.tagUpStmt : this.upStmt;
    const rows = statement.all({ ...params, votes: cursor.votes, number: cursor.number, id: cursor.id });
    return { items: rows.slice(0, limit).reverse().map(toItem), hasDown: true, hasUp: rows.length > limit };
  }

  /**
   * Open items of the features a member may vote on that are not theirs and not yet backed by them,
   * best first: at most `limit` per feature among its `scan` best, matching `typed` (a `#N` prefix
   * or a piece of the text). The caller picks the features (access is a rule, not a query).
   */
  votableChoices(
    featureIds: readonly number[],
    memberId: string,
    typed: string,
    limit: number,
    scan = 500,
  ): VoteChoice[] {
    const text = typed.trim().replace(/^#/, '').toLowerCase();
    const choices = featureIds.flatMap((featureId) =>
      this.choicesStmt.all({ featureId, memberId, typed: text, limit, scan }),
    );
    // Numbers order like ids within a guild: newest first among ties, as in every ranking.
    return choices.sort((a, b) => b.votes - a.votes || b.number - a.number).slice(0, limit);
  }

  /** Where the item's copy was posted, if it was. */
  copyOf(feedbackId: number): FeedbackCopy | null {
    const row = this.copyStmt.get(feedbackId);
    return row
      ? {
          feedbackId: row.feedback_id,
          channelId: row.channel_id,
          outboxId: row.outbox_id,
          messageId: row.message_id,
          kind: row.kind,
          threadOutboxId: row.thread_outbox_id,
          threadId: row.thread_id,
        }
      : null;
  }

  /** Records the copy queued for the item (its outbox row); call in the transaction that queues it. */
  recordCopy(
    feedbackId: number,
    channelId: string,
    outboxId: number | null,
    messageId: string | null = null,
    kind: FeedbackCopy['kind'] = 'message',
  ): void {
    this.recordCopyStmt.run({ feedbackId, channelId, outboxId, messageId, kind });
  }

  /** Learns the copy's message id from a click on it, when the outbox has not told it yet. */
  learnCopyMessage(feedbackId: number, channelId: string, messageId: string): void {
    this.copyMessageStmt.run(messageId, feedbackId, channelId);
  }

  /**
   * The next `authors` members (by id, after `after`) who gave feedback on the feature at `level`,
   * each with their first `itemsLimit` items there (by `#N`) and how many they gave. Each is read
   * from the (feature, level, author) index: a batch costs its members' items, not the level's.
   */
  authorsAtLevel(
    featureId: number,
    level: Level,
    after: string | null,
    authors: number,
    itemsLimit: number,
  ): AuthorItems[] {
    return this.nextAuthorsStmt.all(featureId, level, after ?? '', authors).map((authorId) => ({
      authorId,
      items: this.authorItemsStmt.all(featureId, level, authorId, itemsLimit),
      total: this.authorCountStmt.get(featureId, level, authorId)!,
    }));
  }

  /**
   * How many distinct members gave feedback on the feature at `level` or voted on one of its items
   * since `since` (when it entered `level`): the participants gate. With `atMost`, counting stops
   * there, so "are there at least N?" costs N members found, not the whole level.
   */
  participants(featureId: number, level: Level, since: Date, atMost = -1): number {
    // A negative LIMIT is no limit in SQLite.
    return this.participantsStmt.get({ featureId, level, since: since.toISOString(), limit: atMost })!;
  }

  /**
   * How many members a promotion leaving `level` thanks: those who gave feedback on the feature at
   * `level`, but not those who turned notifications off in its server (what `/promote dry_run` says).
   */
  thanksRecipients(featureId: number, level: Level): number {
    return this.thanksRecipientsStmt.get({ featureId, level })!;
  }

  /** Members who voted on one of the feature's items since `since` (participation in a level). */
  votersSince(featureId: number, since: Date): string[] {
    return this.votersSinceStmt.all(featureId, since.toISOString());
  }
}
