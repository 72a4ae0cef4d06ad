import { type REST, Routes } from 'discord.js';
import { type Clock, systemClock } from '../clock.js';
import type { OutboxEffect, OutboxEntry, OutboxKind, OutboxMessageBody } from '../domain/entities.js';
import type { Logger } from '../logger.js';
import { type FailureGroup, SKIPPED_DMS_CLOSED } from '../store/outbox-repository.js';
import type { Store } from '../store/store.js';
import { serverLocale } from '../text/index.js';
import { DiscussionDelivery } from './discussion-delivery.js';
import {
  DISCORD_ERROR,
  DirectMessageFallbackError,
  discordErrorCode,
  isTransientFailure,
  mayHaveReachedDiscord,
  RetryLaterError,
} from './errors.js';
import {
  describeDeliveryFailure,
  describeFailureGroup,
  failureCause,
  isDiscussionPermissionCause,
} from './failure-advice.js';
import { findPostedMessage } from './posted-message.js';

export interface OutboxWorkerOptions {
  /** Deliveries in flight at once; discord.js still serialises each rate-limit bucket. */
  concurrency?: number;
  /** How often to look for retries that became due, when nothing woke the worker. */
  pollMs?: number;
  /** Backoff of the first retry; doubles per attempt up to `maxBackoffMs`. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /**
   * Real time for backoff and due dates, kept apart from the business clock (which stamps
   * delivered_at): a retry is real waiting, even when tests freeze or jump the business clock.
   */
  scheduler?: Clock;
  /** Attempts before a transient failure is given up and reported (12: about half an hour of backoff). */
  maxAttempts?: number;
  /** How long refusals are collected before they are reported together (a retire's burst becomes one report). */
  reportDelayMs?: number;
  /** A cause already reported is reported again at most this often; what fails meanwhile is counted in. */
  reportCooldownMs?: number;
  /**
   * The same for a permission the discussion of feedback lacks (threads, posts, tags): every new
   * item meets it again until a maintainer grants it, so it is told once and then once a day.
   */
  discussionReportCooldownMs?: number;
  /** The bot's user id, so an in-doubt message is recognised as the bot's own. */
  selfId?: () => string | null;
  /** Told of each delivery attempt's result (metrics). */
  onDelivery?: (kind: OutboxKind, result: 'delivered' | 'retried' | 'failed') => void;
  /** Least time between two edits of one message (vote button labels); a burst makes a few edits. */
  editIntervalMs?: number;
  /**
   * A REST client that never repeats a request on its own (`retries: 0`), for what Discord cannot
   * de-duplicate (a forum post carries no nonce): discord.js would re-send a request whose answer
   * timed out, and post twice. The worker retries instead, after looking for the post. Defaults to
   * the worker's client (tests that do not time requests out).
   */
  onceRest?: REST;
}

/** A delivery whose outcome could not be recorded: held in memory and recorded again later, never re-sent. */
interface HeldBookkeeping {
  record: () => void;
  attempts: number;
}

/**
 * Why Discord refuses a direct message to a member: DMs closed, or an account that no longer exists
 * (a promotion thanks everyone who gave feedback at the level, some of whom left Discord since).
 */
const UNREACHABLE_RECIPIENT = new Set<number>([
  DISCORD_ERROR.cannotMessageUser,
  DISCORD_ERROR.unknownUser,
  DISCORD_ERROR.invalidRecipients,
]);

/** A notification whose member cannot be reached: skipped and counted, not a failure to report. */
class NotificationSkipped extends Error {
  override readonly name = 'NotificationSkipped';
}

/**
 * Whether a direct message failed because of its recipient, for good: DMs closed (or no server in
 * common any more), or no such user (an account deleted since it gave or backed feedback).
 */
function isUnreachable(error: unknown): boolean {
  return UNREACHABLE_RECIPIENT.has(discordErrorCode(error) ?? 0);
}

/**
 * Delivers the outbox: each effect is sent to Discord and only then marked delivered, so a crash
 * in between re-sends it on the next start. Messages carry a nonce with `enforce_nonce`, which
 * makes Discord return the first message instead of posting a second one; role changes are
 * idempotent by nature. Transient failures are retried with backoff; 429s are waited out by
 * discord.js's REST queue (it honours `retry_after`); permanent refusals are reported.
 */
export class OutboxWorker {
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly baseBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly held = new Map<number, HeldBookkeeping>();
  private readonly maxAttempts: number;
  private readonly reportDelayMs: number;
  private readonly reportCooldownMs: number;
  private readonly discussionReportCooldownMs: number;
  private readonly selfId: () => string | null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private scheduled = false;
  private readonly scheduler: Clock;
  private readonly onDelivery: OutboxWorkerOptions['onDelivery'];
  private readonly editIntervalMs: number;
  /** When each message was last edited (scheduler time), to space out edits of the same message. */
  private readonly lastEdits = new Map<string, number>();
  /** Threads, forum posts and forum tags. */
  private readonly discussion: DiscussionDelivery;

  constructor(
    private readonly store: Store,
    private readonly rest: REST,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: OutboxWorkerOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 16;
    this.pollMs = options.pollMs ?? 1000;
    this.baseBackoffMs = options.baseBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 5 * 60_000;
    this.scheduler = options.scheduler ?? systemClock;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.reportDelayMs = options.reportDelayMs ?? 10_000;
    this.reportCooldownMs = options.reportCooldownMs ?? 10 * 60_000;
    this.discussionReportCooldownMs = options.discussionReportCooldownMs ?? 24 * 60 * 60_000;
    this.selfId = options.selfId ?? (() => null);
    this.onDelivery = options.onDelivery;
    this.editIntervalMs = options.editIntervalMs ?? 2000;
    this.discussion = new DiscussionDelivery(
      store,
      rest,
      options.onceRest ?? rest,
      logger,
      this.selfId,
      clock,
    );
  }

  start(): void {
    this.running = true;
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Looks for due effects soon (coalesced: many wakes in one tick cost one query). */
  wake(): void {
    if (!this.running || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      try {
        this.fill();
      } catch (error) {
        // A database hiccup must not take the process down; the next poll tries again.
        this.logger.error({ err: error }, 'outbox scan failed');
      }
    });
  }

  /** Stops taking new effects and waits for the deliveries in flight. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Resolves once nothing is pending, in flight, held or waiting to be reported (for tests and benchmarks). */
  async idle(): Promise<void> {
    while (
      this.inFlight.size > 0 ||
      this.held.size > 0 ||
      this.store.outbox.pendingCount() > 0 ||
      this.store.outbox.unreportedFailureCount() > 0
    ) {
      if (this.inFlight.size > 0) await Promise.race(this.inFlight.values());
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private fill(): void {
    if (!this.running) return;
    this.reportFailures();
    const free = this.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const due = this.store.outbox.due(this.scheduler.now(), free + this.inFlight.size + this.held.size);
    for (const entry of due) {
      if (this.inFlight.size >= this.concurrency) break;
      if (this.inFlight.has(entry.id) || this.held.has(entry.id)) continue;
      const delivery = this.deliverOne(entry).finally(() => {
        this.inFlight.delete(entry.id);
        this.wake();
      });
      this.inFlight.set(entry.id, delivery);
    }
  }

  private async deliverOne(entry: OutboxEntry): Promise<void> {
    if (entry.effect.kind === 'message-edit' && this.holdEdit(entry, entry.effect)) return;
    if (isMessage(entry)) {
      // Marked before the request: if the answer is lost, the next attempt looks before posting.
      const marked = this.bookkeep(entry, () =>
        this.store.outbox.markSending(entry.id, this.scheduler.now()),
      );
      if (!marked) return;
    }
    let result: string | null;
    try {
      result = await this.send(entry);
    } catch (error) {
      if (error instanceof NotificationSkipped) {
        this.logger.info(
          { outbox: entry.id, guild: entry.guildId },
          'notification skipped: recipient unreachable',
        );
        this.bookkeep(entry, () =>
          this.store.outbox.markSkipped(entry.id, SKIPPED_DMS_CLOSED, this.clock.now()),
        );
        return;
      }
      this.bookkeep(entry, () => this.recordFailure(entry, error));
      return;
    }
    this.onDelivery?.(entry.effect.kind, 'delivered');
    this.bookkeep(entry, () => this.store.outbox.markDelivered(entry.id, result, this.clock.now()));
  }

  /**
   * Spaces out edits of one message: an edit due sooner than `editIntervalMs` after the previous
   * one is postponed (no attempt counted). Its body is replaced meanwhile by later clicks.
   */
  private holdEdit(entry: OutboxEntry, effect: Extract<OutboxEffect, { kind: 'message-edit' }>): boolean {
    const key = effect.postedBy !== null ? `posted:${effect.postedBy}` : `message:${effect.messageId}`;
    const now = this.scheduler.now().getTime();
    const last = this.lastEdits.get(key);
    if (last !== undefined && now - last < this.editIntervalMs) {
      this.bookkeep(entry, () => this.store.outbox.postpone(entry.id, new Date(last + this.editIntervalMs)));
      return true;
    }
    for (const [other, at] of this.lastEdits)
      if (now - at >= this.editIntervalMs) this.lastEdits.delete(other);
    this.lastEdits.set(key, now);
    return false;
  }

  /**
   * Runs a bookkeeping write. When the database refuses it (full disk, a lock held too long), the
   * entry is held in memory, so it is not picked up and sent again, and the write is retried with
   * backoff until it sticks. Returns whether the write succeeded now.
   */
  private bookkeep(entry: OutboxEntry, record: () => void): boolean {
    try {
      record();
      return true;
    } catch (error) {
      this.logger.error({ err: error, outbox: entry.id }, 'outbox bookkeeping failed; holding the effect');
      this.hold(entry.id, { record, attempts: 1 });
      return false;
    }
  }

  private hold(id: number, held: HeldBookkeeping): void {
    this.held.set(id, held);
    const delay = Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** (held.attempts - 1));
    const timer = setTimeout(() => {
      try {
        held.record();
        this.held.delete(id);
        this.wake();
      } catch (error) {
        this.logger.error({ err: error, outbox: id }, 'outbox bookkeeping failed again');
        this.hold(id, { record: held.record, attempts: held.attempts + 1 });
      }
    }, delay);
    timer.unref();
  }

  private recordFailure(entry: OutboxEntry, error: unknown): void {
    const now = this.clock.now();
    const log = this.logger.child({ outbox: entry.id, kind: entry.effect.kind, guild: entry.guildId });
    const attempts = entry.attempts + 1;
    if (isTransientFailure(error) && attempts < this.maxAttempts) {
      const delay = Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** entry.attempts);
      const jittered = delay / 2 + Math.random() * (delay / 2);
      log.warn({ err: error, retryInMs: Math.round(jittered) }, 'outbox delivery failed; will retry');
      const retryAt = new Date(this.scheduler.now().getTime() + jittered);
      // A forum post carries no nonce: one that may have been created is looked for before the next try.
      const inDoubt = entry.effect.kind === 'forum-post' && mayHaveReachedDiscord(error);
      this.store.outbox.scheduleRetry(entry.id, errorText(error), retryAt, inDoubt);
      this.onDelivery?.(entry.effect.kind, 'retried');
      return;
    }
    this.onDelivery?.(entry.effect.kind, 'failed');
    log.error({ err: error, attempts }, 'outbox effect failed for good');
    // Reports are posts not caused by the reader: they speak the server's language.
    const locale = serverLocale(this.store.settings.get(entry.guildId));
    this.store.transaction(() => {
      this.store.outbox.markFailed(entry.id, errorText(error), now);
      // A report that fails is only logged: reporting it would report about reports.
      if (isReport(entry)) return;
      this.store.outbox.recordFailure(
        {
          guildId: entry.guildId,
          outboxId: entry.id,
          actorId: entry.actorId,
          description: describeDeliveryFailure(locale, entry, error),
          ...failureCause(locale, entry, error),
        },
        // Real time, like the report delay and cool-down it is compared with.
        this.scheduler.now(),
      );
    });
    this.wake();
  }

  /** Sends one effect; returns what to remember of Discord's answer (a message id). */
  private async send(entry: OutboxEntry): Promise<string | null> {
    const effect = entry.effect;
    switch (effect.kind) {
      case 'message':
        return this.postMessage(effect.channelId, effect.body, entry);
      case 'direct-message':
        try {
          const channel = (await this.rest.post(Routes.userChannels(), {
            body: { recipient_id: effect.userId },
          })) as { id: string };
          return await this.postMessage(channel.id, effect.body, entry);
        } catch (error) {
          if (effect.notification && isUnreachable(error)) throw new NotificationSkipped(SKIPPED_DMS_CLOSED);
          if (discordErrorCode(error) !== DISCORD_ERROR.cannotMessageUser || !effect.fallbackChannelId)
            throw error;
          // DMs closed: mention the member where the feature lives instead, pinging only them.
          try {
            return await this.postMessage(
              effect.fallbackChannelId,
              {
                ...effect.body,
                content: `<@${effect.userId}> ${effect.body.content ?? ''}`.trim(),
                allowed_mentions: { parse: [], users: [effect.userId] },
              },
              entry,
            );
          } catch (fallbackError) {
            throw new DirectMessageFallbackError(effect.fallbackChannelId, fallbackError);
          }
        }
      case 'role-add':
        await this.rest.put(Routes.guildMemberRole(entry.guildId, effect.memberId, effect.roleId), {
          reason: effect.reason,
        });
        return null;
      case 'role-remove':
        try {
          await this.rest.delete(Routes.guildMemberRole(entry.guildId, effect.memberId, effect.roleId), {
            reason: effect.reason,
          });
        } catch (error) {
          // A member who left, or a role deleted meanwhile, leaves no role to remove: the purpose is met.
          const code = discordErrorCode(error);
          if (code !== DISCORD_ERROR.unknownMember && code !== DISCORD_ERROR.unknownRole) throw error;
        }
        return null;
      case 'message-edit':
        return this.editMessage(effect);
      case 'forum-post':
        return this.discussion.createPost(entry, effect);
      case 'thread-open':
        return this.discussion.openThread(effect);
      case 'thread-message':
        return this.discussion.postInThread(effect, (threadId) =>
          this.postMessage(threadId, effect.body, entry),
        );
      case 'thread-update':
        return this.discussion.updateThread(effect);
      case 'forum-tags':
        return this.discussion.createForumTags(entry, effect);
    }
  }

  /** Edits a posted message; one deleted meanwhile leaves nothing to edit (the purpose is moot). */
  private async editMessage(effect: Extract<OutboxEffect, { kind: 'message-edit' }>): Promise<string | null> {
    let messageId = effect.messageId;
    if (messageId === null && effect.postedBy !== null) {
      const posted = this.store.outbox.postedMessage(effect.postedBy);
      // Still being posted: retried (with backoff) until the post's answer names the message.
      if (posted?.status === 'pending')
        throw new RetryLaterError(`message of outbox ${effect.postedBy} not posted yet`);
      messageId = posted?.messageId ?? null;
    }
    if (messageId === null) return null;
    // A forum post's first message lives in the post, whose id is the message's.
    const channelId = effect.inOwnThread ? messageId : effect.channelId;
    try {
      await this.rest.patch(Routes.channelMessage(channelId, messageId), { body: effect.body });
    } catch (error) {
      const code = discordErrorCode(error);
      // The message (or the forum post it opens) was deleted meanwhile: nothing left to edit.
      if (code === DISCORD_ERROR.unknownMessage) return null;
      if (effect.inOwnThread && code === DISCORD_ERROR.unknownChannel) return null;
      throw error;
    }
    return messageId;
  }

  private async postMessage(channelId: string, body: OutboxMessageBody, entry: OutboxEntry): Promise<string> {
    const outboxId = entry.id;
    if (entry.sendingSince) {
      // An earlier attempt's answer was lost (a crash, a database that refused the record): the
      // message may exist. Discord's nonce check covers minutes only, so look for it first.
      const posted = await findPostedMessage(this.rest, channelId, body, entry.sendingSince, this.selfId());
      if (posted) return posted;
    }
    const message = (await this.rest.post(Routes.channelMessages(channelId), {
      body: { ...body, nonce: `stagegate-${outboxId}`, enforce_nonce: true },
    })) as { id: string };
    return message.id;
  }

  /**
   * Tells the log channel and the maintainers who acted about refusals, one report per cause:
   * a burst (a retire with a role above the bot's) is collected for `reportDelayMs` and told in
   * one line with its count; a cause already told waits out `reportCooldownMs`.
   */
  private reportFailures(): void {
    const now = this.clock.now();
    const real = this.scheduler.now().getTime();
    let queued = false;
    try {
      const groups = this.store.outbox.failureGroupsToReport(
        new Date(real - this.reportDelayMs),
        new Date(real - this.reportCooldownMs),
      );
      for (const group of groups) {
        if (this.waitsForDiscussionCooldown(group, real)) continue;
        this.store.transaction(() => {
          this.queueReport(group, now);
          this.store.outbox.markReported(group, this.scheduler.now());
        });
        queued = true;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'outbox failure report could not be queued');
    }
    if (queued) setImmediate(() => this.wake());
  }

  /** A missing permission of threads, posts or tags already told within the day: counted into the next report. */
  private waitsForDiscussionCooldown(group: FailureGroup, realNow: number): boolean {
    if (!isDiscussionPermissionCause(group.causeKey) || group.lastReportedAt === null) return false;
    return realNow - group.lastReportedAt.getTime() < this.discussionReportCooldownMs;
  }

  private queueReport(group: FailureGroup, now: Date): void {
    const settings = this.store.settings.get(group.guildId);
    const locale = serverLocale(settings);
    const featureName =
      group.kind === 'role'
        ? (this.store.features.findActiveByRole(group.guildId, group.target)?.name ?? null)
        : null;
    const text = (count: number) =>
      group.count === 1 ? group.firstDescription : describeFailureGroup(locale, group, count, featureName);
    const targetsLog = group.kind === 'message' && group.target === settings.logChannelId;
    if (settings.logChannelId && !targetsLog) {
      this.store.outbox.enqueue(
        group.guildId,
        {
          kind: 'message',
          channelId: settings.logChannelId,
          body: { content: text(group.count), allowed_mentions: { parse: [] } },
          report: true,
        },
        null,
        now,
      );
    }
    for (const { actorId, count } of group.byActor) {
      // A direct message the actor could not get is not reported to them by direct message.
      if (!actorId || (group.kind === 'direct-message' && group.target === actorId)) continue;
      this.store.outbox.enqueue(
        group.guildId,
        {
          kind: 'direct-message',
          userId: actorId,
          body: { content: text(count), allowed_mentions: { parse: [] } },
          fallbackChannelId: null,
          report: true,
        },
        null,
        now,
      );
    }
  }
}

/** Effects that post something Discord would post twice if asked twice: marked before sending. */
function isMessage(entry: OutboxEntry): boolean {
  const { kind } = entry.effect;
  return (
    kind === 'message' || kind === 'direct-message' || kind === 'thread-message' || kind === 'forum-post'
  );
}

function isReport(entry: OutboxEntry): boolean {
  return (
    (entry.effect.kind === 'message' || entry.effect.kind === 'direct-message') &&
    entry.effect.report === true
  );
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
