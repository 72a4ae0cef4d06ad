import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';

/** Delivered effects are kept this long (for support questions), then deleted. */
export const OUTBOX_RETENTION_MS = 30 * 24 * 60 * 60_000;
export const OUTBOX_RETENTION_SWEEP_MS = 60 * 60_000;
/** Rows deleted per transaction; the event loop gets a turn between batches. */
const BATCH = 1000;

/**
 * The hourly sweep's sibling: deletes outbox rows delivered more than 30 days ago. Failed effects
 * are kept (they explain a report). A first run over a long history deletes in batches, so
 * interactions are served in between.
 */
export class OutboxRetention {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly store: Store,
    /** The business clock: delivered_at is stamped with it. */
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly intervalMs = OUTBOX_RETENTION_SWEEP_MS,
  ) {}

  /** Prunes once right away (the bot may have been down for a while), then on the timer. */
  start(): void {
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
    setImmediate(() => {
      if (this.timer) void this.runOnce();
    });
  }

  /** Stops the timer and waits for a run in progress (it stops after its current batch). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Deletes every delivered effect older than the retention; returns how many. Never rejects. */
  runOnce(): Promise<number> {
    this.running ??= this.prune().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async prune(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - OUTBOX_RETENTION_MS);
    let deleted = 0;
    try {
      for (;;) {
        const n = this.store.outbox.pruneDelivered(cutoff, BATCH);
        deleted += n;
        if (n < BATCH) break;
        await yieldToEventLoop();
        if (this.stopped) break;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'outbox retention failed');
    }
    if (deleted > 0)
      this.logger.info({ deleted, before: cutoff.toISOString() }, 'delivered outbox rows pruned');
    return deleted;
  }
}
