import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { ReplyView } from '../test/support/fake-discord/index.js';
import { type NodeChild, procCpuMs, procMemory, spawnNode } from './lib/child.js';
import { type CommandFor, type DriveResult, drive } from './lib/drive.js';
import { type ProfileSummary, summariseProfile } from './lib/profile.js';
import { BASELINE_CLIENT, type BenchWorld, BOT_MAIN, startNodeArgs, TMP } from './lib/setup.js';
import { type Distribution, distribution, median } from './lib/stats.js';

export const THROUGHPUT_INTERACTIONS = 5_000;
export const CONCURRENCY = 64;
export const PACED_INTERACTIONS = 3_000;
export const PACED_PER_SECOND = 100;
export const MEMORY_INTERACTIONS = 50_000;
export const WARMUP_INTERACTIONS = 1_000;
const MEMORY_CHUNKS = 5;

/** One result out of consecutive runs (durations add up; per-second buckets follow each other). */
export function combine(runs: DriveResult[]): DriveResult {
  const latencies = new Float64Array(runs.reduce((n, r) => n + r.latencies.length, 0));
  let offset = 0;
  for (const r of runs) {
    latencies.set(r.latencies, offset);
    offset += r.latencies.length;
  }
  const ok = runs.reduce((n, r) => n + r.ok, 0);
  const durationMs = runs.reduce((n, r) => n + r.durationMs, 0);
  return {
    sent: runs.reduce((n, r) => n + r.sent, 0),
    ok,
    failed: runs.reduce((n, r) => n + r.failed, 0),
    firstFailure: runs.find((r) => r.firstFailure)?.firstFailure ?? null,
    durationMs,
    perSecond: (ok * 1000) / durationMs,
    latencies,
    perSecondBuckets: runs.flatMap((r) => r.perSecondBuckets),
  };
}

/** What the bot is asked: `/feedback` once it is implemented, `/features <key>` before that. */
export interface Scenario {
  label: string;
  command: CommandFor;
  accept: (reply: ReplyView) => boolean;
}

export interface RunFigures {
  ok: number;
  failed: number;
  firstFailure: string | null;
  durationMs: number;
  perSecond: number;
  /** Median of the per-second completion counts. */
  medianPerSecond: number;
  latency: Distribution;
}

export interface InteractionFigures {
  scenario: string;
  baseline: { throughput: RunFigures; paced: RunFigures };
  bot: {
    throughput: RunFigures;
    paced: RunFigures;
    memory: RunFigures;
    rssIdleKiB: number;
    rssBeforeKiB: number;
    rssAfterKiB: number;
    /** RSS after each fifth of the sustained run. */
    rssSeriesKiB: number[];
    hwmKiB: number;
    cpuMsPerInteraction: number;
    fakeCpuMsPerInteraction: number;
  };
  violations: number;
}

export function figures(result: DriveResult): RunFigures {
  return {
    ok: result.ok,
    failed: result.failed,
    firstFailure: result.firstFailure,
    durationMs: result.durationMs,
    perSecond: result.perSecond,
    medianPerSecond: result.perSecondBuckets.length > 0 ? median(result.perSecondBuckets) : result.perSecond,
    latency: distribution(result.latencies),
  };
}

export const FEEDBACK_TAGS = ['bug', 'idea', 'praise', 'question', 'docs', 'performance'] as const;

/** The `/feedback` scenario, checked once before the measured runs so a broken bot fails fast. */
export async function chooseScenario(world: BenchWorld): Promise<Scenario> {
  const feedback: Scenario = {
    label: '/feedback (feature, tags, message given: stores one item, replies ephemerally)',
    command: (i) => ({
      name: 'feedback',
      options: {
        feature: world.feature.key,
        tags: FEEDBACK_TAGS[i % FEEDBACK_TAGS.length]!,
        message: `Benchmark feedback ${i}: the results page loads slowly when the query has many terms.`,
      },
    }),
    accept: (reply) => reply.ephemeral && /#\d+/.test(reply.content),
  };
  const probe = await drive({
    fake: world.fake,
    guildId: world.guild.id,
    channelId: world.channel.id,
    command: feedback.command,
    accept: feedback.accept,
    total: 1,
    concurrency: 1,
    deadlineMs: 30_000,
  });
  if (probe.ok !== 1) {
    throw new Error(`/feedback did not answer as expected: ${JSON.stringify(probe.firstFailure)}`);
  }
  return feedback;
}

interface Runner {
  world: BenchWorld;
  scenario: Scenario;
}

function throughputRun(r: Runner, total = THROUGHPUT_INTERACTIONS): Promise<DriveResult> {
  return drive({
    fake: r.world.fake,
    guildId: r.world.guild.id,
    channelId: r.world.channel.id,
    command: r.scenario.command,
    accept: r.scenario.accept,
    total,
    concurrency: CONCURRENCY,
    deadlineMs: 120_000,
  });
}

function pacedRun(r: Runner): Promise<DriveResult> {
  return drive({
    fake: r.world.fake,
    guildId: r.world.guild.id,
    channelId: r.world.channel.id,
    command: r.scenario.command,
    accept: r.scenario.accept,
    total: PACED_INTERACTIONS,
    perSecond: PACED_PER_SECOND,
    deadlineMs: (PACED_INTERACTIONS / PACED_PER_SECOND) * 1000 + 30_000,
  });
}

export interface BotProcessOptions {
  /** More environment (e.g. METRICS_PORT) over the world's. */
  env?: Record<string, string>;
  /** false: Node's defaults instead of `npm start`'s flags (the memory benchmark's comparison). */
  startFlags?: boolean;
}

/**
 * The bot as `npm start` runs it: `node <npm start's flags> dist/src/main.js`, plus
 * `BENCH_BOT_NODE_ARGS` (experiments) and `nodeArgs`.
 */
export function startBotProcess(
  world: BenchWorld,
  logs: string,
  name: string,
  nodeArgs: string[] = [],
  options: BotProcessOptions = {},
): NodeChild {
  return spawnNode(BOT_MAIN, {
    env: { ...world.env, ...options.env },
    cwd: TMP,
    logFile: join(logs, `${name}.log`),
    nodeArgs: [
      ...(options.startFlags === false ? [] : startNodeArgs()),
      ...(process.env.BENCH_BOT_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      ...nodeArgs,
    ],
  });
}

/** Waits for the process to settle (timers, GC of the last burst) before reading its memory. */
export async function settledRss(pid: number): Promise<number> {
  await delay(2_000);
  return procMemory(pid).rssKiB;
}

export async function runInteractionBench(
  world: BenchWorld,
  logs: string,
  progress: (line: string) => void,
): Promise<InteractionFigures> {
  // Baseline first, alone on the fake: the fake dispatches each interaction to every connected session.
  const baselineChild = spawnNode(BASELINE_CLIENT, {
    env: { DISCORD_TOKEN: world.config.discordToken, DISCORD_API_URL: world.fake.restUrl },
    cwd: TMP,
    logFile: join(logs, 'baseline-client.log'),
  });
  let baseline: InteractionFigures['baseline'];
  try {
    await baselineChild.waitForOutput('ready', 30_000);
    const r: Runner = {
      world,
      scenario: {
        label: 'baseline',
        command: () => ({ name: 'features', options: {} }),
        accept: (reply) => reply.content === 'ok' && reply.ephemeral,
      },
    };
    await throughputRun(r, WARMUP_INTERACTIONS);
    const throughput = figures(await throughputRun(r));
    progress(
      `baseline throughput: ${throughput.perSecond.toFixed(0)}/s, p99 ${throughput.latency.p99.toFixed(2)} ms`,
    );
    const paced = figures(await pacedRun(r));
    progress(
      `baseline paced: p50 ${paced.latency.p50.toFixed(2)} ms, p99 ${paced.latency.p99.toFixed(2)} ms`,
    );
    baseline = { throughput, paced };
  } finally {
    await baselineChild.stop();
  }

  const bot = startBotProcess(world, logs, 'bot');
  try {
    await bot.waitForOutput('logged in', 60_000);
    const rssIdleKiB = await settledRss(bot.pid);
    const scenario = await chooseScenario(world);
    progress(`scenario: ${scenario.label}`);
    const r: Runner = { world, scenario };
    await throughputRun(r, WARMUP_INTERACTIONS);
    const throughput = figures(await throughputRun(r));
    progress(
      `bot throughput: ${throughput.perSecond.toFixed(0)}/s, p99 ${throughput.latency.p99.toFixed(2)} ms`,
    );
    const paced = figures(await pacedRun(r));
    progress(`bot paced: p50 ${paced.latency.p50.toFixed(2)} ms, p99 ${paced.latency.p99.toFixed(2)} ms`);

    const rssBeforeKiB = await settledRss(bot.pid);
    const cpuBefore = procCpuMs(bot.pid);
    const fakeCpuBefore = process.cpuUsage();
    // Five chunks back to back, RSS read after each: a plateau is heap sizing, a slope is a leak.
    const chunks: DriveResult[] = [];
    const rssSeriesKiB: number[] = [];
    for (let chunk = 0; chunk < MEMORY_CHUNKS; chunk += 1) {
      chunks.push(
        await drive({
          fake: world.fake,
          guildId: world.guild.id,
          channelId: world.channel.id,
          command: scenario.command,
          accept: scenario.accept,
          total: MEMORY_INTERACTIONS / MEMORY_CHUNKS,
          concurrency: CONCURRENCY,
          deadlineMs: 60_000,
        }),
      );
      rssSeriesKiB.push(procMemory(bot.pid).rssKiB);
    }
    const memoryRun = combine(chunks);
    const cpuMs = procCpuMs(bot.pid) - cpuBefore;
    const fakeCpu = process.cpuUsage(fakeCpuBefore);
    const memory = figures(memoryRun);
    const rssAfterKiB = await settledRss(bot.pid);
    const { hwmKiB } = procMemory(bot.pid);
    progress(
      `bot memory: ${memoryRun.ok} interactions at ${memory.perSecond.toFixed(0)}/s, RSS ${(rssBeforeKiB / 1024).toFixed(1)} -> ${(rssAfterKiB / 1024).toFixed(1)} MiB`,
    );
    return {
      scenario: scenario.label,
      baseline,
      bot: {
        throughput,
        paced,
        memory,
        rssIdleKiB,
        rssBeforeKiB,
        rssAfterKiB,
        rssSeriesKiB,
        hwmKiB,
        cpuMsPerInteraction: cpuMs / Math.max(1, memoryRun.sent),
        fakeCpuMsPerInteraction: (fakeCpu.user + fakeCpu.system) / 1000 / Math.max(1, memoryRun.sent),
      },
      violations: world.fake.violations.length,
    };
  } finally {
    const code = await bot.stop();
    if (code !== 0) progress(`bot exited with code ${code}; see ${join(logs, 'bot.log')}`);
  }
}

/** A second bot process under `--cpu-prof`, driven like the throughput run; summarised top functions. */
export async function profileBot(
  world: BenchWorld,
  logs: string,
  profiles: string,
): Promise<ProfileSummary | null> {
  const bot = startBotProcess(world, logs, 'bot-profiled', ['--cpu-prof', '--cpu-prof-dir', profiles]);
  try {
    await bot.waitForOutput('logged in', 60_000);
    const scenario = await chooseScenario(world);
    await throughputRun({ world, scenario });
  } finally {
    await bot.stop();
  }
  return summariseProfile(profiles);
}
