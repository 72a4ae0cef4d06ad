import type { Db } from './database.js';

export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Db) => void);
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/**
 * Applies every migration newer than `PRAGMA user_version`, each in its own IMMEDIATE transaction
 * so that two processes starting together cannot both apply it. Refuses a database written by a
 * newer version of the code.
 */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new MigrationError(`migration ${m.name} must have version ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new MigrationError(
      `the database is at schema version ${current} but this Stagegate knows only up to ${latest}; run a newer release`,
    );
  }
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      // Re-read inside the lock: another process may have migrated while we waited.
      const now = db.pragma('user_version', { simple: true }) as number;
      if (now >= migration.version) return;
      if (typeof migration.up === 'string') db.exec(migration.up);
      else migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply.immediate();
    } catch (cause) {
      throw new MigrationError(`migration ${migration.version} (${migration.name}) failed`, { cause });
    }
  }
  return latest;
}
