/**
 * Memory of the bot as `npm start` runs it (issue 13, item 7): RSS idle and after 50,000
 * `/feedback` interactions from distinct members, broken down by a probe loaded into the bot
 * (`bench/lib/mem-probe.ts`: `process.memoryUsage()`, V8's heap spaces, anonymous and file-backed
 * pages), against the bare discord.js client and against the bot under Node's default settings.
 *
 * Each process has a fake Discord of its own, and all run at once: the driver feeds them in turn,
 * 5,000 interactions at a time, so a change in the machine's load (2 shared cores) falls on each
 * alike and the throughput ratios hold even when the absolute figures move.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import {
  CONCURRENCY,
  chooseScenario,
  combine,
  figures,
  type RunFigures,
  type Scenario,
  startBotProcess,
} from './interactions.js';
import { type NodeChild, procCpuMs, procMemory, spawnNode } from './lib/child.js';
import { type DriveResult, drive } from './lib/drive.js';
import type { MemoryProbe } from './lib/mem-probe.js';
import {
  BASELINE_CLIENT,
  type BenchWorld,
  MEM_PROBE,
  prepareWorld,
  startNodeArgs,
  TMP,
} from './lib/setup.js';

export const MEMORY_RUN = 50_000;
export const MEMORY_CHUNK = 5_000;
/** Quiet time before a reading: timers fire, the last burst's garbage can be collected. */
export const SETTLE_MS = 3_000;

export interface MemoryReading {
  rssKiB: number;
  anonKiB: number;
  fileKiB: number;
  /** The probe's breakdown. */
  probe: MemoryProbe | null;
}

export interface MemoryRun {
  label: string;
  /** Node flags and environment (NAME=value) the process ran with. */
  settings: string[];
  idle: MemoryReading;
  after: MemoryReading;
  /** RSS after each chunk of the run. */
  seriesKiB: number[];
  hwmKiB: number;
  run: RunFigures;
  cpuMsPerInteraction: number;
}

export interface MemoryFigures {
  interactions: number;
  /** `npm start`'s node flags (package.json). */
  startFlags: string[];
  bare: MemoryRun;
  /** Node's defaults, then `npm start`'s flags when it has any, then experiments. */
  bot: MemoryRun[];
  load: number[][];
}

/** Asks the probe in `pid` for a reading (SIGUSR2) and waits for its line. */
async function probe(pid: number, file: string): Promise<MemoryProbe> {
  const lines = (): string[] =>
    existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  const before = lines().length;
  process.kill(pid, 'SIGUSR2');
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const now = lines();
    if (now.length > before) return JSON.parse(now[now.length - 1]!) as MemoryProbe;
    await delay(20);
  }
  throw new Error(`no memory reading from ${pid}`);
}

async function reading(child: NodeChild, file: string | null): Promise<MemoryReading> {
  if (!file) return { ...procMemory(child.pid), probe: null };
  const p = await probe(child.pid, file);
  return { rssKiB: p.rssKiB, anonKiB: p.rssAnonKiB, fileKiB: p.rssFileKiB, probe: p };
}

interface Contender {
  label: string;
  settings: string[];
  world: BenchWorld;
  child: NodeChild;
  probeFile: string | null;
  scenario: Scenario | null;
  idle: MemoryReading | null;
  chunks: DriveResult[];
  seriesKiB: number[];
  cpuMs: number;
}

function runOf(c: Contender, after: MemoryReading): MemoryRun {
  const all = combine(c.chunks);
  return {
    label: c.label,
    settings: c.settings,
    idle: c.idle!,
    after,
    seriesKiB: c.seriesKiB,
    hwmKiB: procMemory(c.child.pid).hwmKiB,
    run: figures(all),
    cpuMsPerInteraction: c.cpuMs / Math.max(1, all.sent),
  };
}

interface Setting {
  label: string;
  /** Node flags and NAME=value environment variables. */
  words: string[];
}

/** The bot runs of the part: Node's defaults, `npm start`, and BENCH_MEMORY_VARIANTS experiments. */
function settings(startFlags: string[]): Setting[] {
  const list: Setting[] = [{ label: 'bot, Node defaults', words: [] }];
  if (startFlags.length > 0) list.push({ label: 'bot, `npm start`', words: startFlags });
  // BENCH_MEMORY_VARIANTS="--max-semi-space-size=8;MALLOC_ARENA_MAX=2 --max-old-space-size=96"
  // adds a bot per `;`-separated set of node flags and NAME=value environment variables.
  for (const variant of (process.env.BENCH_MEMORY_VARIANTS ?? '').split(';')) {
    const words = variant.trim().split(/\s+/).filter(Boolean);
    if (words.length > 0) list.push({ label: 'bot, experiment', words });
  }
  return list;
}

const BARE_SCENARIO: Scenario = {
  label: 'baseline',
  command: () => ({ name: 'features', options: {} }),
  accept: (reply) => reply.content === 'ok' && reply.ephemeral,
};

export async function runMemoryBench(
  dir: string,
  logs: string,
  progress: (line: string) => void,
  loadavg: () => number[],
): Promise<MemoryFigures> {
  const startFlags = startNodeArgs();
  const contenders: Contender[] = [];
  const load: number[][] = [loadavg()];
  try {
    const bareWorld = await prepareWorld(join(dir, 'memory-bare.sqlite'));
    const bareProbe = join(logs, 'memory-probe-bare.jsonl');
    rmSync(bareProbe, { force: true });
    contenders.push({
      label: 'bare discord.js client',
      settings: [],
      world: bareWorld,
      child: spawnNode(BASELINE_CLIENT, {
        env: {
          DISCORD_TOKEN: bareWorld.config.discordToken,
          DISCORD_API_URL: bareWorld.fake.restUrl,
          BENCH_MEM_PROBE: bareProbe,
        },
        cwd: TMP,
        logFile: join(logs, 'memory-baseline-client.log'),
        nodeArgs: ['--import', MEM_PROBE],
      }),
      probeFile: bareProbe,
      scenario: BARE_SCENARIO,
      idle: null,
      chunks: [],
      seriesKiB: [],
      cpuMs: 0,
    });
    for (const [i, setting] of settings(startFlags).entries()) {
      const world = await prepareWorld(join(dir, `memory-${i}.sqlite`));
      const probeFile = join(logs, `memory-probe-${i}.jsonl`);
      rmSync(probeFile, { force: true });
      const env = Object.fromEntries(
        setting.words
          .filter((w) => /^[A-Z_]+=/.test(w))
          .map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
      );
      const child = startBotProcess(
        world,
        logs,
        `bot-memory-${i}`,
        [...setting.words.filter((w) => w.startsWith('-')), '--import', MEM_PROBE],
        { env: { ...env, BENCH_MEM_PROBE: probeFile }, startFlags: false },
      );
      contenders.push({
        label: setting.label,
        settings: setting.words,
        world,
        child,
        probeFile,
        scenario: null,
        idle: null,
        chunks: [],
        seriesKiB: [],
        cpuMs: 0,
      });
    }
    for (const c of contenders) await c.child.waitForOutput(c.scenario ? 'ready' : 'logged in', 60_000);
    await delay(SETTLE_MS);
    for (const c of contenders) {
      c.idle = await reading(c.child, c.probeFile);
      c.scenario ??= await chooseScenario(c.world);
    }
    // In turn, a chunk each, so the machine's load falls on all alike.
    for (let done = 0; done < MEMORY_RUN; done += MEMORY_CHUNK) {
      for (const c of contenders) {
        const cpuBefore = procCpuMs(c.child.pid);
        c.chunks.push(
          await drive({
            fake: c.world.fake,
            guildId: c.world.guild.id,
            channelId: c.world.channel.id,
            command: c.scenario!.command,
            accept: c.scenario!.accept,
            total: MEMORY_CHUNK,
            concurrency: CONCURRENCY,
            deadlineMs: 120_000,
          }),
        );
        c.cpuMs += procCpuMs(c.child.pid) - cpuBefore;
        c.seriesKiB.push(procMemory(c.child.pid).rssKiB);
      }
      load.push(loadavg());
    }
    await delay(SETTLE_MS);
    const runs: MemoryRun[] = [];
    for (const c of contenders) {
      const run = runOf(c, await reading(c.child, c.probeFile));
      runs.push(run);
      progress(
        `memory, ${run.label} ${run.settings.join(' ')}: RSS idle ${(run.idle.rssKiB / 1024).toFixed(1)} MiB, after ${MEMORY_RUN} ${(run.after.rssKiB / 1024).toFixed(1)} MiB, ${run.run.perSecond.toFixed(0)}/s`,
      );
    }
    return { interactions: MEMORY_RUN, startFlags, bare: runs[0]!, bot: runs.slice(1), load };
  } finally {
    for (const c of contenders) {
      await c.child.stop();
      await c.world.fake.close();
    }
  }
}
