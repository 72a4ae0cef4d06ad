import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openStore, type Store } from '../../src/store/store.js';

const dirs: string[] = [];

/** A temp folder removed after the test. */
export function tempDir(prefix = 'stagegate-ops-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const GUILD = '100000000000000001';

/** Queues `count` effects (one transaction), so the database spans many pages. */
export function addOutboxRows(store: Store, count: number, now = new Date()): void {
  store.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      store.outbox.enqueue(
        GUILD,
        {
          kind: 'message',
          channelId: '400000000000000001',
          body: { content: `notice ${i} ${'x'.repeat(200)}`, allowed_mentions: { parse: [] } },
        },
        null,
        now,
      );
    }
  });
}

/** A migrated Stagegate database at `path` holding `rows` outbox rows, closed. */
export function makeStagegateDatabase(path: string, rows = 50): void {
  const store = openStore(path);
  store.settings.ensure(GUILD, new Date());
  addOutboxRows(store, rows);
  store.close();
}

/** Rows in the outbox of the database at `path` (a fresh read-only connection). */
export function outboxCount(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM outbox').pluck().get()!;
  } finally {
    db.close();
  }
}

export function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

/**
 * Damages a closed database: overwrites the root page of its outbox table (an interior b-tree page
 * once the table spans many pages) with garbage. Page 1 (header, schema) stays readable, so the
 * file still opens and only SQLite's checks find the damage.
 */
export function corruptDatabase(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db
    .prepare<[], number>("SELECT rootpage FROM sqlite_schema WHERE name = 'outbox'")
    .pluck()
    .get()!;
  db.pragma('journal_mode = DELETE');
  db.close();
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
