import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';

let h: Harness;
let url: string;

beforeAll(async () => {
  h = await Harness.start();
  // The harness starts the bot without metrics; the same bot restarts with METRICS_PORT set (any free port).
  await h.stopBot();
  h.config.metrics = { host: '127.0.0.1', port: 0 };
  await h.startBot();
  url = h.bot.ops.metricsUrl!;
});

afterAll(async () => {
  await h?.close();
});

async function metric(line: string): Promise<string | undefined> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return text.split('\n').find((l) => l.startsWith(`${line} `));
}

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the running bot with METRICS_PORT', () => {
  it('serves on 127.0.0.1 and is healthy once logged in', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', gateway: 'ready', database: 'writable', oldestPendingAgeSeconds: null },
    });
    expect(await metric('stagegate_gateway_ready')).toBe('stagegate_gateway_ready 1');
    expect(Number((await metric('stagegate_database_size_bytes'))?.split(' ')[1])).toBeGreaterThan(0);
  });

  it('counts interactions by command and outcome, with their latency', async () => {
    await h.command(h.members.alice, 'features').reply();
    await h.command(h.members.alice, 'promote', { feature: 'nothing' }).reply();
    await expect
      .poll(() => metric('stagegate_interactions_total{command="features",outcome="ok"}'))
      .toBe('stagegate_interactions_total{command="features",outcome="ok"} 1');
    await expect
      .poll(() => metric('stagegate_interactions_total{command="promote",outcome="refused"}'))
      .toBe('stagegate_interactions_total{command="promote",outcome="refused"} 1');
    expect(await metric('stagegate_interaction_duration_seconds_count')).toBe(
      'stagegate_interaction_duration_seconds_count 2',
    );
  });

  it('counts deliveries by kind and result', async () => {
    const { store } = h.bot.deps;
    store.transaction(() =>
      store.outbox.enqueue(
        h.guild.id,
        {
          kind: 'message',
          channelId: h.channels.general.id,
          body: { content: 'hello', allowed_mentions: { parse: [] } },
        },
        null,
        h.clock.now(),
      ),
    );
    h.bot.deps.wakeOutbox();
    await h.outboxIdle();
    await expect
      .poll(() => metric('stagegate_deliveries_total{kind="message",result="delivered"}'))
      .toBe('stagegate_deliveries_total{kind="message",result="delivered"} 1');
  });

  it('turns unhealthy while another connection holds the write lock, and healthy again after', async () => {
    h.db.exec('BEGIN IMMEDIATE');
    try {
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'unhealthy', database: 'not writable' });
      expect(body.reason).toContain('the database is not writable (database is locked)');
    } finally {
      h.db.exec('ROLLBACK');
    }
    expect((await health()).status).toBe(200);
  });

  it('turns unhealthy when an effect has waited 5 minutes, and shows it in the outbox gauges', async () => {
    // Queued 6 minutes ago and held back by a retry far in the future.
    const queuedAt = new Date(h.clock.now().getTime() - 6 * 60_000).toISOString();
    h.db
      .prepare(
        `INSERT INTO outbox (guild_id, kind, lane, payload, created_at, available_at)
         VALUES (?, 'message', 'channel:stuck', '{}', ?, '2999-01-01T00:00:00.000Z')`,
      )
      .run(h.guild.id, queuedAt);
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toMatchObject({ status: 'unhealthy', oldestPendingAgeSeconds: 360 });
    expect(body.reason).toBe('the oldest undelivered effect is 360 s old (limit 300 s)');
    expect(await metric('stagegate_outbox_pending')).toBe('stagegate_outbox_pending 1');
    expect(await metric('stagegate_outbox_oldest_pending_age_seconds')).toBe(
      'stagegate_outbox_oldest_pending_age_seconds 360',
    );
    h.db.prepare("DELETE FROM outbox WHERE lane = 'channel:stuck'").run();
  });
});
