/**
 * `npm run bench`: the fake Discord in this process, the bot (`dist/src/main.js`) and the baseline
 * client as child processes, the store benchmark as a child process. Prints figures, writes them on
 * top of bench/results.md. Never fails on speed: a missed target is reported, not thrown.
 *
 * Options: `--only=interactions,roles,store,backup` runs a subset; `--profile` always profiles the bot;
 * `--no-write` leaves results.md alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BackupFigures } from './backup.js';
import { type InteractionFigures, profileBot, runInteractionBench } from './interactions.js';
import { spawnNode } from './lib/child.js';
import { machineInfo } from './lib/machine.js';
import type { ProfileSummary } from './lib/profile.js';
import { type BenchResults, renderResults } from './lib/report.js';
import { BACKUP_BENCH, freshRunDir, prepareWorld, ROOT, STORE_BENCH, TMP } from './lib/setup.js';
import { type RoleFigures, runRoleBench } from './roles.js';
import type { StoreFigures } from './store-bench.js';

const ALL = ['interactions', 'roles', 'store', 'backup'];

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

/** A benchmark child process that prints `<prefix>:` progress lines and one `RESULT <json>` line. */
async function runChildBench<T>(
  script: string,
  name: string,
  dir: string,
  logs: string,
  database: string,
  nodeArgs: string[],
): Promise<T> {
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
  const line = output.split('\n').find((l) => l.startsWith('RESULT '));
  if (code !== 0 || !line)
    throw new Error(`${name} benchmark failed (exit ${code}):\n${output.slice(-3000)}`);
  return JSON.parse(line.slice('RESULT '.length)) as T;
}

async function main(): Promise<void> {
  const { dir, logs, profiles } = freshRunDir();
  const machine = machineInfo(ROOT);
  const loadBefore = loadavg();
  log(
    `machine: ${machine.cores} cores, ${machine.cpuModel}, load ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );

  let interactions: InteractionFigures | null = null;
  let roles: RoleFigures | null = null;
  let store: StoreFigures | null = null;
  let backup: BackupFigures | null = null;
  let profile: ProfileSummary | null = null;
  const errors: string[] = [];

  if (only.includes('interactions') || only.includes('roles')) {
    const world = await prepareWorld(join(dir, 'bot.sqlite'));
    try {
      if (only.includes('interactions')) {
        try {
          interactions = await runInteractionBench(world, logs, log);
          const missed =
            interactions.bot.throughput.perSecond < 0.8 * interactions.baseline.throughput.perSecond ||
            interactions.bot.paced.latency.p99 > 5 ||
            interactions.bot.memory.perSecond < 1500;
          if (missed || forceProfile) {
            log('profiling the bot (--cpu-prof) over a throughput run');
            profile = await profileBot(world, logs, profiles);
          }
        } catch (error) {
          errors.push(`interactions: ${error instanceof Error ? error.message : String(error)}`);
          log(errors[errors.length - 1]!);
        }
      }
      if (only.includes('roles')) {
        try {
          roles = await runRoleBench(world, logs, log);
        } catch (error) {
          errors.push(`roles: ${error instanceof Error ? error.message : String(error)}`);
          log(errors[errors.length - 1]!);
        }
      }
    } finally {
      await world.fake.close();
    }
  }
  if (only.includes('store')) {
    try {
      store = await runChildBench<StoreFigures>(STORE_BENCH, 'store', dir, logs, 'store.sqlite', [
        '--expose-gc',
      ]);
    } catch (error) {
      errors.push(`store: ${error instanceof Error ? error.message : String(error)}`);
      log(errors[errors.length - 1]!);
    }
  }

  if (only.includes('backup')) {
    try {
      // A folder of its own: the backups are written beside the database.
      mkdirSync(join(dir, 'backup'));
      backup = await runChildBench<BackupFigures>(
        BACKUP_BENCH,
        'backup',
        join(dir, 'backup'),
        logs,
        'bot.sqlite',
        [],
      );
    } catch (error) {
      errors.push(`backup: ${error instanceof Error ? error.message : String(error)}`);
      log(errors[errors.length - 1]!);
    }
  }

  const results: BenchResults = {
    machine,
    load: { before: loadBefore, after: loadavg() },
    durationS: (performance.now() - started) / 1000,
    interactions,
    roles,
    store,
    backup,
    profile,
    errors,
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
