/**
 * `/metrics` scrape time on the 1,000,000-row database (issue 13): the bot with METRICS_PORT on
 * 127.0.0.1, scraped one request at a time, against `/healthz` on the same server (no collection)
 * in the same run; then a paced `/feedback` stream without and with scrapes every 100 ms, so the
 * cost of a scrape to interactions shows.
 */
import { Agent, get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  chooseScenario,
  figures,
  PACED_PER_SECOND,
  type RunFigures,
  startBotProcess,
} from './interactions.js';
import { drive } from './lib/drive.js';
import { buildFeedbackDatabase, FEEDBACK_ROWS } from './lib/feedback-db.js';
import { prepareWorld } from './lib/setup.js';
import { type Distribution, distribution } from './lib/stats.js';

export const SCRAPES = 200;
const WARMUP_SCRAPES = 20;
/** The interaction stream, with and without scraping. */
const STREAM_MS = 10_000;
const SCRAPE_EVERY_MS = 100;

export interface MetricsFigures {
  rows: number;
  buildMs: number;
  /** Bytes and lines (samples and comments) of one `/metrics` answer. */
  bytes: number;
  lines: number;
  /** Idle bot, one request at a time, ms. */
  scrape: Distribution;
  healthz: Distribution;
  /** Scrapes every 100 ms during the paced stream. */
  scrapeUnderLoad: Distribution;
  stream: { without: RunFigures; with: RunFigures };
  load: number[][];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** One GET, body read to the end; resolves with the time and the body. */
function fetchTimed(
  agent: Agent,
  port: number,
  path: string,
): Promise<{ ms: number; body: string; status: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          ms: performance.now() - started,
          body: Buffer.concat(chunks).toString('utf8'),
          status: res.statusCode ?? 0,
        }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

export async function runMetricsBench(
  dir: string,
  logs: string,
  progress: (line: string) => void,
  loadavg: () => number[],
): Promise<MetricsFigures> {
  const path = join(dir, 'metrics.sqlite');
  const buildMs = buildFeedbackDatabase(path);
  progress(
    `metrics: ${FEEDBACK_ROWS.toLocaleString('en-US')}-row database built in ${(buildMs / 1000).toFixed(1)} s`,
  );
  const world = await prepareWorld(path);
  const port = await freePort();
  const bot = startBotProcess(world, logs, 'bot-metrics', [], {
    env: { METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' },
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    await bot.waitForOutput('logged in', 120_000);
    await bot.waitForOutput('metrics and health served', 10_000);
    const load = [loadavg()];
    const scenario = await chooseScenario(world);
    let sample = await fetchTimed(agent, port, '/metrics');
    if (sample.status !== 200)
      throw new Error(`/metrics answered ${sample.status}: ${sample.body.slice(0, 200)}`);
    for (let i = 0; i < WARMUP_SCRAPES; i += 1) {
      await fetchTimed(agent, port, '/metrics');
      await fetchTimed(agent, port, '/healthz');
    }
    // Alternating, so both see the same machine.
    const scrape: number[] = [];
    const healthz: number[] = [];
    for (let i = 0; i < SCRAPES; i += 1) {
      sample = await fetchTimed(agent, port, '/metrics');
      scrape.push(sample.ms);
      healthz.push((await fetchTimed(agent, port, '/healthz')).ms);
    }
    load.push(loadavg());

    const paced = {
      fake: world.fake,
      guildId: world.guild.id,
      channelId: world.channel.id,
      command: scenario.command,
      accept: scenario.accept,
      total: (STREAM_MS / 1000) * PACED_PER_SECOND,
      perSecond: PACED_PER_SECOND,
      deadlineMs: STREAM_MS + 30_000,
    };
    const without = figures(await drive(paced));
    const underLoad: number[] = [];
    let streaming = true;
    const scraper = (async () => {
      while (streaming) {
        const started = performance.now();
        underLoad.push((await fetchTimed(agent, port, '/metrics')).ms);
        const wait = SCRAPE_EVERY_MS - (performance.now() - started);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
    })();
    const withScrapes = figures(await drive(paced));
    streaming = false;
    await scraper;
    load.push(loadavg());
    const result: MetricsFigures = {
      rows: FEEDBACK_ROWS,
      buildMs,
      bytes: Buffer.byteLength(sample.body),
      lines: sample.body.split('\n').filter(Boolean).length,
      scrape: distribution(scrape),
      healthz: distribution(healthz),
      scrapeUnderLoad: distribution(underLoad),
      stream: { without, with: withScrapes },
      load,
    };
    progress(
      `metrics: scrape p50 ${result.scrape.p50.toFixed(2)} ms, p99 ${result.scrape.p99.toFixed(2)} ms (/healthz p50 ${result.healthz.p50.toFixed(2)} ms)`,
    );
    return result;
  } finally {
    agent.destroy();
    await bot.stop();
    await world.fake.close();
  }
}
