/**
 * Discussion where the feedback lives (product.md §8): `/feedback` on a feature whose feedback
 * channel is a forum (one `forum-post` effect per item: the post is the copy, tagged with the
 * feature's level and the item's status) against a feature whose feedback channel is a text channel
 * (the copy, then a `thread-open` on it once posted), in one bot process.
 *
 * Both features exist before the bot starts; the forum is set on its feature with `/feature edit
 * channel:` by the server's owner, so the bot creates the forum's tags itself (GET + PATCH of the
 * forum) before any post. Rounds of each mode alternate (text, forum, forum, text: a linear drift of
 * the machine's load falls on both alike), each after the same warm-up, with the same number of
 * interactions at the same number in flight; after each round the bench waits until Discord has
 * every effect of its burst, so the outbox of one round never runs during the next. Every request
 * reaching the fake is classified (interaction callback, copy, thread, post, edits, lookups, other)
 * and counted per answered `/feedback`. At the end, every item must have exactly one thread (on its
 * copy) or one post (with its two tags): counted on the fake and in the bot's database.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/store.js';
import type { FakeChannel, RecordedRequest } from '../test/support/fake-discord/index.js';
import {
  CONCURRENCY,
  combine,
  FEEDBACK_TAGS,
  figures,
  type RunFigures,
  startBotProcess,
} from './interactions.js';
import { procCpuMs } from './lib/child.js';
import { type DriveResult, drive } from './lib/drive.js';
import type { BenchWorld } from './lib/setup.js';

export type DiscussionMode = 'text' | 'forum';
/** The measured rounds, in order (ABBA). */
export const DISCUSSION_ORDER: readonly DiscussionMode[] = ['text', 'forum', 'forum', 'text'];
/**
 * Interactions per round, and per mode before the measured rounds. The outbox is bound by the
 * global limit of 50 requests per second (discord.js's and Discord's): a burst of `n` items takes
 * `2n / 50` s to deliver to a text channel and `n / 50` s to a forum, and every round waits for
 * that, so these sizes keep the part to about a minute.
 */
export const DISCUSSION_ROUND_INTERACTIONS = 400;
export const DISCUSSION_WARMUP = 200;
/** How long the outbox may take to finish a round's effects before the part gives up. */
const SETTLE_DEADLINE_MS = 60_000;
const KEYS: Record<DiscussionMode, string> = { text: 'disc-text', forum: 'disc-forum' };

/** What a request reaching the fake was, as this part counts it. */
export type RequestKind =
  | 'callback'
  | 'interaction-other'
  | 'copy'
  | 'thread'
  | 'post'
  | 'edit'
  | 'lookup'
  | 'other';
export const REQUEST_KINDS: readonly RequestKind[] = [
  'callback',
  'interaction-other',
  'copy',
  'thread',
  'post',
  'edit',
  'lookup',
  'other',
];
/** The requests that are the outbox's effects of a `/feedback` (what "effects/s" counts). */
const EFFECT_KINDS: ReadonlySet<RequestKind> = new Set(['copy', 'thread', 'post']);

export interface DiscussionRound {
  mode: DiscussionMode;
  ok: number;
  perSecond: number;
  p99: number;
  /** Effect requests (copy, thread, post) answered 2xx in the round. */
  effects: number;
  /** First effect request -> the last one answered, ms. */
  effectSpanMs: number;
  /** First interaction sent -> the last effect answered (the burst fully delivered), ms. */
  deliveredMs: number;
  /** Last interaction answered -> the last effect answered, ms. */
  tailMs: number;
  /** Bot CPU over the round (burst and drain) per answered `/feedback`, ms. */
  botCpuMsPerFeedback: number;
  /** Bot CPU during the burst (first interaction -> last answer) per answered `/feedback`, ms. */
  burstCpuMsPerFeedback: number;
  /** Bot CPU after the burst until the last effect was answered, per effect answered then or before, ms. */
  drainCpuMs: number;
}

export interface DiscussionModeFigures {
  run: RunFigures;
  rounds: DiscussionRound[];
  /** Requests in the measured rounds, by kind. */
  requests: Record<RequestKind, number>;
  /** By method and route (ids replaced), for the report's breakdown. */
  routes: Record<string, number>;
  /** Answers other than 2xx among them, and the first one. */
  errors: number;
  firstError: string | null;
  effects: number;
  effectSpanMs: number;
  deliveredMs: number;
  botCpuMs: number;
  burstCpuMs: number;
  drainCpuMs: number;
}

export interface DeliveryCheck {
  /** Items of the mode's feature in the bot's database (warm-up and measured). */
  items: number;
  /** Threads (text) or posts (forum) under the feedback channel on the fake. */
  threads: number;
  /** Distinct thread names (`#N · …`): a doubled thread or post shows as fewer names than threads. */
  distinctNames: number;
  /** Text: threads opened on one of the bot's copies (thread id = message id). Forum: posts carrying exactly the feature's level tag and one status tag. */
  attached: number;
  /** `feedback_copy` rows of the feature whose thread id is known. */
  recorded: number;
  /** Outbox rows of the channel not delivered (pending, failed...). */
  undelivered: number;
}

export interface DiscussionFigures {
  roundInteractions: number;
  /** Warm-up interactions per mode. */
  warmup: number;
  order: readonly DiscussionMode[];
  text: DiscussionModeFigures;
  forum: DiscussionModeFigures;
  /** `/feature edit channel:<forum>`: the answer, what the bot sent for the tags, and when they were recorded. */
  tagSetup: { reply: string; routes: Record<string, number>; ms: number; tags: string[] };
  check: Record<DiscussionMode, DeliveryCheck>;
  violations: number;
  load: number[][];
}

/** `METHOD /route` with ids and tokens replaced, for the breakdown. */
function routeOf(r: RecordedRequest): string {
  const path = r.path
    .replace(/^\/(interactions|webhooks)\/(\d+)\/[^/]+/, '/$1/{id}/{token}')
    .replace(/\/\d{6,}/g, '/{id}');
  return `${r.method} ${path}`;
}

function classify(r: RecordedRequest, channels: Record<DiscussionMode, string>): RequestKind {
  const p = r.path;
  if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return 'callback';
  if (p.startsWith('/interactions/') || p.startsWith('/webhooks/')) return 'interaction-other';
  if (r.method === 'GET') return 'lookup';
  if (r.method === 'POST' && p === `/channels/${channels.text}/messages`) return 'copy';
  if (r.method === 'POST' && p.startsWith(`/channels/${channels.text}/messages/`) && p.endsWith('/threads'))
    return 'thread';
  if (r.method === 'POST' && p === `/channels/${channels.forum}/threads`) return 'post';
  if (r.method === 'PATCH') return 'edit';
  return 'other';
}

/**
 * Every request the fake records from now on, with the time it arrived. The driver empties
 * `world.requests` as it goes (to stay cheap), so the part keeps its own references.
 */
class RequestTap {
  readonly records: { request: RecordedRequest; at: number }[] = [];
  private readonly list: RecordedRequest[];

  constructor(list: RecordedRequest[]) {
    this.list = list;
    const push = Array.prototype.push;
    const records = this.records;
    list.push = function tapped(this: RecordedRequest[], ...items: RecordedRequest[]): number {
      const at = performance.now();
      for (const request of items) records.push({ request, at });
      return push.apply(this, items);
    };
  }

  close(): void {
    Reflect.deleteProperty(this.list, 'push');
  }
}

interface Tally {
  requests: Record<RequestKind, number>;
  routes: Record<string, number>;
  errors: number;
  firstError: string | null;
}

const emptyTally = (): Tally => ({
  requests: Object.fromEntries(REQUEST_KINDS.map((k) => [k, 0])) as Record<RequestKind, number>,
  routes: {},
  errors: 0,
  firstError: null,
});

/**
 * Waits until the fake has answered, since `from`, `expected` effects of each kind the mode needs
 * (text: copies and threads; forum: posts) and every request since then; returns the tally of those
 * requests and when the first effect arrived and the last was answered. Throws when an effect
 * request is refused or the effects do not all arrive within the deadline: a round whose effects
 * failed would measure nothing.
 */
async function settle(
  tap: RequestTap,
  from: number,
  mode: DiscussionMode,
  expected: number,
  channels: Record<DiscussionMode, string>,
): Promise<{ tally: Tally; firstEffectAt: number; doneAt: number; effects: number; end: number }> {
  const needed: RequestKind[] = mode === 'text' ? ['copy', 'thread'] : ['post'];
  const tally = emptyTally();
  const answered = { copy: 0, thread: 0, post: 0 } as Record<RequestKind, number>;
  let firstEffectAt = Number.NaN;
  let cursor = from;
  const deadline = performance.now() + SETTLE_DEADLINE_MS;
  for (;;) {
    while (cursor < tap.records.length && tap.records[cursor]!.request.status !== null) {
      const { request, at } = tap.records[cursor]!;
      cursor += 1;
      const kind = classify(request, channels);
      tally.requests[kind] += 1;
      const route = routeOf(request);
      tally.routes[route] = (tally.routes[route] ?? 0) + 1;
      const ok = request.status! >= 200 && request.status! < 300;
      if (!ok) {
        tally.errors += 1;
        tally.firstError ??= `${route} answered ${request.status}: ${JSON.stringify(request.response).slice(0, 200)}`;
        if (EFFECT_KINDS.has(kind)) throw new Error(`a ${mode} effect was refused: ${tally.firstError}`);
      }
      if (EFFECT_KINDS.has(kind)) {
        if (Number.isNaN(firstEffectAt)) firstEffectAt = at;
        if (ok) answered[kind] += 1;
      }
    }
    const done = needed.every((k) => answered[k] >= expected) && cursor === tap.records.length;
    if (done) {
      const effects = [...EFFECT_KINDS].reduce((n, k) => n + (answered[k] ?? 0), 0);
      return { tally, firstEffectAt, doneAt: performance.now(), effects, end: cursor };
    }
    if (performance.now() > deadline)
      throw new Error(
        `${mode}: the outbox did not finish within ${SETTLE_DEADLINE_MS / 1000} s: ${needed.map((k) => `${answered[k]} ${k}s`).join(', ')} of ${expected} answered`,
      );
    await delay(5);
  }
}

/** Both features, at Preview so any member may give feedback; the forum is set later through `/feature edit`. */
function seedFeatures(world: BenchWorld, textChannel: FakeChannel): void {
  const store = openStore(world.config.databasePath);
  try {
    const now = new Date();
    store.transaction(() => {
      for (const mode of ['text', 'forum'] as const) {
        const feature = store.features.create(
          {
            guildId: world.guild.id,
            key: KEYS[mode],
            name: mode === 'text' ? 'Discussion in threads' : 'Discussion in a forum',
            description: `Discussion benchmark feature (${mode})`,
            roleId: world.role.id,
            feedbackChannelId: mode === 'text' ? textChannel.id : null,
            seatCap: null,
            createdBy: world.guild.ownerId,
          },
          now,
        );
        store.features.changeLevel(feature.id, 'early-access', 'preview', now);
      }
    });
  } finally {
    store.close();
  }
}

function feedbackCommand(mode: DiscussionMode) {
  return (i: number) => ({
    name: 'feedback',
    options: {
      feature: KEYS[mode],
      tags: FEEDBACK_TAGS[i % FEEDBACK_TAGS.length]!,
      // The same text in both modes: it starts the thread's or post's name.
      message: `Benchmark feedback ${i}: the results page loads slowly when the query has many terms.`,
    },
  });
}

const accept = (reply: { ephemeral: boolean; content: string }): boolean =>
  reply.ephemeral && /#\d+/.test(reply.content);

/** What the bot's database says of the delivery of one mode. */
function checkDelivery(
  world: BenchWorld,
  db: Database.Database,
  mode: DiscussionMode,
  channel: FakeChannel,
  forumTagIds: Map<string, string>,
): DeliveryCheck {
  const featureId = db.prepare<[string, string], number>(
    'SELECT id FROM feature WHERE guild_id = ? AND key = ?',
  );
  const id = featureId.pluck().get(world.guild.id, KEYS[mode])!;
  const items = db
    .prepare<[number], number>('SELECT count(*) FROM feedback WHERE feature_id = ?')
    .pluck()
    .get(id)!;
  const recorded = db
    .prepare<[number], number>(
      `SELECT count(*) FROM feedback_copy c JOIN feedback f ON f.id = c.feedback_id
       WHERE f.feature_id = ? AND c.thread_id IS NOT NULL`,
    )
    .pluck()
    .get(id)!;
  const undelivered = db
    .prepare<[string, string], number>(
      `SELECT count(*) FROM outbox WHERE status <> 'delivered'
       AND (json_extract(payload, '$.channelId') = ? OR json_extract(payload, '$.forumId') = ?)`,
    )
    .pluck()
    .get(channel.id, channel.id)!;
  const threads = world.fake.threadsOf(channel.id);
  let attached: number;
  if (mode === 'text') {
    const copies = new Set(world.fake.channelMessages(channel.id).map((m) => m.id));
    attached = threads.filter((t) => copies.has(t.id)).length;
  } else {
    const level = forumTagIds.get('level:preview');
    const statuses = new Set([...forumTagIds].filter(([key]) => key.startsWith('status:')).map(([, v]) => v));
    attached = threads.filter((t) => {
      const tags = t.appliedTags ?? [];
      return tags.length === 2 && tags.includes(level ?? '') && tags.some((tag) => statuses.has(tag));
    }).length;
  }
  return {
    items,
    threads: threads.length,
    distinctNames: new Set(threads.map((t) => t.name)).size,
    attached,
    recorded,
    undelivered,
  };
}

export async function runDiscussionBench(
  world: BenchWorld,
  logs: string,
  progress: (line: string) => void,
  loadavg: () => number[],
): Promise<DiscussionFigures> {
  const { fake } = world;
  const textChannel = fake.addChannel(world.guild.id, { name: 'feedback-threads' });
  const forum = fake.addChannel(world.guild.id, { name: 'feedback-forum', type: 15 });
  const channels: Record<DiscussionMode, string> = { text: textChannel.id, forum: forum.id };
  seedFeatures(world, textChannel);
  const violationsBefore = fake.violations.length;

  const bot = startBotProcess(world, logs, 'bot-discussion');
  const db = new Database(world.config.databasePath, { readonly: true });
  const tap = new RequestTap(fake.world.requests);
  try {
    await bot.waitForOutput('logged in', 60_000);

    // The forum set on its feature by the owner: the bot queues the creation of its tags.
    const tagStart = performance.now();
    const tagFrom = tap.records.length;
    const handle = fake.sendCommand({
      name: 'feature',
      subcommand: 'edit',
      options: { feature: KEYS.forum, channel: forum.id },
      guildId: world.guild.id,
      channelId: world.channel.id,
      userId: world.guild.ownerId,
    });
    const edited = await handle.response(30_000);
    const reply = (edited.content || edited.embeds[0]?.description || edited.embeds[0]?.title || '').slice(
      0,
      200,
    );
    const forumTags = db.prepare<[string], { tag_key: string; tag_id: string }>(
      'SELECT tag_key, tag_id FROM forum_tag WHERE channel_id = ?',
    );
    const tagDeadline = performance.now() + 30_000;
    while (forumTags.all(forum.id).length < 9) {
      if (performance.now() > tagDeadline)
        throw new Error(`the forum's tags were not created within 30 s; /feature edit answered: "${reply}"`);
      await delay(10);
    }
    const tagMs = performance.now() - tagStart;
    const tagRoutes: Record<string, number> = {};
    for (const { request } of tap.records.slice(tagFrom)) {
      const route = `${routeOf(request)} ${request.status ?? '-'}`;
      tagRoutes[route] = (tagRoutes[route] ?? 0) + 1;
    }
    const forumTagIds = new Map(forumTags.all(forum.id).map((t) => [t.tag_key, t.tag_id]));
    const tags = fake.world.findChannel(forum.id)?.availableTags.map((t) => t.name) ?? [];
    progress(`discussion: forum tags created in ${tagMs.toFixed(0)} ms: ${tags.join(', ')}`);

    const round = async (
      mode: DiscussionMode,
      total: number,
    ): Promise<{ run: DriveResult; round: DiscussionRound; tally: Tally }> => {
      // From the first record the tap holds: what came after the previous round settled counts here.
      const from = 0;
      const cpuBefore = procCpuMs(bot.pid);
      const start = performance.now();
      const run = await drive({
        fake,
        guildId: world.guild.id,
        channelId: world.channel.id,
        command: feedbackCommand(mode),
        accept,
        total,
        concurrency: CONCURRENCY,
        deadlineMs: 120_000,
      });
      const burstEnd = performance.now();
      const cpuBurst = procCpuMs(bot.pid) - cpuBefore;
      if (run.ok !== total)
        throw new Error(`${mode}: ${run.failed} of ${total} /feedback failed; first: ${run.firstFailure}`);
      const settled = await settle(tap, from, mode, run.ok, channels);
      // Nothing counted is kept: the tap holds only what the next round counts.
      tap.records.splice(0, settled.end);
      const cpuMs = procCpuMs(bot.pid) - cpuBefore;
      const f = figures(run);
      return {
        run,
        tally: settled.tally,
        round: {
          mode,
          ok: run.ok,
          perSecond: f.perSecond,
          p99: f.latency.p99,
          effects: settled.effects,
          effectSpanMs: settled.doneAt - settled.firstEffectAt,
          deliveredMs: settled.doneAt - start,
          tailMs: settled.doneAt - burstEnd,
          botCpuMsPerFeedback: cpuMs / run.ok,
          burstCpuMsPerFeedback: cpuBurst / run.ok,
          drainCpuMs: cpuMs - cpuBurst,
        },
      };
    };

    // The same warm-up for both: half the interactions each, every effect delivered.
    tap.records.length = 0;
    await round('text', DISCUSSION_WARMUP);
    await round('forum', DISCUSSION_WARMUP);

    const load = [loadavg()];
    const measured: Record<DiscussionMode, { runs: DriveResult[]; rounds: DiscussionRound[]; tally: Tally }> =
      {
        text: { runs: [], rounds: [], tally: emptyTally() },
        forum: { runs: [], rounds: [], tally: emptyTally() },
      };
    for (const mode of DISCUSSION_ORDER) {
      const r = await round(mode, DISCUSSION_ROUND_INTERACTIONS);
      const m = measured[mode];
      m.runs.push(r.run);
      m.rounds.push(r.round);
      for (const kind of REQUEST_KINDS) m.tally.requests[kind] += r.tally.requests[kind];
      for (const [route, n] of Object.entries(r.tally.routes))
        m.tally.routes[route] = (m.tally.routes[route] ?? 0) + n;
      m.tally.errors += r.tally.errors;
      m.tally.firstError ??= r.tally.firstError;
      load.push(loadavg());
      progress(
        `discussion: ${mode} ${r.round.perSecond.toFixed(0)}/s, p99 ${r.round.p99.toFixed(2)} ms; ${r.round.effects} effects in ${(r.round.effectSpanMs / 1000).toFixed(2)} s (${((r.round.effects * 1000) / r.round.effectSpanMs).toFixed(0)}/s), done ${r.round.tailMs.toFixed(0)} ms after the last answer`,
      );
    }

    const modeFigures = (mode: DiscussionMode): DiscussionModeFigures => {
      const m = measured[mode];
      const sum = (pick: (r: DiscussionRound) => number): number => m.rounds.reduce((n, r) => n + pick(r), 0);
      return {
        run: figures(combine(m.runs)),
        rounds: m.rounds,
        requests: m.tally.requests,
        routes: m.tally.routes,
        errors: m.tally.errors,
        firstError: m.tally.firstError,
        effects: sum((r) => r.effects),
        effectSpanMs: sum((r) => r.effectSpanMs),
        deliveredMs: sum((r) => r.deliveredMs),
        botCpuMs: sum((r) => r.botCpuMsPerFeedback * r.ok),
        burstCpuMs: sum((r) => r.burstCpuMsPerFeedback * r.ok),
        drainCpuMs: sum((r) => r.drainCpuMs),
      };
    };
    const text = modeFigures('text');
    const forumFigures = modeFigures('forum');
    const check = {
      text: checkDelivery(world, db, 'text', textChannel, forumTagIds),
      forum: checkDelivery(world, db, 'forum', forum, forumTagIds),
    };
    progress(
      `discussion: forum ${forumFigures.run.perSecond.toFixed(0)}/s against text ${text.run.perSecond.toFixed(0)}/s (${(forumFigures.run.perSecond / text.run.perSecond).toFixed(2)}x); checks: ${JSON.stringify(check)}`,
    );
    return {
      roundInteractions: DISCUSSION_ROUND_INTERACTIONS,
      warmup: DISCUSSION_WARMUP,
      order: DISCUSSION_ORDER,
      text,
      forum: forumFigures,
      tagSetup: { reply, routes: tagRoutes, ms: tagMs, tags },
      check,
      violations: fake.violations.length - violationsBefore,
      load,
    };
  } finally {
    tap.close();
    db.close();
    const code = await bot.stop();
    if (code !== 0) progress(`discussion: the bot exited with code ${code}`);
    // The parts after this one share the fake: their bots' GUILD_CREATE stays without these threads
    // (Discord sends the active ones), as it was before this part.
    for (const id of [textChannel.id, forum.id])
      for (const thread of fake.threadsOf(id)) thread.metadata.archived = true;
  }
}
