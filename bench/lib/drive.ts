import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import type {
  FakeDiscord,
  InteractionHandle,
  ReplyView,
  SendCommandOptions,
} from '../../test/support/fake-discord/index.js';
import { Samples } from './stats.js';

/** What one interaction sends, apart from the member (a fresh one per interaction). */
export type CommandFor = (index: number) => Omit<SendCommandOptions, 'userId' | 'guildId' | 'channelId'>;

export interface DriveOptions {
  fake: FakeDiscord;
  guildId: string;
  channelId: string;
  command: CommandFor;
  /** Another interaction than a slash command (a button click...) from `userId`; `command` is then unused. */
  send?: (index: number, userId: string) => InteractionHandle;
  /** Whether the reply is the expected success (anything else counts as failed). */
  accept: (reply: ReplyView) => boolean;
  total: number;
  /** Closed loop: this many interactions in flight. */
  concurrency?: number;
  /** Open loop instead: interactions dispatched at this rate, whatever the answers do. */
  perSecond?: number;
  /** Hard bound on the whole run. */
  deadlineMs: number;
  /** Per-interaction bound on waiting for the callback. */
  replyTimeoutMs?: number;
  /** Stops dispatching once this says so (checked before each interaction). */
  until?: () => boolean;
  /** Told of each interaction: when it was sent (performance.now()) and its latency (null: failed). */
  onResult?: (sentAt: number, latencyMs: number | null) => void;
}

export interface DriveResult {
  sent: number;
  ok: number;
  failed: number;
  /** First failure seen, for the report. */
  firstFailure: string | null;
  durationMs: number;
  perSecond: number;
  /** Dispatch -> callback received by the fake, ms, successful interactions only. */
  latencies: Float64Array;
  /** Completions per whole second of the run (for the median of per-second throughput). */
  perSecondBuckets: number[];
}

/**
 * Sends `/command` interactions, each from a member who exists only while their interaction is in
 * flight (added to the fake guild before the dispatch, removed after the callback). The bot lacks the
 * GuildMembers intent, so it never hears of them except through the interaction itself; the fake's
 * bookkeeping for finished interactions is dropped as it goes so the driver stays cheap.
 */
export async function drive(o: DriveOptions): Promise<DriveResult> {
  const { fake } = o;
  const world = fake.world;
  const latencies = new Samples(o.total);
  const completions: number[] = [];
  let sent = 0;
  let ok = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  const start = performance.now();
  const deadline = start + o.deadlineMs;

  const one = async (index: number): Promise<void> => {
    const member = fake.addMember(o.guildId, { username: `bench-${index}` });
    const t0 = performance.now();
    const handle = o.send
      ? o.send(index, member.id)
      : fake.sendCommand({
          ...o.command(index),
          guildId: o.guildId,
          channelId: o.channelId,
          userId: member.id,
        });
    sent += 1;
    try {
      const reply = await handle.reply(o.replyTimeoutMs ?? 10_000);
      const t1 = performance.now();
      if (o.accept(reply)) {
        ok += 1;
        latencies.push(t1 - t0);
        completions.push(t1 - start);
        o.onResult?.(t0, t1 - t0);
      } else {
        failed += 1;
        o.onResult?.(t0, null);
        firstFailure ??= `unexpected reply: ${JSON.stringify(reply.content || reply.embeds).slice(0, 300)}`;
      }
    } catch (error) {
      failed += 1;
      o.onResult?.(t0, null);
      firstFailure ??= error instanceof Error ? error.message.slice(0, 300) : String(error);
    } finally {
      const rec = world.interactions.get(handle.token);
      if (rec?.originalMessageId) world.messages.delete(rec.originalMessageId);
      world.interactions.delete(handle.token);
      fake.removeMember(o.guildId, member.id);
      world.users.delete(member.id);
      if (world.requests.length > 20_000) world.requests.length = 0;
    }
  };

  if (o.perSecond !== undefined) {
    const gapMs = 1000 / o.perSecond;
    const pending = new Set<Promise<void>>();
    for (let i = 0; i < o.total && performance.now() < deadline && !o.until?.(); i += 1) {
      const due = start + i * gapMs;
      const wait = due - performance.now();
      if (wait > 1) await delay(wait);
      const p = one(i).finally(() => pending.delete(p));
      pending.add(p);
    }
    await Promise.all(pending);
  } else {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < o.total && performance.now() < deadline && !o.until?.()) {
        const index = next;
        next += 1;
        await one(index);
      }
    };
    await Promise.all(Array.from({ length: o.concurrency ?? 1 }, worker));
  }

  const durationMs = performance.now() - start;
  const buckets: number[] = [];
  for (const at of completions) {
    const second = Math.floor(at / 1000);
    buckets[second] = (buckets[second] ?? 0) + 1;
  }
  // The last, partial second would understate the rate.
  const whole = buckets.slice(0, Math.floor(durationMs / 1000)).map((n) => n ?? 0);
  return {
    sent,
    ok,
    failed,
    firstFailure,
    durationMs,
    perSecond: (ok * 1000) / durationMs,
    latencies: latencies.values(),
    perSecondBuckets: whole,
  };
}
