import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { MigrationError, migrate } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'stagegate-db-')), 'test.sqlite');

describe('database and migrations', () => {
  it('creates the file with WAL, foreign keys and the latest schema version', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'feature',
        'feedback',
        'feedback_tag',
        'access_grant',
        'invite',
        'waitlist_entry',
        'promotion',
        'outbox',
        'guild_settings',
      ]),
    );
    db.close();
  });

  it('indexes feedback by feature and creation time for listings', () => {
    const db = openDatabase(':memory:');
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM feedback WHERE feature_id = 1 ORDER BY created_at LIMIT 10')
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('feedback_by_feature_created');
    db.close();
  });

  it('is idempotent when opened again', () => {
    const file = tempFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a database written by a newer version of the code', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer release/);
  });

  it('rolls a failed migration back whole and names it', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'good', up: 'CREATE TABLE a (x)' },
      { version: 2, name: 'half', up: 'CREATE TABLE b (x); SELECT * FROM missing' },
    ];
    expect(() => migrate(db, broken)).toThrow(MigrationError);
    expect(() => migrate(db, broken)).toThrow(/migration 2 \(half\)/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
  });

  it('gives gates a guild set before the participants gate the defaults of their transition (migration 10)', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 9));
    db.prepare("INSERT INTO guild_settings (guild_id, updated_at) VALUES ('g1', '2026-01-01')").run();
    const gate = db.prepare(
      `INSERT INTO gate_setting (guild_id, transition, min_feedback, min_days, max_open_blockers)
       VALUES ('g1', ?, 3, 1, 0)`,
    );
    gate.run('early-access->preview');
    gate.run('preview->ga');
    migrate(db, MIGRATIONS);
    expect(
      db
        .prepare('SELECT transition, min_feedback, min_participants FROM gate_setting ORDER BY transition')
        .all(),
    ).toEqual([
      { transition: 'early-access->preview', min_feedback: 3, min_participants: 5 },
      { transition: 'preview->ga', min_feedback: 3, min_participants: 10 },
    ]);
    expect(() =>
      db.prepare("UPDATE gate_setting SET min_participants = -1 WHERE guild_id = 'g1'").run(),
    ).toThrow(/CHECK/);
  });
});
