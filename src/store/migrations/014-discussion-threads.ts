import type { Db } from '../database.js';
import type { Migration } from '../migrate.js';
import { widenCheck } from './widen-check.js';

/**
 * Discussion where the feedback lives (product.md §8): a thread on each copy in a text channel, a
 * post per item in a forum channel.
 *
 * - `feature.feedback_channel_kind` says which of the two the feature's feedback channel is.
 * - `feedback_copy` learns its feature and its thread: `thread_outbox_id` is the outbox row that opens it (in a
 *   forum, the row that posts the copy, since the post is the copy), `thread_id` its id once
 *   Discord answered, copied from that row's result by a trigger as `message_id` is. A forum post's
 *   id is also its first message's id.
 * - `forum_tag` maps the tags the bot manages in a forum (a level or a status) to Discord's ids.
 * - `outbox.after_id`: a row that must wait for another row of another lane (a thread is opened
 *   on a copy once the copy is posted); it is not due while that row is pending.
 * - New outbox kinds for threads and forums, and a fan-out kind for retagging a feature's open
 *   posts after a promotion.
 */
export const discussionThreads: Migration = {
  version: 14,
  name: 'threads and forum posts',
  up: (db: Db) => {
    db.exec(SCHEMA);
    widenCheck(db, 'outbox', "'message-edit')", [
      'forum-post',
      'thread-open',
      'thread-message',
      'thread-update',
      'forum-tags',
    ]);
    widenCheck(db, 'fanout_job', "'waitlist-opened')", ['retag-posts']);
  },
};

const SCHEMA = `
ALTER TABLE feature ADD COLUMN feedback_channel_kind TEXT NOT NULL DEFAULT 'text'
  CHECK (feedback_channel_kind IN ('text', 'forum'));

ALTER TABLE feedback_copy ADD COLUMN kind TEXT NOT NULL DEFAULT 'message' CHECK (kind IN ('message', 'forum-post'));
ALTER TABLE feedback_copy ADD COLUMN thread_outbox_id INTEGER REFERENCES outbox (id) ON DELETE SET NULL;
ALTER TABLE feedback_copy ADD COLUMN thread_id TEXT;
-- The item's feature, so a feature's posts are read without reading its other items (set for copies
-- recorded from now on; posts did not exist before).
ALTER TABLE feedback_copy ADD COLUMN feature_id INTEGER REFERENCES feature (id);
CREATE INDEX feedback_copy_by_thread_outbox ON feedback_copy (thread_outbox_id) WHERE thread_outbox_id IS NOT NULL;
-- A promotion retags the open posts of a feature, read in feedback id order from here.
CREATE INDEX feedback_copy_posts ON feedback_copy (feature_id, feedback_id) WHERE kind = 'forum-post';

CREATE TRIGGER feedback_copy_thread_opened AFTER UPDATE OF result ON outbox WHEN NEW.result IS NOT NULL BEGIN
  UPDATE feedback_copy SET thread_id = NEW.result WHERE thread_outbox_id = NEW.id AND thread_id IS NULL;
END;

CREATE TABLE forum_tag (
  channel_id TEXT NOT NULL,
  tag_key TEXT NOT NULL,
  tag_id TEXT NOT NULL,
  PRIMARY KEY (channel_id, tag_key)
) STRICT, WITHOUT ROWID;

ALTER TABLE outbox ADD COLUMN after_id INTEGER;
`;
