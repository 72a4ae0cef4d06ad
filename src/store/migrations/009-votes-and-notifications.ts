import type { Db } from '../database.js';
import type { Migration } from '../migrate.js';

/**
 * Votes, followers, status notifications, duplicates and the vote button of feedback copies.
 *
 * - `feedback.votes` is the item's vote count, kept in step with `feedback_vote` by triggers (every
 *   writer, bulk loads and merges included, stays right without knowing), so rankings read one
 *   index instead of counting millions of vote rows.
 * - Following is derived: an item's followers are its author, its voters and the members in
 *   `feedback_follow`, which holds only follows that are neither (the followers a duplicate handed
 *   over). Withdrawing a vote ends following; 5,000,000 votes need no second copy as follows.
 * - A replayed interaction counts once: a vote keeps the interaction that cast it, and
 *   `vote_withdrawal` keeps the interaction that withdrew it and the one that had cast it.
 * - `feedback_copy` is the post of each item in its feature's feedback channel: the outbox row that
 *   posts it, and its message id, copied from that row's result by a trigger once delivered.
 * - The outbox learns `message-edit` (the vote button's label is updated by editing the copy).
 */
export const votesAndNotifications: Migration = {
  version: 9,
  name: 'votes, follows, notification settings, duplicates, feedback copies',
  up: (db: Db) => {
    db.exec(SCHEMA);
    allowOutboxKind(db, 'message-edit');
  },
};

const SCHEMA = `
ALTER TABLE feedback ADD COLUMN votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0);
-- The original (its feedback id) of an item whose status is 'duplicate'.
ALTER TABLE feedback ADD COLUMN duplicate_of INTEGER REFERENCES feedback (id);
CREATE INDEX feedback_duplicates ON feedback (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Rankings order by votes, then newest first (ids and #N grow together within a guild).
-- /features: the five items of a feature that are not closed with the most votes; read from the
-- top of this index (the rowid ends every index), never sorted, whatever the number of closed items.
CREATE INDEX feedback_open_by_votes ON feedback (feature_id, votes)
  WHERE status IN ('open', 'acknowledged', 'planned');
-- /triage list sort:votes, any status; level and status ride along so filters skip rows unread.
-- Pages seek (votes, number) as one range: SQLite does not seek a row value that ends in the rowid.
CREATE INDEX feedback_by_feature_votes ON feedback (feature_id, votes, number, level, status);
-- ... and with a tag filter: feedback_tag carries the votes too (like feature, level and status since
-- migration 003), so a rare tag is read from its own slice instead of testing every item.
ALTER TABLE feedback_tag ADD COLUMN votes INTEGER NOT NULL DEFAULT 0;
CREATE INDEX feedback_tag_by_votes ON feedback_tag (feature_id, tag, votes, feedback_id, level, status);
CREATE TRIGGER feedback_votes_reach_tags AFTER UPDATE OF votes ON feedback BEGIN
  UPDATE feedback_tag SET votes = NEW.votes WHERE feedback_id = NEW.id;
END;
-- Retagging inserts tags of an item that may already have votes.
CREATE TRIGGER feedback_tag_copies_votes AFTER INSERT ON feedback_tag
  WHEN (SELECT votes FROM feedback WHERE id = NEW.feedback_id) > 0 BEGIN
  UPDATE feedback_tag SET votes = (SELECT votes FROM feedback WHERE id = NEW.feedback_id)
  WHERE feedback_id = NEW.feedback_id AND tag = NEW.tag;
END;

CREATE TABLE feedback_vote (
  feedback_id INTEGER NOT NULL REFERENCES feedback (id),
  member_id TEXT NOT NULL,
  -- The item's feature, so participation since a level began is read from one index.
  feature_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  -- The interaction (command or button) that cast it; NULL for votes a merge moved.
  source_interaction_id TEXT UNIQUE,
  PRIMARY KEY (feedback_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX feedback_vote_by_member ON feedback_vote (member_id, feedback_id);
CREATE INDEX feedback_vote_by_feature ON feedback_vote (feature_id, created_at, member_id);

CREATE TRIGGER feedback_vote_added AFTER INSERT ON feedback_vote BEGIN
  UPDATE feedback SET votes = votes + 1 WHERE id = NEW.feedback_id;
END;
CREATE TRIGGER feedback_vote_removed AFTER DELETE ON feedback_vote BEGIN
  UPDATE feedback SET votes = votes - 1 WHERE id = OLD.feedback_id;
END;
CREATE TRIGGER feedback_vote_moved AFTER UPDATE OF feedback_id ON feedback_vote
  WHEN NEW.feedback_id <> OLD.feedback_id BEGIN
  UPDATE feedback SET votes = votes - 1 WHERE id = OLD.feedback_id;
  UPDATE feedback SET votes = votes + 1 WHERE id = NEW.feedback_id;
END;

CREATE TABLE vote_withdrawal (
  interaction_id TEXT PRIMARY KEY,
  feedback_id INTEGER NOT NULL REFERENCES feedback (id),
  member_id TEXT NOT NULL,
  -- The interaction that had cast the vote: its replay must not cast it again.
  cast_interaction_id TEXT,
  at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX vote_withdrawal_by_cast ON vote_withdrawal (cast_interaction_id)
  WHERE cast_interaction_id IS NOT NULL;

CREATE TABLE feedback_follow (
  feedback_id INTEGER NOT NULL REFERENCES feedback (id),
  member_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (feedback_id, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX feedback_follow_by_member ON feedback_follow (member_id);

-- No row: notifications are on.
CREATE TABLE notification_setting (
  guild_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (guild_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE feedback_copy (
  feedback_id INTEGER PRIMARY KEY REFERENCES feedback (id),
  channel_id TEXT NOT NULL,
  outbox_id INTEGER REFERENCES outbox (id) ON DELETE SET NULL,
  message_id TEXT
) STRICT;
CREATE INDEX feedback_copy_by_outbox ON feedback_copy (outbox_id) WHERE outbox_id IS NOT NULL;

-- The copy's message id is known once the outbox delivers it; pruned outbox rows keep it here.
CREATE TRIGGER feedback_copy_posted AFTER UPDATE OF result ON outbox WHEN NEW.result IS NOT NULL BEGIN
  UPDATE feedback_copy SET message_id = NEW.result WHERE outbox_id = NEW.id AND message_id IS NULL;
END;
`;

/**
 * Widens the outbox's `kind` CHECK by one value. SQLite cannot alter a CHECK, and rebuilding the
 * outbox would cascade into the tables that reference it (foreign keys cannot be switched off
 * inside the migration's transaction). SQLite documents editing the stored schema text for
 * exactly this (a CHECK every existing row still satisfies); the schema version is bumped so every
 * connection re-reads it. better-sqlite3's defensive mode is lifted for these three statements only.
 */
function allowOutboxKind(db: Db, kind: string): void {
  const sql = db
    .prepare<[], string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'outbox'")
    .pluck()
    .get();
  const anchor = "'role-remove')";
  if (!sql?.includes(anchor)) throw new Error('the outbox kind check is not the one this migration widens');
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'outbox'").run(
      sql.replace(anchor, `'role-remove', '${kind}')`),
    );
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
}
