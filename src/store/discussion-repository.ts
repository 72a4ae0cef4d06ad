import type { ForumTagKey } from '../domain/discussion.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import type { Db } from './database.js';

/** An open item's forum post, for retagging after a promotion. */
export interface OpenPost {
  /** The item's id: the cursor of the retag's batches. */
  id: number;
  status: FeedbackStatus;
  forumId: string;
  threadId: string | null;
  openedBy: number | null;
}

/**
 * A feature's open posts after an item id, in id order: read from its posts alone
 * (`feedback_copy_posts`), never from its other items (a text-channel feature may have 500,000).
 */
export const OPEN_POSTS_SQL = `SELECT f.id, f.status, c.channel_id, c.thread_id, c.thread_outbox_id
  FROM feedback_copy c JOIN feedback f ON f.id = c.feedback_id
  WHERE c.kind = 'forum-post' AND c.feature_id = ? AND c.feedback_id > ?
    AND f.status IN ('open', 'acknowledged', 'planned')
  ORDER BY c.feedback_id LIMIT ?`;

/**
 * Where each item's discussion lives (its thread or forum post, next to its copy in
 * `feedback_copy`) and the forum tags the bot manages in each feedback forum.
 */
export class DiscussionRepository {
  private readonly recordThreadStmt;
  private readonly tagsStmt;
  private readonly putTagStmt;
  private readonly openPostsStmt;
  private readonly forgetTagStmt;
  private readonly threadsStmt;

  constructor(db: Db) {
    this.recordThreadStmt = db.prepare<[number | null, string | null, number]>(
      'UPDATE feedback_copy SET thread_outbox_id = ?, thread_id = coalesce(thread_id, ?) WHERE feedback_id = ?',
    );
    this.tagsStmt = db.prepare<[string], { tag_key: ForumTagKey; tag_id: string }>(
      'SELECT tag_key, tag_id FROM forum_tag WHERE channel_id = ?',
    );
    this.putTagStmt = db.prepare<[string, string, string]>(
      `INSERT INTO forum_tag (channel_id, tag_key, tag_id) VALUES (?, ?, ?)
       ON CONFLICT (channel_id, tag_key) DO UPDATE SET tag_id = excluded.tag_id`,
    );
    this.forgetTagStmt = db.prepare<[string, string]>(
      'DELETE FROM forum_tag WHERE channel_id = ? AND tag_id = ?',
    );
    this.openPostsStmt = db.prepare<
      [number, number, number],
      {
        id: number;
        status: FeedbackStatus;
        channel_id: string;
        thread_id: string | null;
        thread_outbox_id: number | null;
      }
    >(OPEN_POSTS_SQL);
    this.threadsStmt = db.prepare<[string], { feedback_id: number; thread_id: string }>(
      `SELECT c.feedback_id, c.thread_id FROM json_each(?) j
         JOIN feedback_copy c ON c.feedback_id = j.value WHERE c.thread_id IS NOT NULL`,
    );
  }

  /** Records the row that opens an item's thread (and the thread, when already known). */
  recordThread(feedbackId: number, openedBy: number | null, threadId: string | null = null): void {
    this.recordThreadStmt.run(openedBy, threadId, feedbackId);
  }

  /** The ids of the tags the bot manages in a forum, by what they stand for. */
  forumTags(channelId: string): Map<ForumTagKey, string> {
    return new Map(this.tagsStmt.all(channelId).map((row) => [row.tag_key, row.tag_id]));
  }

  /** Remembers the ids of a forum's tags (created or adopted); call once Discord confirmed them. */
  recordForumTags(channelId: string, tags: readonly { key: ForumTagKey; id: string }[]): void {
    for (const { key, id } of tags) this.putTagStmt.run(channelId, key, id);
  }

  /** Forgets tags a moderator deleted from the forum: posts stop applying them. */
  forgetForumTags(channelId: string, tagIds: Iterable<string>): void {
    for (const id of tagIds) this.forgetTagStmt.run(channelId, id);
  }

  /** The next `limit` open items of a feature that have a forum post, after item id `afterId`. */
  openPosts(featureId: number, afterId: number, limit: number): OpenPost[] {
    return this.openPostsStmt.all(featureId, afterId, limit).map((row) => ({
      id: row.id,
      status: row.status,
      forumId: row.channel_id,
      threadId: row.thread_id,
      openedBy: row.thread_outbox_id,
    }));
  }

  /** The thread or post of each item that has one, by item id (for links in lists). */
  threadsOf(feedbackIds: readonly number[]): Map<number, string> {
    if (feedbackIds.length === 0) return new Map();
    const rows = this.threadsStmt.all(JSON.stringify(feedbackIds));
    return new Map(rows.map((row) => [row.feedback_id, row.thread_id]));
  }
}
