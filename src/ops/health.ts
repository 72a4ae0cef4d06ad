import type { Db } from '../store/database.js';
import { errorMessage } from './files.js';

/** An effect waiting longer than this means delivery is stuck (Discord unreachable, a crashed worker...). */
export const MAX_PENDING_AGE_SECONDS = 5 * 60;

export interface HealthSources {
  gatewayReady(): boolean;
  /** Throws when the database does not take a write. */
  probeDatabaseWrite(): void;
  oldestPendingAgeSeconds(): number | null;
}

export interface HealthReport {
  healthy: boolean;
  body: {
    status: 'ok' | 'unhealthy';
    /** Every failed check, joined; absent when healthy. */
    reason?: string;
    gateway: 'ready' | 'not ready';
    database: 'writable' | 'not writable';
    oldestPendingAgeSeconds: number | null;
  };
}

/** `/healthz`: the gateway ready, the database writable, the outbox moving. */
export function checkHealth(sources: HealthSources): HealthReport {
  const reasons: string[] = [];
  const gatewayReady = sources.gatewayReady();
  if (!gatewayReady) reasons.push('the Discord gateway is not ready');
  let writable = true;
  try {
    sources.probeDatabaseWrite();
  } catch (error) {
    writable = false;
    reasons.push(`the database is not writable (${errorMessage(error)})`);
  }
  let age: number | null = null;
  try {
    age = sources.oldestPendingAgeSeconds();
  } catch (error) {
    reasons.push(`the outbox cannot be read (${errorMessage(error)})`);
  }
  if (age !== null && age >= MAX_PENDING_AGE_SECONDS) {
    reasons.push(
      `the oldest undelivered effect is ${Math.round(age)} s old (limit ${MAX_PENDING_AGE_SECONDS} s)`,
    );
  }
  const body: HealthReport['body'] = {
    status: reasons.length === 0 ? 'ok' : 'unhealthy',
    gateway: gatewayReady ? 'ready' : 'not ready',
    database: writable ? 'writable' : 'not writable',
    oldestPendingAgeSeconds: age === null ? null : Math.round(age),
  };
  if (reasons.length > 0) body.reason = reasons.join('; ');
  return { healthy: reasons.length === 0, body };
}

/**
 * A real commit that changes nothing: the schema version is written with its own value. It fails
 * as a member's write would (read-only file or file system, full disk, a lock held elsewhere),
 * without waiting: a lock held by another process is reported at once instead of stalling the bot.
 */
export function probeDatabaseWrite(db: Db): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.transaction(() => {
      const version = db.pragma('user_version', { simple: true }) as number;
      db.pragma(`user_version = ${version}`);
    }).immediate();
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}
