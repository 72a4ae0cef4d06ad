import type { Db } from '../database.js';

/**
 * Widens a table's `IN (...)` CHECK by more values. SQLite cannot alter a CHECK, and rebuilding a
 * table would cascade into the tables that reference it (foreign keys cannot be switched off inside
 * a migration's transaction). SQLite documents editing the stored schema text for exactly this (a
 * CHECK every existing row still satisfies); the schema version is bumped so every connection
 * re-reads it. better-sqlite3's defensive mode is lifted for these statements only.
 *
 * `anchor` is the end of the list as the schema holds it now, e.g. `'message-edit')`.
 */
export function widenCheck(db: Db, table: string, anchor: string, values: readonly string[]): void {
  const sql = db
    .prepare<[string], string>("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .pluck()
    .get(table);
  if (!sql?.includes(anchor)) throw new Error(`the ${table} check does not end with ${anchor}`);
  const added = values.map((value) => `'${value}'`).join(', ');
  const widened = sql.replace(anchor, `${anchor.slice(0, -1)}, ${added})`);
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?").run(widened, table);
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
}
