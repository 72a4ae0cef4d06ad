import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A database at schema 10 (before /mydata) with one voted, tagged feedback item. */
function databaseBeforeMemberData() {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-m11-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'test.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 10));
  db.exec(`
    INSERT INTO guild_settings (guild_id, updated_at) VALUES ('g', '2026-01-01T00:00:00.000Z');
    INSERT INTO feature (id, guild_id, key, name, description, level, level_entered_at, role_id, created_by, created_at)
      VALUES (1, 'g', 'dark-mode', 'Dark mode', 'd', 'preview', '2026-01-01T00:00:00.000Z', 'r', 'm', '2026-01-01T00:00:00.000Z');
    INSERT INTO feedback (id, guild_id, number, feature_id, level, author_id, body, source_interaction_id, created_at)
      VALUES (1, 'g', 1, 1, 'preview', 'alice', 'Flickers', 'i1', '2026-01-01T00:00:00.000Z');
    INSERT INTO feedback_tag (feedback_id, tag) VALUES (1, 'bug');
    INSERT INTO feedback_vote (feedback_id, member_id, feature_id, created_at) VALUES (1, 'bob', 1, '2026-01-01T00:00:00.000Z');
  `);
  return db;
}

const schemaObjects = (db: Database.Database, type: string) =>
  db
    .prepare<[string], string>('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name')
    .pluck()
    .all(type);

describe('migration 11 (member data erasure)', () => {
  it('makes the feedback author nullable without touching rows, indexes, triggers or foreign keys', () => {
    const db = databaseBeforeMemberData();
    const triggers = schemaObjects(db, 'trigger');
    const indexes = schemaObjects(db, 'index');
    expect(triggers.length).toBeGreaterThanOrEqual(6);

    migrate(db, MIGRATIONS.slice(0, 11));

    expect(db.pragma('user_version', { simple: true })).toBe(11);
    const author = (db.pragma('table_info(feedback)') as { name: string; notnull: number }[]).find(
      (c) => c.name === 'author_id',
    );
    expect(author?.notnull).toBe(0);
    expect(schemaObjects(db, 'trigger')).toEqual(triggers);
    expect(schemaObjects(db, 'index')).toEqual(
      [...indexes, 'access_grant_by_member', 'vote_withdrawal_by_member', 'waitlist_entry_by_member'].sort(),
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT author_id, body, votes FROM feedback').get()).toEqual({
      author_id: 'alice',
      body: 'Flickers',
      votes: 1,
    });

    // An erased author is NULL; the vote triggers still keep the counts, on the tags too.
    db.prepare("UPDATE feedback SET author_id = NULL, body = '[deleted by its author]' WHERE id = 1").run();
    db.prepare("DELETE FROM feedback_vote WHERE member_id = 'bob'").run();
    expect(db.prepare('SELECT author_id, votes FROM feedback').get()).toEqual({ author_id: null, votes: 0 });
    expect(db.prepare('SELECT votes FROM feedback_tag').pluck().get()).toBe(0);
    // The other constraints of the column's table are unchanged.
    expect(() => db.prepare("UPDATE feedback SET body = '' WHERE id = 1").run()).toThrow(/CHECK/);
    db.close();
  });

  it('reads a member’s grants, waitlist entries and withdrawn votes from an index', () => {
    const db = databaseBeforeMemberData();
    migrate(db, MIGRATIONS);
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' ');
    expect(plan("SELECT * FROM access_grant WHERE member_id = 'x'")).toContain('access_grant_by_member');
    expect(plan("SELECT * FROM waitlist_entry WHERE member_id = 'x'")).toContain('waitlist_entry_by_member');
    expect(plan("SELECT * FROM vote_withdrawal WHERE member_id = 'x'")).toContain(
      'vote_withdrawal_by_member',
    );
    db.close();
  });
});
