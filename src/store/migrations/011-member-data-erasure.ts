import type { Db } from '../database.js';
import type { Migration } from '../migrate.js';

/**
 * `/mydata delete` erases a member's data in one server (product.md §9): their feedback items stay
 * (numbers, statuses, tags, votes, triage history) but the body reads `[deleted by its author]` and
 * the author is removed, so `feedback.author_id` becomes nullable. NULL, not a sentinel id: every
 * reader that compares or collects authors (self-votes, followers, thanks on promotion, distinct
 * participants, the rate limit) then skips an erased author instead of mistaking a fake id for a
 * member that could be messaged.
 *
 * SQLite cannot drop a NOT NULL with ALTER TABLE. A rebuild of `feedback` would drag in the seven
 * tables that reference it (foreign keys cannot be switched off inside the migration's transaction),
 * its nine indexes and the vote and status triggers of migrations 003 and 009. SQLite documents
 * editing the stored schema text for exactly this case ("removing CHECK or FOREIGN KEY or NOT NULL
 * constraints"): the rows on disk do not change, every existing row satisfies the looser table, and
 * indexes and triggers are untouched. The schema version is bumped so every connection re-reads it.
 *
 * `member_data_erasure` remembers each confirmed erasure by the confirmation it answered (the
 * `/mydata delete` interaction whose button was pressed) with what was erased, so a second press or a
 * replayed click erases nothing more and answers the same. It holds no member id.
 */
export const memberDataErasure: Migration = {
  version: 11,
  name: 'member data erasure: nullable feedback author, erasure records',
  up: (db: Db) => {
    editTableSql(db, 'feedback', 'author_id TEXT NOT NULL', 'author_id TEXT');
    db.exec(`
CREATE TABLE member_data_erasure (
  confirmation_id TEXT PRIMARY KEY,
  guild_id TEXT NOT NULL,
  erased_at TEXT NOT NULL,
  -- What was erased (counts and the features whose access ended), as the member was told.
  summary TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- /mydata reads and erases one member's rows; without these it would scan every grant, waitlist
-- entry and vote withdrawal (votes, follows and authored feedback have member indexes already).
CREATE INDEX access_grant_by_member ON access_grant (member_id, feature_id);
CREATE INDEX waitlist_entry_by_member ON waitlist_entry (member_id, feature_id);
CREATE INDEX vote_withdrawal_by_member ON vote_withdrawal (member_id, feedback_id);
`);
  },
};

/**
 * Replaces `from` by `to` in a table's stored CREATE statement (a loosening every row satisfies),
 * as SQLite's ALTER TABLE documentation describes. better-sqlite3's defensive mode is lifted for
 * these statements only.
 */
function editTableSql(db: Db, table: string, from: string, to: string): void {
  const sql = db
    .prepare<[string], string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .pluck()
    .get(table);
  if (sql?.split(from).length !== 2) throw new Error(`the ${table} table does not declare "${from}" once`);
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?").run(
      sql.replace(from, to),
      table,
    );
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
}
