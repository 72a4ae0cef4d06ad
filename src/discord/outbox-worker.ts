import { type REST, Routes } from 'discord.js';
import { type Clock, systemClock } from '../clock.js';
import type { OutboxEffect, OutboxEntry, OutboxMessageBody } from '../domain/entities.js';
import type { Logger } from '../logger.js';
import { SKIPPED_DMS_CLOSED } from '../store/outbox-repository.js';
import type { Store } from '../store/store.js';
import {
  DISCORD_ERROR,
  DirectMessageFallbackError,
  discordErrorCode,
  isPermanentDiscordFailure,
} from './errors.js';
import { describeDeliveryFailure } from './failure-advice.js';

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
  /** Least time between two edits of one message (vote button labels); a burst makes a few edits. */
  editIntervalMs?: number;
}

/** A notification whose member cannot be reached: skipped and counted, not a failure to report. */
class NotificationSkipped extends Error {
  override readonly name = 'NotificationSkipped';
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
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private scheduled = false;
  private readonly scheduler: Clock;
  private readonly editIntervalMs: number;
  /** When each message was last edited (scheduler time), to space out edits of the same message. */
  private readonly lastEdits = new Map<string, number>();

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
    this.editIntervalMs = options.editIntervalMs ?? 2000;
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

  /** Resolves once nothing is pending or in flight (for tests and benchmarks). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0 || this.store.outbox.pendingCount() > 0) {
      if (this.inFlight.size > 0) await Promise.race(this.inFlight.values());
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private fill(): void {
    if (!this.running) return;
    const free = this.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const due = this.store.outbox.due(this.scheduler.now(), free + this.inFlight.size);
    for (const entry of due) {
      if (this.inFlight.size >= this.concurrency) break;
      if (this.inFlight.has(entry.id)) continue;
      const delivery = this.deliverOne(entry).finally(() => {
        this.inFlight.delete(entry.id);
        this.wake();
      });
      this.inFlight.set(entry.id, delivery);
    }
  }

  private async deliverOne(entry: OutboxEntry): Promise<void> {
    if (entry.effect.kind === 'message-edit' && this.holdEdit(entry, entry.effect)) return;
    let result: string | null;
    try {
      result = await this.send(entry);
    } catch (error) {
      if (error instanceof NotificationSkipped) {
        this.logger.info({ outbox: entry.id, guild: entry.guildId }, 'notification skipped: DMs closed');
        this.guard(entry, () =>
          this.store.outbox.markSkipped(entry.id, SKIPPED_DMS_CLOSED, this.clock.now()),
        );
        return;
      }
      this.guard(entry, () => this.recordFailure(entry, error));
      return;
    }
    this.guard(entry, () => this.store.outbox.markDelivered(entry.id, result, this.clock.now()));
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
      this.guard(entry, () => this.store.outbox.postpone(entry.id, new Date(last + this.editIntervalMs)));
      return true;
    }
    for (const [other, at] of this.lastEdits)
      if (now - at >= this.editIntervalMs) this.lastEdits.delete(other);
    this.lastEdits.set(key, now);
    return false;
  }

  /** Bookkeeping failures (a closed or busy database) are logged; the row stays pending and is retried. */
  private guard(entry: OutboxEntry, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.logger.error({ err: error, outbox: entry.id }, 'outbox bookkeeping failed');
    }
  }

  private recordFailure(entry: OutboxEntry, error: unknown): void {
    const now = this.clock.now();
    const log = this.logger.child({ outbox: entry.id, kind: entry.effect.kind, guild: entry.guildId });
    if (isPermanentDiscordFailure(error)) {
      log.error({ err: error }, 'outbox effect refused by Discord');
      this.store.transaction(() => {
        this.store.outbox.markFailed(entry.id, errorText(error), now);
        this.reportFailure(entry, error, now);
      });
      return;
    }
    const delay = Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** entry.attempts);
    const jittered = delay / 2 + Math.random() * (delay / 2);
    log.warn({ err: error, retryInMs: Math.round(jittered) }, 'outbox delivery failed; will retry');
    const retryAt = new Date(this.scheduler.now().getTime() + jittered);
    this.store.outbox.scheduleRetry(entry.id, errorText(error), retryAt);
  }

  /** Sends one effect; returns what to remember of Discord's answer (a message id). */
  private async send(entry: OutboxEntry): Promise<string | null> {
    const effect = entry.effect;
    switch (effect.kind) {
      case 'message':
        return this.postMessage(effect.channelId, effect.body, entry.id);
      case 'direct-message':
        try {
          const channel = (await this.rest.post(Routes.userChannels(), {
            body: { recipient_id: effect.userId },
          })) as { id: string };
          return await this.postMessage(channel.id, effect.body, entry.id);
        } catch (error) {
          if (discordErrorCode(error) === DISCORD_ERROR.cannotMessageUser && effect.notification)
            throw new NotificationSkipped(SKIPPED_DMS_CLOSED);
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
              entry.id,
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
    }
  }

  /** Edits a posted message; one deleted meanwhile leaves nothing to edit (the purpose is moot). */
  private async editMessage(effect: Extract<OutboxEffect, { kind: 'message-edit' }>): Promise<string | null> {
    let messageId = effect.messageId;
    if (messageId === null && effect.postedBy !== null) {
      const posted = this.store.outbox.postedMessage(effect.postedBy);
      // Still being posted: retried (with backoff) until the post's answer names the message.
      if (posted?.status === 'pending')
        throw new Error(`message of outbox ${effect.postedBy} not posted yet`);
      messageId = posted?.messageId ?? null;
    }
    if (messageId === null) return null;
    try {
      await this.rest.patch(Routes.channelMessage(effect.channelId, messageId), { body: effect.body });
    } catch (error) {
      if (discordErrorCode(error) === DISCORD_ERROR.unknownMessage) return null;
      throw error;
    }
    return messageId;
  }

  private async postMessage(channelId: string, body: OutboxMessageBody, outboxId: number): Promise<string> {
    const message = (await this.rest.post(Routes.channelMessages(channelId), {
      body: { ...body, nonce: `stagegate-${outboxId}`, enforce_nonce: true },
    })) as { id: string };
    return message.id;
  }

  /** Tells the log channel and the maintainer who acted, in words they can act on. */
  private reportFailure(entry: OutboxEntry, error: unknown, now: Date): void {
    // A report that fails is only logged: reporting it would report about reports.
    if ((entry.effect.kind === 'message' || entry.effect.kind === 'direct-message') && entry.effect.report)
      return;
    const settings = this.store.settings.get(entry.guildId);
    const text = describeDeliveryFailure(entry, error);
    const body: OutboxMessageBody = { content: text, allowed_mentions: { parse: [] } };
    const targetsLog = entry.effect.kind === 'message' && entry.effect.channelId === settings.logChannelId;
    if (settings.logChannelId && !targetsLog) {
      this.store.outbox.enqueue(
        entry.guildId,
        { kind: 'message', channelId: settings.logChannelId, body, report: true },
        null,
        now,
      );
    }
    const targetsActor = entry.effect.kind === 'direct-message' && entry.effect.userId === entry.actorId;
    if (entry.actorId && !targetsActor) {
      this.store.outbox.enqueue(
        entry.guildId,
        { kind: 'direct-message', userId: entry.actorId, body, fallbackChannelId: null, report: true },
        null,
        now,
      );
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
