import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { OutboxKind } from '../domain/entities.js';

export type InteractionOutcome = 'ok' | 'refused' | 'error';
export type DeliveryResult = 'delivered' | 'retried' | 'failed';

/** What the gauges read at each scrape. */
export interface MetricSources {
  outboxPending(): number;
  /** Age of the oldest effect waiting for delivery; null when none waits. */
  oldestPendingAgeSeconds(): number | null;
  gatewayReady(): boolean;
  /** The gateway's heartbeat round trip; null before the first acknowledged heartbeat. */
  gatewayPingSeconds(): number | null;
  /** The database file with its -wal and -shm, on disk. */
  databaseSizeBytes(): number;
}

/** Interaction latencies are milliseconds when all is well; the top buckets catch a stalled bot. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The bot's Prometheus metrics, in a registry of its own (several bots in one test process do not
 * share counters). Counters are fed by the dispatcher and the outbox worker; gauges read their
 * sources when scraped.
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly interactions;
  private readonly duration;
  private readonly deliveries;
  private readonly backups;
  private readonly knownCommands: ReadonlySet<string>;

  constructor(sources: MetricSources, commandNames: readonly string[]) {
    const registers = [this.registry];
    this.knownCommands = new Set(commandNames);
    collectDefaultMetrics({ register: this.registry });
    this.interactions = new Counter({
      name: 'stagegate_interactions_total',
      help: 'Slash commands, buttons and forms handled, by command and outcome (ok, refused, error)',
      labelNames: ['command', 'outcome'] as const,
      registers,
    });
    this.duration = new Histogram({
      name: 'stagegate_interaction_duration_seconds',
      help: 'Time from receiving an interaction to having answered it',
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.deliveries = new Counter({
      name: 'stagegate_deliveries_total',
      help: 'Outbox delivery attempts by effect kind and result (delivered, retried, failed)',
      labelNames: ['kind', 'result'] as const,
      registers,
    });
    this.backups = new Counter({
      name: 'stagegate_backups_total',
      help: 'Scheduled backups by result (ok, failed)',
      labelNames: ['result'] as const,
      registers,
    });
    new Gauge({
      name: 'stagegate_outbox_pending',
      help: 'Effects on Discord waiting for delivery',
      registers,
      collect() {
        this.set(sources.outboxPending());
      },
    });
    new Gauge({
      name: 'stagegate_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest effect waiting for delivery (0 when none waits)',
      registers,
      collect() {
        this.set(sources.oldestPendingAgeSeconds() ?? 0);
      },
    });
    new Gauge({
      name: 'stagegate_gateway_ready',
      help: '1 when the Discord gateway connection is ready, else 0',
      registers,
      collect() {
        this.set(sources.gatewayReady() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'stagegate_gateway_ping_seconds',
      help: 'Round trip of the last gateway heartbeat (NaN before the first one)',
      registers,
      collect() {
        this.set(sources.gatewayPingSeconds() ?? Number.NaN);
      },
    });
    new Gauge({
      name: 'stagegate_database_size_bytes',
      help: 'Size on disk of the SQLite database with its -wal and -shm files',
      registers,
      collect() {
        this.set(sources.databaseSizeBytes());
      },
    });
  }

  recordInteraction(command: string, outcome: InteractionOutcome, seconds: number): void {
    // Only names the bot registered become label values, so the series stay few.
    const label = this.knownCommands.has(command) ? command : 'unknown';
    this.interactions.inc({ command: label, outcome });
    this.duration.observe(seconds);
  }

  recordDelivery(kind: OutboxKind, result: DeliveryResult): void {
    this.deliveries.inc({ kind, result });
  }

  recordBackup(result: 'ok' | 'failed'): void {
    this.backups.inc({ result });
  }
}
