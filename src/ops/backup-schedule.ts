import { type Clock, systemClock } from '../clock.js';
import type { Logger } from '../logger.js';
import { type BackupFolder, type BackupResult, backupDatabase, listBackups, pruneBackups } from './backup.js';
import { errorMessage } from './files.js';

/** setTimeout's longest delay (about 24.8 days); longer intervals re-arm when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A failed backup is tried again after this long (or the interval, when shorter). */
const RETRY_MS = 60 * 60_000;

export interface BackupScheduleOptions {
  databasePath: string;
  folder: BackupFolder;
  intervalMs: number;
  keep: number;
  logger: Logger;
  /** Real time: when the newest backup was taken and when the next is due. */
  scheduler?: Clock;
  /** Told of each scheduled backup's result (metrics). */
  onResult?: (result: 'ok' | 'failed') => void;
}

/**
 * `BACKUP_INTERVAL` in the running bot: a backup whenever the newest of ours in the folder is
 * `intervalMs` old (so restarts neither skip nor repeat one; the first comes at once), then the
 * oldest beyond `keep` are deleted. Runs off the event loop (see `backupDatabase`); a failure is
 * logged and tried again an hour later.
 */
export class BackupSchedule {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<BackupResult | null> | null = null;
  private readonly abort = new AbortController();
  private readonly scheduler: Clock;

  constructor(private readonly options: BackupScheduleOptions) {
    this.scheduler = options.scheduler ?? systemClock;
  }

  start(): void {
    const wait = this.msUntilDue();
    this.options.logger.info(
      {
        folder: this.options.folder.dir,
        intervalMs: this.options.intervalMs,
        keep: this.options.keep,
        nextInMs: wait,
      },
      'scheduled backups on',
    );
    this.arm(wait);
  }

  /** Stops the timer and cancels a backup in progress (its partial file is removed). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
    await this.running;
  }

  /** Makes one backup now and prunes; resolves with it, or null when it failed (logged). */
  runOnce(): Promise<BackupResult | null> {
    this.running ??= this.backup().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Time until the newest of our backups is an interval old: 0 when there is none. */
  msUntilDue(): number {
    const newest = listBackups(this.options.folder.dir)[0];
    if (!newest) return 0;
    const due = newest.takenAt.getTime() + this.options.intervalMs - this.scheduler.now().getTime();
    return Math.max(0, Math.min(due, this.options.intervalMs));
  }

  private arm(delayMs: number): void {
    if (this.abort.signal.aborted) return;
    this.timer = setTimeout(() => void this.tick(), Math.min(delayMs, MAX_TIMER_MS));
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    const wait = this.msUntilDue();
    // Woken early: a longer interval than one timer can hold, or a backup made by hand meanwhile.
    if (wait > 1000) return this.arm(wait);
    const result = await this.runOnce();
    this.arm(result ? this.options.intervalMs : Math.min(this.options.intervalMs, RETRY_MS));
  }

  private async backup(): Promise<BackupResult | null> {
    const { databasePath, folder, keep, logger } = this.options;
    try {
      const result = await backupDatabase({
        databasePath,
        folder,
        now: this.scheduler.now(),
        signal: this.abort.signal,
      });
      const pruned = pruneBackups(folder.dir, keep);
      logger.info(
        {
          path: result.path,
          bytes: result.bytes,
          copyMs: Math.round(result.copyMs),
          checkMs: Math.round(result.checkMs),
          pruned: pruned.length,
        },
        'backup written',
      );
      this.options.onResult?.('ok');
      return result;
    } catch (error) {
      if (!this.abort.signal.aborted) {
        logger.error({ reason: errorMessage(error) }, 'scheduled backup failed');
        this.options.onResult?.('failed');
      }
      return null;
    }
  }
}
