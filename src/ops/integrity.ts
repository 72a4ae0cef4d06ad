import type { Db } from '../store/database.js';
import { errorMessage } from './files.js';

/** Tables every Stagegate schema has had since its first migration. */
const STAGEGATE_TABLES = ['guild_settings', 'feature', 'feedback', 'outbox'];

/** SQLite's check messages, one problem per line, without its `*** in database main ***` headers. */
export function problemLines(messages: readonly string[]): string[] {
  return messages
    .flatMap((message) => message.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('***'));
}

/**
 * SQLite's `quick_check` (fast: page and b-tree structure) or `integrity_check` (also indexes
 * against their tables). Returns the problems found, none when the database is sound; a file
 * too damaged to be read at all is one problem.
 */
export function integrityProblems(db: Db, kind: 'quick' | 'full'): string[] {
  try {
    const rows = db.pragma(kind === 'quick' ? 'quick_check' : 'integrity_check') as Record<string, unknown>[];
    const messages = rows.map((row) => String(Object.values(row)[0]));
    return messages.length === 1 && messages[0] === 'ok' ? [] : problemLines(messages);
  } catch (error) {
    return [errorMessage(error)];
  }
}

/** What a file holds, as far as restoring it is concerned. */
export type StagegateFileCheck =
  | { kind: 'stagegate'; schemaVersion: number }
  | { kind: 'not-sqlite'; detail: string }
  | { kind: 'not-stagegate' }
  | { kind: 'damaged'; problems: string[] };

/** Opens `db` and tells whether it is a sound Stagegate database, and at which schema version. */
export function inspectDatabase(db: Db): StagegateFileCheck {
  let version: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') return { kind: 'not-sqlite', detail: errorMessage(error) };
    return { kind: 'damaged', problems: [errorMessage(error)] };
  }
  const problems = integrityProblems(db, 'full');
  if (problems.length > 0) return { kind: 'damaged', problems };
  const tables = new Set(
    db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(),
  );
  if (version < 1 || STAGEGATE_TABLES.some((t) => !tables.has(t))) return { kind: 'not-stagegate' };
  return { kind: 'stagegate', schemaVersion: version };
}
