import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import type { EffectRenderer } from './effects.js';

/**
 * What every use case needs: the store (its transactions), the clock, the renderer of the
 * messages it queues, and a way to tell the outbox worker that effects were committed. Plain
 * values only, so a use case runs in a test on a SQLite file without Discord.
 */
export interface LifecycleDeps {
  store: Store;
  clock: Clock;
  /** Turns what a use case queues (announcements, DMs, audit-log reasons) into message bodies. */
  render: EffectRenderer;
  /** Call after a transaction that wrote outbox rows: the worker delivers them now. */
  wakeOutbox: () => void;
}
