import { statSync } from 'node:fs';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { OutboxKind } from '../domain/entities.js';
import type { Logger } from '../logger.js';
import { databaseFiles } from '../store/database.js';
import type { Store } from '../store/store.js';
import { backupFolder } from './backup.js';
import { BackupSchedule } from './backup-schedule.js';
import { probeDatabaseWrite } from './health.js';
import { BotMetrics, type DeliveryResult, type InteractionOutcome, type MetricSources } from './metrics.js';
import { OutboxRetention } from './outbox-retention.js';
import { type OpsServer, startOpsServer } from './server.js';

export interface OpsRuntimeOptions {
  config: Config;
  store: Store;
  /** The business clock (outbox timestamps). */
  clock: Clock;
  logger: Logger;
  /** What the bot knows of its gateway connection. */
  gateway: { ready(): boolean; pingMs(): number };
  commandNames: readonly string[];
  /** How often delivered outbox rows are pruned (default hourly). */
  retentionSweepMs?: number;
}

function sizeOnDisk(path: string): number {
  let bytes = 0;
  for (const file of databaseFiles(path)) {
    try {
      bytes += statSync(file).size;
    } catch {
      // No -wal or -shm right now.
    }
  }
  return bytes;
}

/**
 * The bot's operations side: metrics and health (with `METRICS_PORT`), scheduled backups (with
 * `BACKUP_INTERVAL`) and the outbox retention job. `bot.ts` feeds the metrics hooks to the
 * dispatcher and the outbox worker, and starts and stops the rest around the Discord client.
 */
export class OpsRuntime {
  readonly metrics: BotMetrics | null;
  readonly retention: OutboxRetention;
  readonly backups: BackupSchedule | null;
  private server: OpsServer | null = null;

  constructor(private readonly options: OpsRuntimeOptions) {
    const { config, store, clock, logger, gateway } = options;
    const sources: MetricSources = {
      outboxPending: () => store.outbox.pendingCount(),
      oldestPendingAgeSeconds: () => this.oldestPendingAgeSeconds(),
      gatewayReady: () => gateway.ready(),
      gatewayPingSeconds: () => (gateway.pingMs() >= 0 ? gateway.pingMs() / 1000 : null),
      databaseSizeBytes: () => sizeOnDisk(config.databasePath),
    };
    this.metrics = config.metrics ? new BotMetrics(sources, options.commandNames) : null;
    this.retention = new OutboxRetention(store, clock, logger, options.retentionSweepMs);
    const intervalMs = config.backup?.intervalMs ?? null;
    this.backups =
      intervalMs === null || config.databasePath === ':memory:'
        ? null
        : new BackupSchedule({
            databasePath: config.databasePath,
            folder: backupFolder(config.databasePath, config.backup),
            intervalMs,
            keep: config.backup?.keep ?? 7,
            logger,
            onResult: (result) => this.metrics?.recordBackup(result),
          });
  }

  /** The dispatcher's hook (counts and times interactions when metrics are on). */
  readonly observeInteraction = (command: string, outcome: InteractionOutcome, seconds: number): void => {
    this.metrics?.recordInteraction(command, outcome, seconds);
  };

  /** The outbox worker's hook. */
  readonly observeDelivery = (kind: OutboxKind, result: DeliveryResult): void => {
    this.metrics?.recordDelivery(kind, result);
  };

  /** Where `/metrics` and `/healthz` are served; null when off or when the port could not be had. */
  get metricsUrl(): string | null {
    return this.server?.url ?? null;
  }

  /** Starts `/metrics` and `/healthz` (before login, so health reads "not ready" until the gateway is). */
  async startServer(): Promise<void> {
    const { config, store, gateway, logger } = this.options;
    if (!this.metrics || !config.metrics) return;
    this.server = await startOpsServer({
      host: config.metrics.host,
      port: config.metrics.port,
      metrics: this.metrics,
      logger,
      health: {
        gatewayReady: () => gateway.ready(),
        probeDatabaseWrite: () => probeDatabaseWrite(store.db),
        oldestPendingAgeSeconds: () => this.oldestPendingAgeSeconds(),
      },
    });
  }

  private oldestPendingAgeSeconds(): number | null {
    const at = this.options.store.outbox.oldestPendingAt();
    return at ? Math.max(0, (this.options.clock.now().getTime() - at.getTime()) / 1000) : null;
  }

  /** Starts the timers: outbox retention, scheduled backups. */
  startJobs(): void {
    this.retention.start();
    this.backups?.start();
  }

  /** Stops the timers and waits for a run in progress (a backup is cancelled). */
  async stopJobs(): Promise<void> {
    await Promise.all([this.retention.stop(), this.backups?.stop()]);
  }

  async closeServer(): Promise<void> {
    await this.server?.close();
    this.server = null;
  }
}
