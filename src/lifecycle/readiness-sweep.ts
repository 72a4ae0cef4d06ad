import type { Logger } from '../logger.js';
import type { LifecycleDeps } from './deps.js';
import { queueReadinessNotice } from './readiness-watch.js';

export const READINESS_SWEEP_MS = 60 * 60_000;

/**
 * Time alone makes a feature ready (the `min_days` gate) without any new feedback, so the watch
 * also runs on a timer over every promotable feature. `queueReadinessNotice` posts once per
 * level, so running it often costs queries, never duplicate notices.
 */
export class ReadinessSweep {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: LifecycleDeps,
    private readonly logger: Logger,
    private readonly intervalMs = READINESS_SWEEP_MS,
  ) {}

  /** Checks once right away (the bot may have been down when a feature became ready), then on the timer. */
  start(): void {
    this.timer = setInterval(() => this.runOnce(), this.intervalMs);
    this.timer.unref();
    setImmediate(() => {
      if (this.timer) this.runOnce();
    });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Checks every promotable feature now; returns how many notices were queued. */
  runOnce(): number {
    const { store, clock } = this.deps;
    let queued = 0;
    try {
      for (const guildId of store.promotions.guildsWithPromotableFeatures()) {
        for (const feature of store.features.listActive(guildId)) {
          const now = clock.now();
          // One transaction per feature: the check re-reads the feature, so a concurrent promotion is seen.
          const posted = store.transaction(() => {
            const current = store.features.findById(feature.id);
            return current?.state === 'active' ? queueReadinessNotice(this.deps, current, now) : false;
          });
          if (posted) queued++;
        }
      }
    } catch (error) {
      this.logger.error({ err: error }, 'readiness sweep failed');
    }
    if (queued > 0) {
      this.logger.info({ queued }, 'readiness notices queued');
      this.deps.wakeOutbox();
    }
    return queued;
  }
}
