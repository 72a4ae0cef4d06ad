/**
 * Votes (issue 10): vote-button clicks from distinct members at 64 in flight against the bare
 * discord.js client in the same run, `/vote` the same way, and the edits of a copy's label caused
 * by 500 clicks on one item within 10 seconds.
 *
 * `giveFeedback` does not yet attach the vote button to the feedback copy (src/lifecycle/votes.ts,
 * `recordFeedbackCopy`, is not called on main), so the bench posts the copies itself before the
 * bot starts: the bot's own button row (`renderVoteButtons`, signed with the bot's secret from the
 * database) posted through REST in a copies channel, and recorded with `votes.recordCopy` as
 * `giveFeedback` will. The clicks then take the bot's real path: dispatcher -> `/vote` button ->
 * `toggleVote` -> outbox label edits paced by the worker.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { REST, Routes } from 'discord.js';
import { ComponentSigner } from '../src/discord/component-id.js';
import { createEffectRenderer } from '../src/discord/render/effects.js';
import { openStore } from '../src/store/store.js';
import type { InteractionHandle, RecordedRequest, ReplyView } from '../test/support/fake-discord/index.js';
import {
  CONCURRENCY,
  figures,
  type RunFigures,
  startBotProcess,
  WARMUP_INTERACTIONS,
} from './interactions.js';
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

interface Copy {
  feedbackId: number;
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
  copiesNote: string;
  baseline: { clicks: RunFigures; slash: RunFigures };
  bot: { clicks: RunFigures; slash: RunFigures };
  edits: EditFigures;
  load: number[][];
}

/** Items by distinct authors, each with a copy carrying the bot's vote button, posted and recorded. */
async function seedCopies(world: BenchWorld, count: number): Promise<{ channelId: string; copies: Copy[] }> {
  const channel = world.fake.addChannel(world.guild.id, { name: 'feedback-copies' });
  const store = openStore(world.config.databasePath);
  try {
    const render = createEffectRenderer(new ComponentSigner(store.secret('component-signing')));
    const now = new Date();
    const items = store.transaction(() =>
      Array.from({ length: count }, (_, i) =>
        store.feedback.insert(
          {
            guildId: world.guild.id,
            number: store.settings.nextFeedbackNumber(world.guild.id, now),
            featureId: world.feature.id,
            level: world.feature.level,
            authorId: `9${String(i).padStart(17, '0')}`,
            body: `Vote benchmark item ${i}: the results page should remember the last query.`,
            tags: ['idea'],
            sourceInteractionId: `vote-bench-${i}`,
          },
          now,
        ),
      ),
    );
    const rest = new REST({ api: world.fake.restUrl }).setToken(world.config.discordToken);
    const copies: Copy[] = [];
    for (const item of items) {
      const body = render.voteButtons({ id: item.id, number: item.number, closed: false }, 0);
      const posted = (await rest.post(Routes.channelMessages(channel.id), {
        body: { content: `**#${item.number}** · Search · idea\n${item.body}`, components: body.components },
      })) as { id: string };
      const button = body.components?.[0]?.components[0] as { custom_id: string };
      copies.push({
        feedbackId: item.id,
        number: item.number,
        messageId: posted.id,
        customId: button.custom_id,
      });
    }
    store.transaction(() => {
      for (const copy of copies) store.votes.recordCopy(copy.feedbackId, channel.id, null, copy.messageId);
    });
    return { channelId: channel.id, copies };
  } finally {
    store.close();
  }
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
  const { channelId, copies } = await seedCopies(world, VOTE_ITEMS + 1);
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
      copiesNote:
        "copies posted by the bench with the bot's own vote button and recorded with votes.recordCopy: giveFeedback does not attach the button on main yet",
      baseline,
      bot: { clicks, slash },
      edits,
      load,
    };
  } finally {
    await bot.stop();
  }
}
