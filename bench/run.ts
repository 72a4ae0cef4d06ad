/**
 * `npm run bench`: the fake Discord in this process, the bot (`dist/src/main.js`) and the baseline
 * client as child processes, the store benchmark as a child process. Prints figures, writes them on
 * top of bench/results.md. Never fails on speed: a missed target is reported, not thrown.
 *
 * Options: `--only=interactions,locales,discussion,votes,memory,roles,fanout,metrics,store,backup` runs a subset
 * (default: all); `--profile` always profiles the bot;
 * `--no-write` leaves results.md alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BackupFigures } from './backup.js';
import { runDiscussionBench } from './discussion.js';
import { runFanoutBench } from './fanout.js';
import { profileBot, runInteractionBench } from './interactions.js';
import { spawnNode } from './lib/child.js';
import { machineInfo } from './lib/machine.js';
import { type BenchResults, renderResults } from './lib/report.js';
import { BACKUP_BENCH, freshRunDir, prepareWorld, ROOT, STORE_BENCH, TMP, VOTES_BENCH } from './lib/setup.js';
import { runLocaleBench } from './locales.js';
import { runMemoryBench } from './memory.js';
import { runMetricsBench } from './metrics.js';
import { runRoleBench } from './roles.js';
import type { StoreFigures } from './store-bench.js';
import { parseRanking, runVoteBench } from './votes.js';

const ALL = [
  'interactions',
  'locales',
  'discussion',
  'votes',
  'memory',
  'roles',
  'fanout',
  'metrics',
  'store',
  'backup',
];
const SHARED_WORLD = ['interactions', 'locales', 'discussion', 'votes', 'roles'];

const args = process.argv.slice(2);
const only =
  args
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? ALL;
const forceProfile = args.includes('--profile');
const write = !args.includes('--no-write');

const started = performance.now();
const log = (line: string): void => {
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
};

/** A benchmark child process that prints `<prefix>:` progress lines; resolves with its whole output. */
async function runChild(
  script: string,
  name: string,
  dir: string,
  logs: string,
  database: string,
  nodeArgs: string[],
): Promise<string> {
  const child = spawnNode(script, {
    env: {},
    cwd: TMP,
    logFile: join(logs, `${name}-bench.log`),
    nodeArgs,
    args: [join(dir, database)],
  });
  child.process.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.startsWith(`${name}:`)) log(line);
  });
  const code = await child.exited;
  const output = readFileSync(join(logs, `${name}-bench.log`), 'utf8');
  if (code !== 0) throw new Error(`${name} benchmark failed (exit ${code}):\n${output.slice(-3000)}`);
  return output;
}

/** A benchmark child process that ends with one `RESULT <json>` line. */
async function runChildBench<T>(...args: Parameters<typeof runChild>): Promise<T> {
  const output = await runChild(...args);
  const line = output.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`${args[1]} benchmark printed no result:\n${output.slice(-3000)}`);
  return JSON.parse(line.slice('RESULT '.length)) as T;
}

async function main(): Promise<void> {
  const { dir, logs, profiles } = freshRunDir();
  const machine = machineInfo(ROOT);
  const loadBefore = loadavg();
  log(
    `machine: ${machine.cores} cores, ${machine.cpuModel}, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );

  const r: Omit<BenchResults, 'machine' | 'load' | 'durationS'> = {
    interactions: null,
    roles: null,
    store: null,
    backup: null,
    profile: null,
    locales: null,
    discussion: null,
    votes: null,
    ranking: null,
    fanout: null,
    metrics: null,
    memory: null,
    errors: [],
  };
  /** Runs a part when asked for; its failure is reported and the other parts go on. */
  const part = async (name: string, run: () => Promise<void>): Promise<void> => {
    if (!only.includes(name)) return;
    try {
      await run();
    } catch (error) {
      r.errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      log(r.errors[r.errors.length - 1]!);
    }
  };

  // The parts that share one fake Discord and one bot database (each starts its own bot process).
  if (SHARED_WORLD.some((name) => only.includes(name))) {
    const world = await prepareWorld(join(dir, 'bot.sqlite'));
    try {
      await part('interactions', async () => {
        const interactions = await runInteractionBench(world, logs, log);
        r.interactions = interactions;
        const missed =
          interactions.bot.throughput.perSecond < 0.8 * interactions.baseline.throughput.perSecond ||
          interactions.bot.paced.latency.p99 > 5 ||
          interactions.bot.memory.perSecond < 1500;
        if (missed || forceProfile) {
          log('profiling the bot (--cpu-prof) over a throughput run');
          r.profile = await profileBot(world, logs, profiles);
        }
      });
      await part('locales', async () => {
        r.locales = await runLocaleBench(world, logs, log, loadavg);
      });
      await part('discussion', async () => {
        r.discussion = await runDiscussionBench(world, logs, log, loadavg);
      });
      await part('votes', async () => {
        r.votes = await runVoteBench(world, logs, log, loadavg);
      });
      await part('roles', async () => {
        r.roles = await runRoleBench(world, logs, log);
      });
    } finally {
      await world.fake.close();
    }
  }
  await part('votes', async () => {
    // votes-bench.ts prints one line per query; read from its output (its own format, standalone too).
    r.ranking = parseRanking(await runChild(VOTES_BENCH, 'ranking', dir, logs, 'ranking.sqlite', []));
  });
  await part('memory', async () => {
    r.memory = await runMemoryBench(dir, logs, log, loadavg);
  });
  await part('fanout', async () => {
    r.fanout = await runFanoutBench(dir, logs, log, loadavg);
  });
  await part('metrics', async () => {
    r.metrics = await runMetricsBench(dir, logs, log, loadavg);
  });
  await part('store', async () => {
    r.store = await runChildBench<StoreFigures>(STORE_BENCH, 'store', dir, logs, 'store.sqlite', [
      '--expose-gc',
    ]);
  });
  await part('backup', async () => {
    // A folder of its own: the backups are written beside the database.
    mkdirSync(join(dir, 'backup'));
    r.backup = await runChildBench<BackupFigures>(
      BACKUP_BENCH,
      'backup',
      join(dir, 'backup'),
      logs,
      'bot.sqlite',
      [],
    );
  });

  const results: BenchResults = {
    machine,
    load: { before: loadBefore, after: loadavg() },
    durationS: (performance.now() - started) / 1000,
    ...r,
  };
  const markdown = renderResults(results);
  process.stdout.write(`\n${markdown}\n`);
  if (write && ALL.every((part) => only.includes(part))) {
    const file = join(ROOT, 'bench', 'results.md');
    let previous = '';
    try {
      previous = readFileSync(file, 'utf8');
    } catch {
      // First run.
    }
    const header =
      '# Benchmark results\n\nNewest run on top. How to run and what the figures mean: [README](README.md).\n';
    const older = previous.startsWith(header) ? previous.slice(header.length) : previous;
    writeFileSync(file, `${header}\n${markdown}\n${older.trimStart() ? `\n${older.trimStart()}` : ''}`);
    log(`results written to ${file}`);
  }
}

await main();
