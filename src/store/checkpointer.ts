import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';

export interface CheckpointerOptions {
  /** How often the worker folds the WAL back into the database file. */
  intervalMs?: number;
  /**
   * WAL size (pages) at which a committing write still checkpoints by itself: a backstop for
   * sustained write bursts that never leave the worker a complete checkpoint.
   */
  backstopPages?: number;
  /** Told when the worker fails (the backstop then keeps the WAL bounded). */
  onError?: (error: unknown) => void;
}

export interface Checkpointer {
  /** Stops the worker after its last checkpoint; call before closing the main connection. */
  stop(): Promise<void>;
}

// Plain CommonJS evaluated in the worker, so the same code runs under tsc output and under vitest.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 0');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (another checkpoint runs): the next tick catches up.
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * Keeps WAL checkpoints off the interaction path. SQLite's default checkpoints inside the commit
 * that crosses 1,000 WAL pages, so one write in a few hundred pays for copying pages into the
 * database file and syncing it (milliseconds on a large file). Here a worker thread with its own
 * connection runs `wal_checkpoint(PASSIVE)` every `intervalMs` (never waiting on readers or
 * writers), and the main connection checkpoints by itself only past `backstopPages`.
 */
export function startCheckpointer(
  db: Db,
  path: string,
  options: CheckpointerOptions = {},
): Checkpointer | null {
  if (path === ':memory:' || db.memory) return null;
  db.pragma(`wal_autocheckpoint = ${options.backstopPages ?? 10_000}`);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    resourceLimits: { maxYoungGenerationSizeMb: 1, maxOldGenerationSizeMb: 8, codeRangeSizeMb: 2 },
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      path,
      intervalMs: options.intervalMs ?? 1000,
    },
  });
  worker.on('error', (error) => options.onError?.(error));
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let stopping: Promise<void> | null = null;
  return {
    stop: () => {
      stopping ??= (async () => {
        // Held open until it has closed its connection, or the process could exit first.
        worker.ref();
        worker.postMessage('stop');
        await exited;
      })();
      return stopping;
    },
  };
}
