/**
 * Big changes that must not block (issue 12): a steady stream of `/features` interactions from
 * distinct members while a change of 50,000 members runs, against the same stream without it, in
 * the same bot process:
 *   (a) `/feature retire` of an Early Access feature with 50,000 live grants (a role removal per
 *       member);
 *   (b) `/promote` (forced) of an Early Access feature to Preview with 50,000 members waitlisted
 *       (a "you can sign up" DM per member).
 * Each runs on a database of its own, seeded through the repositories before the bot starts; the
 * bot writes the per-member outbox rows in batches (`FANOUT_BATCH`) in the background. "While the
 * change ran": from the maintainer's interaction until the fan-out job is finished in the database.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { Feature } from '../src/domain/entities.js';
import { FANOUT_BATCH } from '../src/lifecycle/fanout.js';
import { openStore, type Store } from '../src/store/store.js';
import type { FakeRole, ReplyView } from '../test/support/fake-discord/index.js';
import { CONCURRENCY, startBotProcess, WARMUP_INTERACTIONS } from './interactions.js';
import { drive } from './lib/drive.js';
import { type BenchWorld, prepareWorld } from './lib/setup.js';
import { type Distribution, distribution, Samples } from './lib/stats.js';

export const FANOUT_MEMBERS = 50_000;
/** The stream of other members' interactions, open loop. */
export const STREAM_PER_SECOND = 100;
export const QUIET_STREAM_MS = 10_000;
/** The stream runs from this long before the change until this long after its fan-out finished. */
const LEAD_MS = 1_000;
const TAIL_MS = 1_000;
const MAX_CHANGE_MS = 120_000;

export interface StreamFigures {
  sent: number;
  ok: number;
  failed: number;
  latency: Distribution;
}

export interface FanoutScenario {
  name: string;
  command: string;
  members: number;
  /** The maintainer's interaction: dispatch -> first callback, and -> the visible answer (after a deferral). */
  reply: { callbackMs: number; responseMs: number; type: number; excerpt: string };
  /** Dispatch of the change -> the fan-out job finished in the database. */
  fanoutMs: number | null;
  /** Outbox rows the change queued by the time the fan-out finished. */
  rowsQueued: number;
  quiet: StreamFigures;
  /** Stream interactions sent while the change ran (dispatch -> fan-out finished). */
  during: StreamFigures;
  load: number[][];
}

export interface FanoutFigures {
  batch: number;
  perSecond: number;
  scenarios: FanoutScenario[];
  /** Scenarios that did not finish, with why (the bot crashed...). */
  failures: { name: string; error: string }[];
}

function streamFigures(results: { sentAt: number; latency: number | null }[]): StreamFigures {
  const latencies = new Samples(results.length + 1);
  let failed = 0;
  for (const r of results) {
    if (r.latency === null) failed += 1;
    else latencies.push(r.latency);
  }
  return {
    sent: results.length,
    ok: results.length - failed,
    failed,
    latency: distribution(latencies.values()),
  };
}

const memberId = (base: bigint, i: number): string => (base + BigInt(i)).toString();
const GRANTEES = 500_000_000_000_000_000n;
const WAITLISTED = 600_000_000_000_000_000n;

type Seed = (store: Store, world: BenchWorld, feature: Feature) => void;

/** A world of its own with an Early Access feature `key`, its role, and what `seed` adds (one transaction). */
async function seededWorld(
  path: string,
  key: string,
  seed: Seed,
): Promise<{ world: BenchWorld; feature: Feature; role: FakeRole }> {
  const world = await prepareWorld(path);
  const role = world.fake.addRole(world.guild.id, { name: `${key} Early Access`, position: 1 });
  const store = openStore(path);
  try {
    const now = new Date();
    const feature = store.transaction(() => {
      const created = store.features.create(
        {
          guildId: world.guild.id,
          key,
          name: key[0]!.toUpperCase() + key.slice(1),
          description: `Benchmark feature ${key}`,
          roleId: role.id,
          feedbackChannelId: null,
          seatCap: null,
          createdBy: world.guild.ownerId,
        },
        now,
      );
      seed(store, world, created);
      return created;
    });
    return { world, feature, role };
  } catch (error) {
    await world.fake.close();
    throw error;
  } finally {
    store.close();
  }
}

const seedGrants: Seed = (store, world, feature) => {
  const now = new Date();
  for (let i = 0; i < FANOUT_MEMBERS; i += 1) {
    store.access.grant(
      {
        featureId: feature.id,
        memberId: memberId(GRANTEES, i),
        how: 'maintainer',
        inviteId: null,
        termsVersion: null,
        termsAcceptedAt: null,
        grantedBy: world.guild.ownerId,
      },
      now,
    );
  }
};

const seedWaitlist: Seed = (store, _world, feature) => {
  const now = new Date().toISOString();
  // The row `waitlist.join` inserts. Not `join` itself: it also counts the member's position, a
  // scan of the queue, so 50,000 joins take about a minute (quadratic).
  const insert = store.db.prepare(
    'INSERT OR IGNORE INTO waitlist_entry (feature_id, member_id, joined_at) VALUES (?, ?, ?)',
  );
  for (let i = 0; i < FANOUT_MEMBERS; i += 1) insert.run(feature.id, memberId(WAITLISTED, i), now);
  if (store.waitlist.size(feature.id) !== FANOUT_MEMBERS) throw new Error('waitlist seeding failed');
};

/** The bot's last words: the fatal line of its log (an out-of-memory report, an uncaught error). */
function botFailure(logs: string, key: string): string {
  const text = readFileSync(join(logs, `bot-fanout-${key}.log`), 'utf8');
  const fatal = text.split('\n').find((line) => /FATAL|fatal|Error/.test(line));
  return (fatal ?? text.slice(-300)).trim().slice(0, 300);
}

const featuresReply = (reply: ReplyView): boolean =>
  reply.type === 4 && reply.embeds.length + reply.content.length > 0;

async function runScenario(
  dir: string,
  logs: string,
  name: string,
  key: string,
  seed: Seed,
  change: (feature: Feature) => {
    name: string;
    subcommand?: string;
    options: Record<string, string | boolean>;
  },
  members: (world: BenchWorld, role: FakeRole) => void,
  progress: (line: string) => void,
  loadavg: () => number[],
): Promise<FanoutScenario> {
  const path = join(dir, `fanout-${key}.sqlite`);
  const { world, feature, role } = await seededWorld(path, key, seed);
  const load = [loadavg()];
  const bot = startBotProcess(world, logs, `bot-fanout-${key}`);
  const db = new Database(path, { readonly: true });
  try {
    await bot.waitForOutput('logged in', 60_000);
    // The members exist in the server (the bot, without the GuildMembers intent, never hears of them).
    members(world, role);
    const stream = {
      fake: world.fake,
      guildId: world.guild.id,
      channelId: world.channel.id,
      command: () => ({ name: 'features', options: {} }),
      accept: featuresReply,
    };
    await drive({ ...stream, total: WARMUP_INTERACTIONS, concurrency: CONCURRENCY, deadlineMs: 60_000 });

    const quietResults: { sentAt: number; latency: number | null }[] = [];
    await drive({
      ...stream,
      total: (QUIET_STREAM_MS / 1000) * STREAM_PER_SECOND,
      perSecond: STREAM_PER_SECOND,
      deadlineMs: QUIET_STREAM_MS + 30_000,
      onResult: (sentAt, latency) => quietResults.push({ sentAt, latency }),
    });
    load.push(loadavg());

    const outboxBefore = db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM outbox').pluck().get()!;
    const unfinished = db
      .prepare<[], number>('SELECT count(*) FROM fanout_job WHERE finished_at IS NULL')
      .pluck();
    const jobs = db.prepare<[], number>('SELECT count(*) FROM fanout_job').pluck();
    const results: { sentAt: number; latency: number | null }[] = [];
    let changeAt = Number.POSITIVE_INFINITY;
    let doneAt: number | null = null;
    let stopAt = Number.POSITIVE_INFINITY;
    const streaming = drive({
      ...stream,
      total: ((MAX_CHANGE_MS + LEAD_MS + TAIL_MS) / 1000) * STREAM_PER_SECOND,
      perSecond: STREAM_PER_SECOND,
      deadlineMs: MAX_CHANGE_MS + LEAD_MS + TAIL_MS,
      until: () => performance.now() >= stopAt,
      onResult: (sentAt, latency) => results.push({ sentAt, latency }),
    });
    await delay(LEAD_MS);
    changeAt = performance.now();
    const handle = world.fake.sendCommand({
      ...change(feature),
      guildId: world.guild.id,
      channelId: world.channel.id,
      userId: world.guild.ownerId,
    });
    const replying: Promise<FanoutScenario['reply'] | Error> = (async () => {
      const first = await handle.reply(60_000);
      const callbackMs = performance.now() - changeAt;
      const visible = await handle.response(60_000);
      return {
        callbackMs,
        responseMs: performance.now() - changeAt,
        type: first.type,
        excerpt: (visible.content || visible.embeds[0]?.title || visible.embeds[0]?.description || '').slice(
          0,
          160,
        ),
      };
    })().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    // The job exists once the change committed; done when none is unfinished.
    while (performance.now() - changeAt < MAX_CHANGE_MS && bot.process.exitCode === null) {
      if (jobs.get()! > 0 && unfinished.get() === 0) {
        doneAt = performance.now();
        break;
      }
      await delay(20);
    }
    stopAt = performance.now() + TAIL_MS;
    if (bot.process.exitCode !== null) {
      stopAt = 0;
      await streaming;
      throw new Error(
        `the bot exited (code ${bot.process.exitCode}) during the change: ${botFailure(logs, key)}`,
      );
    }
    const reply = await replying;
    await streaming;
    if (reply instanceof Error) throw reply;
    load.push(loadavg());
    const rowsQueued = db
      .prepare<[number], number>('SELECT count(*) FROM outbox WHERE id > ?')
      .pluck()
      .get(outboxBefore)!;
    const end = doneAt ?? performance.now();
    const quiet = streamFigures(quietResults);
    const during = streamFigures(results.filter((r) => r.sentAt >= changeAt && r.sentAt <= end));
    const scenario: FanoutScenario = {
      name,
      command: `/${[change(feature).name, change(feature).subcommand].filter(Boolean).join(' ')}`,
      members: FANOUT_MEMBERS,
      reply,
      fanoutMs: doneAt === null ? null : doneAt - changeAt,
      rowsQueued,
      quiet,
      during,
      load,
    };
    progress(
      `fanout ${name}: reply ${reply.callbackMs.toFixed(0)} ms, fan-out ${scenario.fanoutMs?.toFixed(0) ?? 'unfinished'} ms, ${during.ok}/${during.sent} answered meanwhile, longest wait ${during.latency.max.toFixed(1)} ms (quiet ${quiet.latency.max.toFixed(1)} ms)`,
    );
    return scenario;
  } finally {
    db.close();
    await bot.stop();
    await world.fake.close();
  }
}

interface ScenarioSpec {
  name: string;
  key: string;
  seed: Seed;
  change: (feature: Feature) => {
    name: string;
    subcommand?: string;
    options: Record<string, string | boolean>;
  };
  members: (world: BenchWorld, role: FakeRole) => void;
}

const SCENARIOS: ScenarioSpec[] = [
  {
    name: `retire an Early Access feature with ${FANOUT_MEMBERS.toLocaleString('en-US')} grants`,
    key: 'legacy',
    seed: seedGrants,
    change: (feature) => ({
      name: 'feature',
      subcommand: 'retire',
      options: { feature: feature.key, reason: 'Replaced by the new search; thank you for the feedback.' },
    }),
    members: (world, role) => {
      for (let i = 0; i < FANOUT_MEMBERS; i += 1)
        world.fake.addMember(world.guild.id, { id: memberId(GRANTEES, i), roles: [role.id] });
    },
  },
  {
    name: `promote to Preview with ${FANOUT_MEMBERS.toLocaleString('en-US')} members waitlisted`,
    key: 'insights',
    seed: seedWaitlist,
    change: (feature) => ({ name: 'promote', options: { feature: feature.key, force: true } }),
    members: (world) => {
      for (let i = 0; i < FANOUT_MEMBERS; i += 1)
        world.fake.addMember(world.guild.id, { id: memberId(WAITLISTED, i) });
    },
  },
];

export async function runFanoutBench(
  dir: string,
  logs: string,
  progress: (line: string) => void,
  loadavg: () => number[],
): Promise<FanoutFigures> {
  const figures: FanoutFigures = {
    batch: FANOUT_BATCH,
    perSecond: STREAM_PER_SECOND,
    scenarios: [],
    failures: [],
  };
  for (const spec of SCENARIOS) {
    try {
      figures.scenarios.push(
        await runScenario(
          dir,
          logs,
          spec.name,
          spec.key,
          spec.seed,
          spec.change,
          spec.members,
          progress,
          loadavg,
        ),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      figures.failures.push({ name: spec.name, error: message });
      progress(`fanout ${spec.name}: ${message}`);
    }
  }
  return figures;
}
