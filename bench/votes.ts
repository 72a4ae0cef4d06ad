/**
 * Votes (issue 10): vote-button clicks from distinct members at 64 in flight against the bare
 * discord.js client in the same run, `/vote` the same way, and the edits of a copy's label caused
 * by 500 clicks on one item within 10 seconds.
 *
 * The items are given through `/feedback` on a feature with a feedback channel, so the bot posts
 * their copies itself. Where `giveFeedback` puts the vote button on the copy (main from a72b171 on),
 * the clicks go to those copies. Where it does not (this branch's base), the bench posts the copies
 * with the bot is stopped: the bot's vote button (`voteButtonId`, signed with the bot's secret from
 * the database) posted through REST, and recorded with `votes.recordCopy`, as `giveFeedback` does
 * once wired. Either way the clicks take the bot's real path: dispatcher -> `/vote` button ->
 * `toggleVote` -> label edits through the outbox, paced by its worker.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { REST, Routes } from 'discord.js';
import { ComponentSigner } from '../src/discord/component-id.js';
import { voteButtonId } from '../src/discord/render/votes.js';
import { openStore } from '../src/store/store.js';
import type { InteractionHandle, RecordedRequest, ReplyView } from '../test/support/fake-discord/index.js';
import {
  CONCURRENCY,
  figures,
  type RunFigures,
  startBotProcess,
  WARMUP_INTERACTIONS,
} from './interactions.js';
import type { NodeChild } from './lib/child.js';
import { spawnNode } from './lib/child.js';
import { type DriveOptions, drive } from './lib/drive.js';
import { BASELINE_CLIENT, type BenchWorld, TMP } from './lib/setup.js';

/** Items whose copies take the clicks of the throughput runs (round-robin). */
export const VOTE_ITEMS = 100;
export const VOTE_CLICKS = 5_000;
/** The burst on one item: this many clicks, evenly over `HOT_WINDOW_MS`. */
export const HOT_CLICKS = 500;
export const HOT_WINDOW_MS = 10_000;
/** The least time between two edits of one message the target allows. */
export const EDIT_SPACING_MS = 2_000;
const VOTES_FEATURE = 'votes';

interface Copy {
  number: number;
  messageId: string;
  customId: string;
}

export interface EditFigures {
  clicks: number;
  clicksOk: number;
  clickWindowMs: number;
  /** Successful PATCHes of the copy from the first click until the label showed the final count. */
  edits: number;
  rateLimited: number;
  /** Least time between two successive edits of the copy, ms (as the fake timestamps them). */
  minGapMs: number;
  /** First click -> the edit that shows the final count, ms; null when it never did. */
  settledMs: number | null;
  finalLabel: string;
  /** The most edits the target allows over that span: one per `EDIT_SPACING_MS`, plus the first. */
  allowed: number;
}

export interface VoteFigures {
  items: number;
  /** Whose copies were clicked: the bot's own (`giveFeedback` posts the button) or the bench's. */
  copiesNote: string;
  baseline: { clicks: RunFigures; slash: RunFigures };
  bot: { clicks: RunFigures; slash: RunFigures };
  edits: EditFigures;
  load: number[][];
}

export interface RankingFigures {
  /** `built N items, M votes in S s`, as votes-bench.ts prints it. */
  built: string;
  /** Times in milliseconds, by query, in the order printed. */
  queries: { name: string; p50: number; p95: number; max: number }[];
}

/** The figures of `bench/votes-bench.ts` from its output lines (`<query>: p50 X ms, p95 Y ms, max Z ms`). */
export function parseRanking(output: string): RankingFigures {
  const queries: RankingFigures['queries'] = [];
  let built = '';
  for (const line of output.split('\n')) {
    const m = /^(.+): p50 ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms$/.exec(line.trim());
    if (m) queries.push({ name: m[1]!, p50: Number(m[2]), p95: Number(m[3]), max: Number(m[4]) });
    else if (line.startsWith('built ')) built = line.trim();
  }
  if (queries.length === 0) throw new Error(`votes-bench printed no figures:\n${output.slice(-2000)}`);
  return { built, queries };
}

function voteButtonOf(components: unknown): string | null {
  const rows = (components ?? []) as { components?: { custom_id?: string }[] }[];
  for (const row of rows)
    for (const c of row.components ?? []) if (c.custom_id?.startsWith('vote:toggle:')) return c.custom_id;
  return null;
}

/** A Preview feature whose feedback channel receives the copies (created before the bot starts). */
function seedFeature(world: BenchWorld, channelId: string): void {
  const store = openStore(world.config.databasePath);
  try {
    const now = new Date();
    store.transaction(() => {
      const feature = store.features.create(
        {
          guildId: world.guild.id,
          key: VOTES_FEATURE,
          name: 'Votes',
          description: 'Vote benchmark feature',
          roleId: world.role.id,
          feedbackChannelId: channelId,
          seatCap: null,
          createdBy: world.guild.ownerId,
        },
        now,
      );
      store.features.changeLevel(feature.id, 'early-access', 'preview', now);
    });
  } finally {
    store.close();
  }
}

/** `count` items through `/feedback`, each from a distinct member; their numbers and the copies the bot posted. */
async function giveItems(
  world: BenchWorld,
  channelId: string,
  count: number,
): Promise<{ numbers: number[]; posted: Map<number, { messageId: string; customId: string | null }> }> {
  const numbers: number[] = [];
  const run = await drive({
    fake: world.fake,
    guildId: world.guild.id,
    channelId: world.channel.id,
    command: (i) => ({
      name: 'feedback',
      options: {
        feature: VOTES_FEATURE,
        tags: 'idea',
        message: `Vote benchmark item ${i}: remember the last query.`,
      },
    }),
    accept: (reply) => {
      const number = /#(\d+)/.exec(reply.content)?.[1];
      if (number) numbers.push(Number(number));
      return number !== undefined;
    },
    total: count,
    concurrency: 8,
    deadlineMs: 60_000,
  });
  if (run.ok !== count) throw new Error(`/feedback for the vote items: ${run.firstFailure}`);
  const posted = new Map<number, { messageId: string; customId: string | null }>();
  const deadline = performance.now() + 30_000;
  while (posted.size < count && performance.now() < deadline) {
    for (const message of world.fake.channelMessages(channelId)) {
      const number = /#(\d+)/.exec(`${message.content} ${JSON.stringify(message.embeds)}`)?.[1];
      if (number)
        posted.set(Number(number), { messageId: message.id, customId: voteButtonOf(message.components) });
    }
    await delay(100);
  }
  return { numbers, posted };
}

/** Without the button on the bot's copies: copies with the bot's own button, posted and recorded by the bench. */
async function postCopies(world: BenchWorld, channelId: string, numbers: readonly number[]): Promise<Copy[]> {
  const store = openStore(world.config.databasePath);
  try {
    const signer = new ComponentSigner(store.secret('component-signing'));
    const rest = new REST({ api: world.fake.restUrl }).setToken(world.config.discordToken);
    const copies: (Copy & { feedbackId: number })[] = [];
    for (const number of numbers) {
      const item = store.feedback.findByNumber(world.guild.id, number)!;
      const customId = voteButtonId(signer, item.id);
      const posted = (await rest.post(Routes.channelMessages(channelId), {
        body: {
          content: `**#${item.number}** · Votes · idea\n${item.body}`,
          components: [
            {
              type: 1,
              components: [
                { type: 2, style: 2, label: 'Vote · 0', emoji: { name: '👍' }, custom_id: customId },
              ],
            },
          ],
        },
      })) as { id: string };
      copies.push({ feedbackId: item.id, number, messageId: posted.id, customId });
    }
    store.transaction(() => {
      for (const copy of copies) store.votes.recordCopy(copy.feedbackId, channelId, null, copy.messageId);
    });
    return copies;
  } finally {
    store.close();
  }
}

/**
 * The items and the copies to click: `/feedback` through a first bot process; its copies when they
 * carry the vote button, else the bench's (posted with the bot stopped).
 */
async function seedCopies(
  world: BenchWorld,
  logs: string,
  count: number,
): Promise<{ channelId: string; copies: Copy[]; note: string }> {
  const channel = world.fake.addChannel(world.guild.id, { name: 'feedback-copies' });
  seedFeature(world, channel.id);
  let given: Awaited<ReturnType<typeof giveItems>>;
  const bot: NodeChild = startBotProcess(world, logs, 'bot-votes-items');
  try {
    await bot.waitForOutput('logged in', 60_000);
    given = await giveItems(world, channel.id, count);
  } finally {
    await bot.stop();
  }
  const own = given.numbers.map((number) => ({ number, ...given.posted.get(number) }));
  if (own.every((c) => c.messageId !== undefined && c.customId)) {
    return {
      channelId: channel.id,
      copies: own.map((c) => ({ number: c.number, messageId: c.messageId!, customId: c.customId! })),
      note: 'the copies the bot posted for `/feedback` (the vote button is on the copy)',
    };
  }
  return {
    channelId: channel.id,
    copies: await postCopies(world, channel.id, given.numbers),
    note: "`giveFeedback` does not put the vote button on the copy in this build, so the bench posted copies with the bot's own button (`voteButtonId`, the bot's secret) and recorded them with `votes.recordCopy` before the bot started",
  };
}

function clickOptions(
  world: BenchWorld,
  channelId: string,
  copies: readonly Copy[],
  accept: (reply: ReplyView) => boolean,
  total: number,
): DriveOptions {
  return {
    fake: world.fake,
    guildId: world.guild.id,
    channelId,
    command: () => ({ name: 'vote' }),
    send: (i: number, userId: string): InteractionHandle => {
      const copy = copies[i % copies.length]!;
      return world.fake.clickButton({
        guildId: world.guild.id,
        channelId,
        userId,
        customId: copy.customId,
        messageId: copy.messageId,
      });
    },
    accept,
    total,
    concurrency: CONCURRENCY,
    deadlineMs: 120_000,
  };
}

function slashOptions(
  world: BenchWorld,
  copies: readonly Copy[],
  accept: (reply: ReplyView) => boolean,
  total: number,
): DriveOptions {
  return {
    fake: world.fake,
    guildId: world.guild.id,
    channelId: world.channel.id,
    command: (i) => ({ name: 'vote', options: { id: copies[i % copies.length]!.number } }),
    accept,
    total,
    concurrency: CONCURRENCY,
    deadlineMs: 120_000,
  };
}

const okReply = (reply: ReplyView): boolean => reply.content === 'ok' && reply.ephemeral;
/** A vote counted (the English answer: "You back **#N**; it has ..."). */
const votedReply = (reply: ReplyView): boolean =>
  reply.ephemeral && /^You back \*\*#\d+\*\*/.test(reply.content);

/** Warm-up, then the measured run. */
async function measuredRun(options: (total: number) => DriveOptions): Promise<RunFigures> {
  await drive(options(WARMUP_INTERACTIONS));
  return figures(await drive(options(VOTE_CLICKS)));
}

function labelOf(request: RecordedRequest): string {
  const body = request.body as { components?: { components?: { label?: string }[] }[] } | null;
  return body?.components?.[0]?.components?.[0]?.label ?? '';
}

/** 500 clicks from distinct members on one copy, evenly over 10 s; then the edits it caused. */
async function hotItem(world: BenchWorld, channelId: string, copy: Copy): Promise<EditFigures> {
  const { fake } = world;
  fake.world.requests.length = 0;
  const path = `/channels/${channelId}/messages/${copy.messageId}`;
  const started = performance.now();
  const startedAt = Date.now();
  const { concurrency: _closedLoop, ...clicks } = clickOptions(
    world,
    channelId,
    [copy],
    votedReply,
    HOT_CLICKS,
  );
  const run = await drive({
    ...clicks,
    perSecond: (HOT_CLICKS * 1000) / HOT_WINDOW_MS,
    deadlineMs: HOT_WINDOW_MS + 30_000,
  });
  const clickWindowMs = performance.now() - started;
  const finalLabel = `Vote · ${run.ok}`;
  const patches = (): RecordedRequest[] =>
    fake.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(path) && r.at >= startedAt);
  const deadline = performance.now() + 30_000;
  while (
    performance.now() < deadline &&
    !patches().some((r) => r.status === 200 && labelOf(r) === finalLabel)
  ) {
    await delay(100);
  }
  // One more spacing: an edit after the final one would count too.
  await delay(EDIT_SPACING_MS + 500);
  const all = patches();
  const done = all.filter((r) => r.status === 200);
  const settled = done.find((r) => labelOf(r) === finalLabel);
  let minGapMs = Number.POSITIVE_INFINITY;
  for (let i = 1; i < done.length; i += 1) minGapMs = Math.min(minGapMs, done[i]!.at - done[i - 1]!.at);
  const spanMs = (done.at(-1)?.at ?? startedAt) - startedAt;
  return {
    clicks: HOT_CLICKS,
    clicksOk: run.ok,
    clickWindowMs,
    edits: done.length,
    rateLimited: all.filter((r) => r.status === 429).length,
    minGapMs,
    settledMs: settled ? settled.at - startedAt : null,
    finalLabel: done.length > 0 ? labelOf(done.at(-1)!) : '(no edit)',
    allowed: 1 + Math.floor(spanMs / EDIT_SPACING_MS),
  };
}

export async function runVoteBench(
  world: BenchWorld,
  logs: string,
  progress: (line: string) => void,
  loadavg: () => number[],
): Promise<VoteFigures> {
  const { channelId, copies, note } = await seedCopies(world, logs, VOTE_ITEMS + 1);
  const hot = copies.pop()!;
  const load = [loadavg()];

  const baselineChild = spawnNode(BASELINE_CLIENT, {
    env: { DISCORD_TOKEN: world.config.discordToken, DISCORD_API_URL: world.fake.restUrl },
    cwd: TMP,
    logFile: join(logs, 'votes-baseline-client.log'),
  });
  let baseline: VoteFigures['baseline'];
  try {
    await baselineChild.waitForOutput('ready', 30_000);
    const clicks = await measuredRun((n) => clickOptions(world, channelId, copies, okReply, n));
    const slash = await measuredRun((n) => slashOptions(world, copies, okReply, n));
    baseline = { clicks, slash };
    progress(
      `votes baseline: clicks ${clicks.perSecond.toFixed(0)}/s, slash ${slash.perSecond.toFixed(0)}/s`,
    );
  } finally {
    await baselineChild.stop();
  }
  load.push(loadavg());

  const bot = startBotProcess(world, logs, 'bot-votes');
  try {
    await bot.waitForOutput('logged in', 60_000);
    const clicks = await measuredRun((n) => clickOptions(world, channelId, copies, votedReply, n));
    progress(`votes, bot clicks: ${clicks.perSecond.toFixed(0)}/s, p99 ${clicks.latency.p99.toFixed(2)} ms`);
    // Other members again: /vote on the same items (a member backs an item once).
    const slash = await measuredRun((n) => slashOptions(world, copies, votedReply, n));
    progress(`votes, bot /vote: ${slash.perSecond.toFixed(0)}/s, p99 ${slash.latency.p99.toFixed(2)} ms`);
    load.push(loadavg());
    // Let the label edits of the runs above go out first.
    await delay(2 * EDIT_SPACING_MS);
    const edits = await hotItem(world, channelId, hot);
    progress(
      `votes, ${HOT_CLICKS} clicks on one item: ${edits.edits} edits (min gap ${edits.minGapMs.toFixed(0)} ms), final label "${edits.finalLabel}"`,
    );
    load.push(loadavg());
    return {
      items: VOTE_ITEMS,
      copiesNote: note,
      baseline,
      bot: { clicks, slash },
      edits,
      load,
    };
  } finally {
    await bot.stop();
  }
}
