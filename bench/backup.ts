/**
 * Backups of a 1,000,000-row database while the bot writes, measured in-process: how long the
 * event loop stalls (what an interaction would wait), how long a backup takes, and the start-up
 * quick_check. Run as a child process by `run.ts`; prints one `RESULT <json>` line. Argument: the
 * database path.
 *
 * The same write load (one small transaction every WRITE_EVERY_MS on the bot's connection, with
 * the bot's WAL checkpointer) runs in every phase:
 * - idle: no backup, the floor of the stall figures on this machine;
 * - child: `backupDatabase` as the bot and `npm run backup` run it (a child process at the
 *   lowest CPU priority, one read snapshot, integrity_check in the child);
 * - in-thread: for comparison, better-sqlite3's `backup()` on a second connection in the main
 *   thread (default 100-page steps, same pinned snapshot), then integrity_check there too;
 * - unpinned: for comparison, the same without a read snapshot: SQLite restarts a backup whose
 *   source another connection wrote, so under steady writes it may never finish (bounded here).
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { backupDatabase } from '../src/ops/backup.js';
import { startCheckpointer } from '../src/store/checkpointer.js';
import { openStore, type Store } from '../src/store/store.js';
import { buildFeedbackDatabase, FEEDBACK_ROWS, GUILD } from './lib/feedback-db.js';
import { type Distribution, distribution } from './lib/stats.js';

const WRITE_EVERY_MS = 2;
const IDLE_MS = 5_000;
const UNPINNED_LIMIT_MS = 30_000;

export interface PhaseFigures {
  /** Wall time of the backup (or of the idle window). */
  durationMs: number;
  /** Longest gap between two 1 ms timer ticks, minus the 1 ms: the longest the event loop was blocked. */
  longestStallMs: number;
  /** The same gaps: 99th and 99.9th percentile, and how many exceeded 50 ms. */
  stallP99Ms: number;
  stallP999Ms: number;
  stallsOver50Ms: number;
  /** Node's event-loop delay histogram over the phase (ms). */
  loopDelay: { p50: number; p99: number; max: number };
  /** Write transactions committed during the phase, and their latency (microseconds). */
  writes: number;
  writeLatency: Distribution;
  finished: boolean;
  note?: string;
}

export interface BackupFigures {
  rows: number;
  fileMiB: number;
  buildMs: number;
  backupMiB: number;
  /** Copy and integrity_check inside the child process. */
  childCopyMs: number;
  childCheckMs: number;
  idle: PhaseFigures;
  child: PhaseFigures;
  inThread: PhaseFigures & { checkMs: number };
  unpinned: PhaseFigures & { restarts: number };
  /** What `startBot` pays before migrating: SQLite's quick_check of the file. */
  quickCheckMs: number;
}

const path = process.argv[2] ?? '';
if (path === '') throw new Error('usage: backup-bench <database path>');
const dir = join(path, '..');

/** Runs `work` under the write load, measuring stalls and writes. */
async function phase(
  store: Store,
  work: () => Promise<{ finished: boolean; note?: string }>,
): Promise<PhaseFigures> {
  const writeTimes: number[] = [];
  let n = 0;
  const insert = store.db.prepare(
    `INSERT INTO outbox (guild_id, kind, lane, payload, created_at, status, delivered_at)
     VALUES (?, 'message', ?, '{"content":"bench"}', ?, 'delivered', ?)`,
  );
  const writer = setInterval(() => {
    const t0 = performance.now();
    const now = new Date().toISOString();
    store.transaction(() => insert.run(GUILD, `channel:${n++ % 50}`, now, now));
    writeTimes.push((performance.now() - t0) * 1000);
  }, WRITE_EVERY_MS);
  let last = performance.now();
  const gaps: number[] = [];
  const tick = (): void => {
    const now = performance.now();
    gaps.push(Math.max(0, now - last - 1));
    last = now;
  };
  const probe = setInterval(tick, 1);
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const started = performance.now();
  const outcome = await work();
  // The gap still open when the work ends (a synchronous step that has just returned) counts too.
  tick();
  const durationMs = performance.now() - started;
  histogram.disable();
  clearInterval(probe);
  clearInterval(writer);
  const ms = (ns: number): number => ns / 1e6;
  const stalls = distribution(gaps);
  return {
    durationMs,
    longestStallMs: stalls.max,
    stallP99Ms: stalls.p99,
    stallP999Ms: stalls.p999,
    stallsOver50Ms: gaps.filter((g) => g > 50).length,
    loopDelay: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
    },
    writes: writeTimes.length,
    writeLatency: distribution(writeTimes),
    ...outcome,
  };
}

function removeCopy(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

async function main(): Promise<void> {
  const buildMs = buildFeedbackDatabase(path);
  const fileMiB = statSync(path).size / 2 ** 20;
  process.stdout.write(
    `backup: built ${FEEDBACK_ROWS} rows in ${(buildMs / 1000).toFixed(1)} s (${fileMiB.toFixed(0)} MiB)\n`,
  );

  const quickStarted = performance.now();
  const check = new Database(path, { fileMustExist: true });
  check.pragma('quick_check');
  check.close();
  const quickCheckMs = performance.now() - quickStarted;

  const store = openStore(path);
  const checkpointer = startCheckpointer(store.db, path);
  const folder = { dir: join(dir, 'backups'), isDefault: true };

  const idle = await phase(store, async () => {
    await delay(IDLE_MS);
    return { finished: true };
  });
  process.stdout.write(`backup: idle longest stall ${idle.longestStallMs.toFixed(1)} ms\n`);

  let childResult: Awaited<ReturnType<typeof backupDatabase>> | null = null;
  const child = await phase(store, async () => {
    childResult = await backupDatabase({ databasePath: path, folder, now: new Date() });
    return { finished: true };
  });
  const result = childResult as Awaited<ReturnType<typeof backupDatabase>> | null;
  if (!result) throw new Error('the backup did not finish');
  const backupMiB = result.bytes / 2 ** 20;
  process.stdout.write(
    `backup: backupDatabase ${(child.durationMs / 1000).toFixed(1)} s, longest stall ${child.longestStallMs.toFixed(1)} ms\n`,
  );
  rmSync(result.path, { force: true });

  let checkMs = 0;
  const inThreadCopy = join(dir, 'in-thread.sqlite');
  const inThread = await phase(store, async () => {
    const source = new Database(path, { readonly: true });
    source.exec('BEGIN');
    source.prepare('SELECT count(*) FROM sqlite_schema').get();
    await source.backup(inThreadCopy);
    source.exec('COMMIT');
    source.close();
    const copy = new Database(inThreadCopy);
    const t0 = performance.now();
    copy.pragma('integrity_check');
    checkMs = performance.now() - t0;
    copy.close();
    return { finished: true };
  });
  removeCopy(inThreadCopy);
  process.stdout.write(
    `backup: in-thread ${(inThread.durationMs / 1000).toFixed(1)} s, longest stall ${inThread.longestStallMs.toFixed(1)} ms\n`,
  );

  let restarts = 0;
  const unpinnedCopy = join(dir, 'unpinned.sqlite');
  const unpinned = await phase(store, async () => {
    const source = new Database(path, { readonly: true });
    const deadline = performance.now() + UNPINNED_LIMIT_MS;
    let lastRemaining = Number.POSITIVE_INFINITY;
    try {
      await source.backup(unpinnedCopy, {
        progress: ({ remainingPages }) => {
          if (remainingPages > lastRemaining) restarts += 1;
          lastRemaining = remainingPages;
          if (performance.now() > deadline) throw new Error('gave up');
          return 100;
        },
      });
      return { finished: true };
    } catch {
      return { finished: false, note: `not finished after ${UNPINNED_LIMIT_MS / 1000} s` };
    } finally {
      source.close();
    }
  });
  removeCopy(unpinnedCopy);
  process.stdout.write(`backup: unpinned finished=${unpinned.finished} restarts=${restarts}\n`);

  await checkpointer?.stop();
  store.close();

  const figures: BackupFigures = {
    rows: FEEDBACK_ROWS,
    fileMiB,
    buildMs,
    backupMiB,
    childCopyMs: result.copyMs,
    childCheckMs: result.checkMs,
    idle,
    child,
    inThread: { ...inThread, checkMs },
    unpinned: { ...unpinned, restarts },
    quickCheckMs,
  };
  process.stdout.write(`RESULT ${JSON.stringify(figures)}\n`);
}

await main();
