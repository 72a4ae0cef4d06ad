import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/logger.js';
import type { HealthSources } from '../../src/ops/health.js';
import { BotMetrics, type MetricSources } from '../../src/ops/metrics.js';
import { type OpsServer, startOpsServer } from '../../src/ops/server.js';

const sources: MetricSources = {
  outboxPending: () => 3,
  oldestPendingAgeSeconds: () => 42,
  gatewayReady: () => true,
  gatewayPingSeconds: () => 0.05,
  databaseSizeBytes: () => 123_456,
};

function healthy(): HealthSources {
  return { gatewayReady: () => true, probeDatabaseWrite: () => {}, oldestPendingAgeSeconds: () => 12 };
}

const servers: OpsServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** Log lines as objects. */
function logSink(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger: Logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

async function serve(health: HealthSources = healthy(), metrics = new BotMetrics(sources, ['features'])) {
  const server = await startOpsServer({
    host: '127.0.0.1',
    port: 0,
    metrics,
    health,
    logger: pino({ level: 'silent' }),
  });
  servers.push(server);
  if (!server.url) throw new Error('the server did not listen');
  return server.url;
}

describe('the metrics server', () => {
  it('serves every Stagegate metric and the process metrics in the Prometheus text format', async () => {
    const metrics = new BotMetrics(sources, ['features', 'feedback']);
    metrics.recordInteraction('features', 'ok', 0.004);
    metrics.recordInteraction('feedback', 'refused', 0.002);
    metrics.recordInteraction('made-up', 'error', 0.3);
    metrics.recordDelivery('role-add', 'delivered');
    metrics.recordDelivery('message', 'failed');
    const url = await serve(healthy(), metrics);

    const response = await fetch(`${url}/metrics`);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    for (const line of [
      'stagegate_interactions_total{command="features",outcome="ok"} 1',
      'stagegate_interactions_total{command="feedback",outcome="refused"} 1',
      'stagegate_interactions_total{command="unknown",outcome="error"} 1',
      'stagegate_interaction_duration_seconds_bucket{le="0.005"} 2',
      'stagegate_interaction_duration_seconds_count 3',
      'stagegate_deliveries_total{kind="role-add",result="delivered"} 1',
      'stagegate_deliveries_total{kind="message",result="failed"} 1',
      'stagegate_outbox_pending 3',
      'stagegate_outbox_oldest_pending_age_seconds 42',
      'stagegate_gateway_ready 1',
      'stagegate_gateway_ping_seconds 0.05',
      'stagegate_database_size_bytes 123456',
    ]) {
      expect(text).toContain(`\n${line}\n`);
    }
    expect(text).toMatch(/\nprocess_resident_memory_bytes \d+/);
    expect(text).toMatch(/\nnodejs_eventloop_lag_seconds /);
  });

  it('answers /healthz 200 with the checks when all is well', async () => {
    const url = await serve();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      gateway: 'ready',
      database: 'writable',
      oldestPendingAgeSeconds: 12,
    });
  });

  it('answers /healthz 503 naming every failed check', async () => {
    const url = await serve({
      gatewayReady: () => false,
      probeDatabaseWrite: () => {
        throw new Error('attempt to write a readonly database');
      },
      oldestPendingAgeSeconds: () => 301,
    });
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'unhealthy',
      reason:
        'the Discord gateway is not ready; the database is not writable (attempt to write a readonly database); ' +
        'the oldest undelivered effect is 301 s old (limit 300 s)',
      gateway: 'not ready',
      database: 'not writable',
      oldestPendingAgeSeconds: 301,
    });
  });

  it('answers 503 for an outbox stuck for 5 minutes, and 200 just before', async () => {
    let age = 299;
    const url = await serve({ ...healthy(), oldestPendingAgeSeconds: () => age });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    age = 300;
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { reason: string }).reason).toBe(
      'the oldest undelivered effect is 300 s old (limit 300 s)',
    );
  });

  it('answers 404 elsewhere and 405 to other methods', async () => {
    const url = await serve();
    expect((await fetch(`${url}/`)).status).toBe(404);
    const post = await fetch(`${url}/metrics`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('logs a port already in use and carries on without the server', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    const { logger, lines } = logSink();
    try {
      const server = await startOpsServer({
        host: '127.0.0.1',
        port,
        metrics: new BotMetrics(sources, []),
        health: healthy(),
        logger,
      });
      expect(server.url).toBeNull();
      await server.close();
      expect(lines).toContainEqual(
        expect.objectContaining({
          level: 50,
          msg: `metrics server cannot listen on 127.0.0.1:${port} (EADDRINUSE); the bot runs without /metrics and /healthz`,
        }),
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
