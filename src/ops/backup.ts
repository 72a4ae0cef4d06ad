import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { constants, setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { BackupSettings } from '../config.js';
import { OWNER_ONLY } from '../store/database.js';
import { OpsError } from './errors.js';
import { errorMessage, parseUtcStamp, syncDirectory, utcStamp } from './files.js';
import { problemLines } from './integrity.js';

/** Our backups, and only ours: pruning never touches a file that does not match. */
const BACKUP_NAME = /^stagegate-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite$/;

/** Pages copied per step: about 4 MiB, so a cancelled backup stops within milliseconds. */
const PAGES_PER_STEP = 1024;

export interface BackupFolder {
  dir: string;
  /** BACKUP_DIR was not set: `backups/` beside the database, created when missing. */
  isDefault: boolean;
}

/** `BACKUP_DIR`, or `backups/` in the database's folder (`data/backups/` by default). */
export function backupFolder(databasePath: string, settings: BackupSettings | undefined): BackupFolder {
  const configured = settings?.dir ?? null;
  return configured === null
    ? { dir: join(dirname(databasePath), 'backups'), isDefault: true }
    : { dir: configured, isDefault: false };
}

export interface BackupFile {
  path: string;
  takenAt: Date;
}

/** Our backups in `dir`, newest first; an unreadable or missing folder has none. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: (BackupFile & { name: string; n: number })[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    const takenAt = match ? parseUtcStamp(match[1] ?? '') : null;
    if (takenAt) found.push({ name, n: Number(match?.[2] ?? 1), path: join(dir, name), takenAt });
  }
  found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.n - a.n);
  return found.map(({ path, takenAt }) => ({ path, takenAt }));
}

/** Deletes our oldest backups beyond the newest `keep`; returns the deleted paths. */
export function pruneBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  for (const old of listBackups(dir).slice(keep)) {
    rmSync(old.path, { force: true });
    removed.push(old.path);
  }
  return removed;
}

export interface BackupOptions {
  databasePath: string;
  folder: BackupFolder;
  /** Names the file (UTC). */
  now: Date;
  /** Aborting stops the copy at its next step; nothing is left behind. */
  signal?: AbortSignal;
}

export interface BackupResult {
  /** Absolute path of the checked backup. */
  path: string;
  bytes: number;
  pages: number;
  copyMs: number;
  checkMs: number;
}

interface CopierReply {
  ok: boolean;
  message?: string;
  problems?: string[];
  pages?: number;
  copyMs?: number;
  checkMs?: number;
}

/** How long a cancelled copier may take to stop by itself before it is killed. */
const CANCEL_GRACE_MS = 1000;

// Plain CommonJS run by `node -e` in a child process, so the same code runs under tsc output and
// under vitest. A child process rather than a worker thread: SQLite's integrity_check is one long
// native call, and a process exit waits for a worker thread stuck in one, while a child process
// can be killed at once (shutdown, cancel).
const COPIER_SOURCE = `
const { performance } = require('node:perf_hooks');
const fs = require('node:fs');
const job = JSON.parse(process.env.STAGEGATE_BACKUP_JOB);
const Database = require(job.driver);
let cancelled = false;
process.on('message', (message) => {
  if (message === 'cancel') cancelled = true;
});
// The bot went away: stop, and leave nothing behind.
process.on('disconnect', () => {
  cancelled = true;
});
async function run() {
  const started = performance.now();
  // Read-only: whatever happens here, the live database is never written.
  const source = new Database(job.source, { readonly: true, fileMustExist: true });
  let pages;
  try {
    source.pragma('busy_timeout = 5000');
    // One read transaction around the whole copy: every step reads the same snapshot, so the
    // bot's commits meanwhile neither restart the copy (SQLite restarts a backup whose source
    // another connection changed) nor tear it.
    source.exec('BEGIN');
    source.prepare('SELECT count(*) FROM sqlite_schema').get();
    const progress = await source.backup(job.partial, {
      progress: () => {
        if (cancelled) throw new Error('cancelled');
        return job.pagesPerStep;
      },
    });
    pages = progress.totalPages;
    source.exec('COMMIT');
  } finally {
    source.close();
  }
  const copyMs = performance.now() - started;
  const copy = new Database(job.partial, { fileMustExist: true });
  try {
    // A backup is one self-contained file, with no -wal beside it.
    copy.pragma('journal_mode = DELETE');
    const checkStarted = performance.now();
    const rows = copy.pragma('integrity_check');
    const problems = rows.map((row) => String(Object.values(row)[0]));
    const checkMs = performance.now() - checkStarted;
    const ok = problems.length === 1 && problems[0] === 'ok';
    return { ok, problems: ok ? [] : problems.slice(0, 100), pages, copyMs, checkMs };
  } finally {
    copy.close();
  }
}
run()
  .catch((error) => ({ ok: false, message: error && error.message ? error.message : String(error) }))
  .then((reply) => {
    if (!process.connected) {
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(job.partial + suffix, { force: true });
      process.exit(1);
    }
    process.send(reply, () => process.exit(0));
  });
`;

function runCopier(source: string, partial: string, signal: AbortSignal | undefined): Promise<CopierReply> {
  return new Promise((resolvePromise, reject) => {
    const job = {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      source,
      partial,
      pagesPerStep: PAGES_PER_STEP,
    };
    // Only what the copier needs: the bot's environment (its token) stays in the bot.
    const child = spawn(process.execPath, ['-e', COPIER_SOURCE], {
      env: { STAGEGATE_BACKUP_JOB: JSON.stringify(job) },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    try {
      // The lowest CPU priority: on a busy machine the copy waits, not the bot's interactions.
      if (child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    } catch {
      // Not permitted here; the copy runs at normal priority.
    }
    let reply: CopierReply | null = null;
    let stderr = '';
    let killTimer: NodeJS.Timeout | null = null;
    const cancel = (): void => {
      if (child.connected) child.send('cancel');
      killTimer = setTimeout(() => child.kill('SIGKILL'), CANCEL_GRACE_MS);
    };
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    child.on('message', (message: CopierReply) => {
      reply = message;
    });
    child.on('error', reject);
    child.on('exit', (code, exitSignal) => {
      signal?.removeEventListener('abort', cancel);
      if (killTimer) clearTimeout(killTimer);
      if (reply) resolvePromise(reply);
      else if (signal?.aborted) resolvePromise({ ok: false, message: 'cancelled' });
      else
        reject(
          new Error(
            `the copier stopped without an answer (${exitSignal ?? `exit ${code}`}) ${stderr.trim()}`.trim(),
          ),
        );
    });
  });
}

/** The folder, ready to write in; a clear refusal when it cannot be. */
function prepareFolder(folder: BackupFolder): void {
  if (folder.isDefault) {
    try {
      mkdirSync(folder.dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw new OpsError(`Cannot create the backup folder ${folder.dir}: ${errorMessage(error)}`);
    }
    return;
  }
  let isDirectory: boolean;
  try {
    isDirectory = statSync(folder.dir).isDirectory();
  } catch {
    // An explicit BACKUP_DIR is often a mount point: writing beside an absent mount fills the wrong disk.
    throw new OpsError(
      `The backup folder ${folder.dir} (BACKUP_DIR) does not exist. Create it (or mount it), or unset BACKUP_DIR to use backups/ beside the database.`,
    );
  }
  if (!isDirectory) throw new OpsError(`BACKUP_DIR ${folder.dir} is not a folder.`);
}

function removeQuietly(path: string): void {
  for (const file of [path, `${path}-journal`, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
}

/** `stagegate-<stamp>.sqlite`, or `-2`, `-3`... when a backup of the same second exists. */
function freeName(dir: string, now: Date): string {
  const stamp = utcStamp(now);
  for (let n = 1; ; n += 1) {
    const path = join(dir, `stagegate-${stamp}${n > 1 ? `-${n}` : ''}.sqlite`);
    if (!existsSync(path)) return path;
  }
}

/**
 * Copies the database while the bot runs, with SQLite's online backup API on its own read-only
 * connection in a child process at the lowest CPU priority, then runs `PRAGMA integrity_check` on
 * the copy there too: the bot's event loop never waits on either (see bench/backup.ts for the figures). The
 * copy is written to a hidden partial file, owner-only from its creation, and gets its name only
 * once checked; a failure or an abort removes it. Throws `OpsError` with what to do.
 */
export async function backupDatabase(options: BackupOptions): Promise<BackupResult> {
  const databasePath = resolve(options.databasePath);
  if (!existsSync(databasePath))
    throw new OpsError(`There is no database at ${databasePath}; check DATABASE_PATH.`);
  prepareFolder(options.folder);
  const dir = resolve(options.folder.dir);
  const finalPath = freeName(dir, options.now);
  const partial = join(dir, `.${finalPath.slice(dir.length + 1)}.partial`);
  try {
    // O_EXCL: never write over a file that is not ours.
    closeSync(openSync(partial, 'wx', OWNER_ONLY));
  } catch (error) {
    throw new OpsError(`Cannot write in the backup folder ${dir}: ${errorMessage(error)}`);
  }
  let reply: CopierReply;
  try {
    reply = await runCopier(databasePath, partial, options.signal);
  } catch (error) {
    removeQuietly(partial);
    throw new OpsError(`The backup failed: ${errorMessage(error)}`);
  }
  if (!reply.ok) {
    removeQuietly(partial);
    if (options.signal?.aborted) throw new OpsError('The backup was cancelled.');
    const problems = problemLines(reply.problems ?? []);
    if (problems.length > 0) {
      throw new OpsError(
        `The copy of ${databasePath} failed SQLite's integrity check (${problems[0]}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''}), so it was not kept. ` +
          'The database itself is probably damaged: keep your older backups, and see "Running it in production" in README.md.',
      );
    }
    throw new OpsError(`The backup failed: ${reply.message ?? 'unknown error'}`);
  }
  try {
    renameSync(partial, finalPath);
  } catch (error) {
    removeQuietly(partial);
    throw new OpsError(`Cannot name the backup ${finalPath}: ${errorMessage(error)}`);
  }
  syncDirectory(dir);
  return {
    path: finalPath,
    bytes: statSync(finalPath).size,
    pages: reply.pages ?? 0,
    copyMs: reply.copyMs ?? 0,
    checkMs: reply.checkMs ?? 0,
  };
}
