import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../../commands/index.js';
import type { Config } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import type { Feature } from '../../src/domain/entities.js';
import { openStore } from '../../src/store/store.js';
import {
  type FakeChannel,
  type FakeDiscord,
  type FakeGuild,
  type FakeRole,
  startFakeDiscord,
} from '../../test/support/fake-discord/index.js';

/** The repository root, found from the compiled file (bench/.tmp/build/bench/lib/) or the source. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || dir.includes(`${join('bench', '.tmp')}`)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('no package.json above the bench');
    dir = parent;
  }
  return dir;
}

export const ROOT = repoRoot();
export const TMP = resolve(ROOT, 'bench', '.tmp');
export const BUILD = join(TMP, 'dist');
export const BOT_MAIN = join(ROOT, 'dist', 'src', 'main.js');
export const BASELINE_CLIENT = join(BUILD, 'bench', 'baseline-client.js');
export const STORE_BENCH = join(BUILD, 'bench', 'store-bench.js');
export const BACKUP_BENCH = join(BUILD, 'bench', 'backup.js');
export const VOTES_BENCH = join(BUILD, 'bench', 'votes-bench.js');
export const MEM_PROBE = join(BUILD, 'bench', 'lib', 'mem-probe.js');

/**
 * The node flags `npm start` runs the bot with: what stands between `node` and `dist/src/main.js`
 * in package.json's start script. Every bot process of the bench gets them, so the figures are
 * those of `npm start`.
 */
export function startNodeArgs(root = ROOT): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: { start?: string };
  };
  const match = /\bnode((?:\s+-\S+)*)\s+dist\/src\/main\.js/.exec(pkg.scripts?.start ?? '');
  return match?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
}

/** A clean working folder for this run (databases, logs, profiles); the build is kept. */
export function freshRunDir(): { dir: string; logs: string; profiles: string } {
  const dir = join(TMP, 'run');
  rmSync(dir, { recursive: true, force: true });
  const logs = join(dir, 'logs');
  const profiles = join(dir, 'profiles');
  mkdirSync(logs, { recursive: true });
  mkdirSync(profiles, { recursive: true });
  return { dir, logs, profiles };
}

export interface BenchWorld {
  fake: FakeDiscord;
  guild: FakeGuild;
  channel: FakeChannel;
  /** The feature's access role (also the role granted in the role benchmark). */
  role: FakeRole;
  /** A second role, for the bare-REST baseline of the role benchmark. */
  baselineRole: FakeRole;
  config: Config;
  feature: Feature;
  /** Environment of the bot process, as `npm start` reads it. */
  env: Record<string, string>;
}

/**
 * Starts the fake Discord with one guild, registers the real command surface there, and prepares the
 * bot's database: guild settings with a log channel, and one feature moved to Preview so anyone may
 * give feedback.
 * Members are NOT added here: each interaction brings its own member (see `drive`).
 */
export async function prepareWorld(databasePath: string): Promise<BenchWorld> {
  const fake = await startFakeDiscord({ waitTimeoutMs: 15_000 });
  const guild = fake.addGuild({ name: 'Bench Community' });
  const channel = fake.addChannel(guild.id, { name: 'general' });
  const logChannel = fake.addChannel(guild.id, { name: 'stagegate-log' });
  const role = fake.addRole(guild.id, { name: 'Search Preview', position: 2 });
  const baselineRole = fake.addRole(guild.id, { name: 'Baseline Role', position: 3 });
  const config: Config = {
    discordToken: 'bench-token',
    applicationId: fake.applicationId,
    guildId: guild.id,
    databasePath,
    apiUrl: fake.restUrl,
    logLevel: 'info',
  };
  await deployCommands(config, COMMANDS);

  const store = openStore(databasePath);
  const now = new Date();
  let feature: Feature;
  try {
    feature = store.transaction(() => {
      store.settings.ensure(guild.id, now);
      // As a configured server has it: readiness notices go to the log channel.
      store.settings.setLogChannel(guild.id, logChannel.id, now);
      const created = store.features.create(
        {
          guildId: guild.id,
          key: 'search',
          name: 'Search',
          description: 'Full-text search across the workspace',
          roleId: role.id,
          feedbackChannelId: null,
          seatCap: null,
          createdBy: guild.ownerId,
        },
        now,
      );
      store.features.changeLevel(created.id, 'early-access', 'preview', now);
      return store.features.findById(created.id)!;
    });
  } finally {
    store.close();
  }
  return {
    fake,
    guild,
    channel,
    role,
    baselineRole,
    config,
    feature,
    env: {
      DISCORD_TOKEN: config.discordToken,
      DISCORD_APPLICATION_ID: config.applicationId,
      DISCORD_GUILD_ID: guild.id,
      DISCORD_API_URL: fake.restUrl,
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
    },
  };
}
