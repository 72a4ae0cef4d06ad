import type { OutboxEffect, OutboxEntry, OutboxKind } from '../domain/entities.js';
import type { Db } from './database.js';

interface RawOutbox {
  id: number;
  guild_id: string;
  kind: OutboxKind;
  payload: string;
  actor_id: string | null;
  attempts: number;
  status: OutboxEntry['status'];
  last_error: string | null;
  sending_since: string | null;
}

/** A refusal to report, recorded with the effect's failure. */
export interface NewDeliveryFailure {
  guildId: string;
  outboxId: number;
  causeKey: string;
  kind: 'role' | 'message' | 'direct-message';
  /** The role or channel the effects were about (`''` for direct messages). */
  target: string;
  advice: string;
  actorId: string | null;
  description: string;
}

/** Unreported refusals that share a cause, ready to be told in one report. */
export interface FailureGroup {
  guildId: string;
  causeKey: string;
  kind: NewDeliveryFailure['kind'];
  target: string;
  advice: string;
  count: number;
  /** The report of the first failure, used alone when the group has one failure. */
  firstDescription: string;
  lastId: number;
  /** How many of the group each maintainer caused (`null`: nobody, e.g. a sign-up). */
  byActor: { actorId: string | null; count: number }[];
  /** When this cause was last reported, if ever. */
  lastReportedAt: Date | null;
}

function toEntry(raw: RawOutbox): OutboxEntry {
  return {
    id: raw.id,
    guildId: raw.guild_id,
    effect: { kind: raw.kind, ...JSON.parse(raw.payload) } as OutboxEffect,
    actorId: raw.actor_id,
    attempts: raw.attempts,
    status: raw.status,
    lastError: raw.last_error,
    sendingSince: raw.sending_since ? new Date(raw.sending_since) : null,
  };
}

/** Effects in one lane keep their order: role changes per member and role, messages per channel. */
function laneOf(guildId: string, effect: OutboxEffect): string {
  switch (effect.kind) {
    case 'message':
      return `channel:${effect.channelId}`;
    case 'direct-message':
      return `dm:${effect.userId}`;
    case 'role-add':
    case 'role-remove':
      return `role:${guildId}:${effect.memberId}:${effect.roleId}`;
    case 'message-edit':
      // One lane per message, named by what is known first (the posting row), so edits keep their order.
      return effect.postedBy !== null
        ? `edit:posted:${effect.postedBy}`
        : `edit:${effect.channelId}:${effect.messageId}`;
    // An item's thread or post: opened, then its messages and changes, in order.
    case 'forum-post':
    case 'thread-open':
    case 'thread-message':
    case 'thread-update':
      return `thread:${effect.feedbackId}`;
    case 'forum-tags':
      return `forum:${effect.channelId}`;
  }
}

/** Why a notification was not delivered, as `last_error` of its skipped row. */
export const SKIPPED_DMS_CLOSED = 'skipped: direct messages closed';

/** The durable queue of effects on Discord. Rows are written in the transaction of their cause. */
export class OutboxRepository {
  private readonly insert;
  private readonly selectDue;
  private readonly selectById;
  private readonly delivered;
  private readonly retry;
  private readonly retryInDoubt;
  private readonly failed;
  private readonly countPending;
  private readonly pendingInLane;
  private readonly sending;
  private readonly insertFailure;
  private readonly unreportedGroups;
  private readonly groupActors;
  private readonly lastReported;
  private readonly markGroupReported;
  private readonly countUnreported;
  private readonly oldestPending;
  private readonly deleteDelivered;
  private readonly pendingIdsInLaneStmt;
  private readonly replacePayload;
  private readonly postponeStmt;
  private readonly skipped;
  private readonly countSkipped;
  private readonly postedStmt;

  constructor(db: Db) {
    this.insert = db
      .prepare<unknown[], number>(
        `INSERT INTO outbox (guild_id, kind, lane, payload, actor_id, created_at, after_id)
         VALUES (@guildId, @kind, @lane, @payload, @actorId, @now, @afterId) RETURNING id`,
      )
      .pluck();
    // Only the head of each lane is due: a later role change waits for the earlier one. A row that
    // waits for a row of another lane (`after_id`: a thread waits for its copy) is due once that row is not pending.
    this.selectDue = db.prepare<[string, number], RawOutbox>(
      `SELECT o.* FROM outbox o
       WHERE o.status = 'pending' AND (o.available_at IS NULL OR o.available_at <= ?)
         AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.status = 'pending' AND e.lane = o.lane AND e.id < o.id)
         AND (o.after_id IS NULL OR NOT EXISTS (SELECT 1 FROM outbox a WHERE a.id = o.after_id AND a.status = 'pending'))
       ORDER BY o.id LIMIT ?`,
    );
    this.selectById = db.prepare<[number], RawOutbox>('SELECT * FROM outbox WHERE id = ?');
    this.delivered = db.prepare(
      "UPDATE outbox SET status = 'delivered', attempts = attempts + 1, result = ?, delivered_at = ?, sending_since = NULL WHERE id = ?",
    );
    this.retry = db.prepare(
      'UPDATE outbox SET attempts = attempts + 1, last_error = ?, available_at = ?, sending_since = NULL WHERE id = ?',
    );
    this.retryInDoubt = db.prepare(
      'UPDATE outbox SET attempts = attempts + 1, last_error = ?, available_at = ? WHERE id = ?',
    );
    this.failed = db.prepare(
      "UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, delivered_at = ?, sending_since = NULL WHERE id = ?",
    );
    this.countPending = db
      .prepare<[], number>("SELECT count(*) FROM outbox WHERE status = 'pending'")
      .pluck();
    this.pendingInLane = db.prepare<[string], number>(
      "SELECT 1 FROM outbox WHERE status = 'pending' AND lane = ? LIMIT 1",
    );
    this.pendingIdsInLaneStmt = db
      .prepare<[string], number>("SELECT id FROM outbox WHERE status = 'pending' AND lane = ? ORDER BY id")
      .pluck();
    this.replacePayload = db.prepare<[string, number]>(
      "UPDATE outbox SET payload = ? WHERE id = ? AND status = 'pending'",
    );
    this.postponeStmt = db.prepare<[string, number]>(
      "UPDATE outbox SET available_at = ? WHERE id = ? AND status = 'pending'",
    );
    this.skipped = db.prepare(
      "UPDATE outbox SET status = 'cancelled', attempts = attempts + 1, last_error = ?, delivered_at = ? WHERE id = ?",
    );
    this.countSkipped = db
      .prepare<[string, string], number>(
        "SELECT count(*) FROM outbox WHERE status = 'cancelled' AND guild_id = ? AND last_error = ?",
      )
      .pluck();
    this.postedStmt = db.prepare<[number], { status: OutboxEntry['status']; result: string | null }>(
      'SELECT status, result FROM outbox WHERE id = ?',
    );
    this.oldestPending = db
      // Through the partial index of pending rows: as cheap as the pending count, whatever the table's size.
      .prepare<[], string | null>("SELECT min(created_at) FROM outbox WHERE status = 'pending'")
      .pluck();
    // Rows are created in id order, so the first row created since the cutoff bounds the scan: the
    // delete reads only the old end of the table, never all of it.
    this.deleteDelivered = db.prepare<{ cutoff: string; limit: number }>(
      `DELETE FROM outbox WHERE id IN (
         SELECT id FROM outbox
         WHERE id < coalesce((SELECT id FROM outbox WHERE created_at >= @cutoff ORDER BY id LIMIT 1), 1 << 62)
           AND status = 'delivered' AND delivered_at < @cutoff
         ORDER BY id LIMIT @limit)`,
    );
    this.sending = db.prepare('UPDATE outbox SET sending_since = ? WHERE id = ?');
    this.insertFailure = db.prepare(
      `INSERT INTO delivery_failure
         (guild_id, outbox_id, cause_key, kind, target, advice, actor_id, description, created_at)
       VALUES (@guildId, @outboxId, @causeKey, @kind, @target, @advice, @actorId, @description, @now)`,
    );
    this.unreportedGroups = db.prepare<
      [string],
      Omit<FailureGroup, 'byActor' | 'guildId' | 'causeKey' | 'firstDescription' | 'lastId'> & {
        guild_id: string;
        cause_key: string;
        first_description: string;
        last_id: number;
      }
    >(
      `SELECT g.*, (SELECT description FROM delivery_failure d WHERE d.id = g.first_id) AS first_description
       FROM (SELECT guild_id, cause_key, kind, target, advice, count(*) AS count, min(id) AS first_id,
                    max(id) AS last_id, min(created_at) AS first_at
             FROM delivery_failure WHERE reported_at IS NULL GROUP BY guild_id, cause_key) g
       WHERE g.first_at <= ?`,
    );
    this.groupActors = db.prepare<[string, string, number], { actorId: string | null; count: number }>(
      `SELECT actor_id AS actorId, count(*) AS count FROM delivery_failure
       WHERE guild_id = ? AND cause_key = ? AND reported_at IS NULL AND id <= ? GROUP BY actor_id`,
    );
    this.lastReported = db
      .prepare<[string, string], string | null>(
        'SELECT max(reported_at) FROM delivery_failure WHERE guild_id = ? AND cause_key = ? AND reported_at IS NOT NULL',
      )
      .pluck();
    this.markGroupReported = db.prepare(
      `UPDATE delivery_failure SET reported_at = ?
       WHERE guild_id = ? AND cause_key = ? AND reported_at IS NULL AND id <= ?`,
    );
    this.countUnreported = db
      .prepare<[], number>('SELECT count(*) FROM delivery_failure WHERE reported_at IS NULL')
      .pluck();
  }

  /**
   * Marks a message effect as being sent (before the request): if its answer is then lost, the
   * next attempt knows the message may exist and looks for it first.
   */
  markSending(id: number, at: Date): void {
    this.sending.run(at.toISOString(), id);
  }

  /** Records a final refusal to report; call in the transaction that marks the effect failed. */
  recordFailure(failure: NewDeliveryFailure, now: Date): void {
    this.insertFailure.run({ ...failure, now: now.toISOString() });
  }

  /**
   * Groups of unreported refusals whose first member is older than `collectedBefore` (bursts are
   * collected into one report) and whose cause was last reported before `quietSince` (a cause is
   * reported at most once per cool-down; what fails meanwhile goes into the next report).
   */
  failureGroupsToReport(collectedBefore: Date, quietSince: Date): FailureGroup[] {
    const groups: FailureGroup[] = [];
    for (const raw of this.unreportedGroups.all(collectedBefore.toISOString())) {
      const last = this.lastReported.get(raw.guild_id, raw.cause_key);
      if (last && last > quietSince.toISOString()) continue;
      groups.push({
        guildId: raw.guild_id,
        causeKey: raw.cause_key,
        kind: raw.kind,
        target: raw.target,
        advice: raw.advice,
        count: raw.count,
        firstDescription: raw.first_description,
        lastId: raw.last_id,
        byActor: this.groupActors.all(raw.guild_id, raw.cause_key, raw.last_id),
        lastReportedAt: last ? new Date(last) : null,
      });
    }
    return groups;
  }

  markReported(group: FailureGroup, now: Date): void {
    this.markGroupReported.run(now.toISOString(), group.guildId, group.causeKey, group.lastId);
  }

  unreportedFailureCount(): number {
    return this.countUnreported.get()!;
  }

  /**
   * Queues an effect; call inside the transaction of the state change that causes it. `after`: a
   * row (of another lane) that must be delivered, or given up, before this one is due.
   */
  enqueue(
    guildId: string,
    effect: OutboxEffect,
    actorId: string | null,
    now: Date,
    after: number | null = null,
  ): number {
    const { kind, ...payload } = effect;
    return this.insert.get({
      guildId,
      kind,
      lane: laneOf(guildId, effect),
      payload: JSON.stringify(payload),
      actorId,
      now: now.toISOString(),
      afterId: after,
    })!;
  }

  due(now: Date, limit: number): OutboxEntry[] {
    return this.selectDue.all(now.toISOString(), limit).map(toEntry);
  }

  findById(id: number): OutboxEntry | null {
    const raw = this.selectById.get(id);
    return raw ? toEntry(raw) : null;
  }

  markDelivered(id: number, result: string | null, now: Date): void {
    this.delivered.run(result, now.toISOString(), id);
  }

  /**
   * Schedules another attempt. `inDoubt`: the failed attempt may have reached Discord (a timeout, a
   * 5xx) and the effect cannot be de-duplicated by Discord, so the row stays marked as being sent
   * and the next attempt looks for what it may have posted first.
   */
  scheduleRetry(id: number, error: string, at: Date, inDoubt = false): void {
    (inDoubt ? this.retryInDoubt : this.retry).run(error, at.toISOString(), id);
  }

  markFailed(id: number, error: string, now: Date): void {
    this.failed.run(error, now.toISOString(), id);
  }

  pendingCount(): number {
    return this.countPending.get()!;
  }

  /** When the oldest effect still waiting to be delivered was queued; null when none waits. */
  oldestPendingAt(): Date | null {
    const createdAt = this.oldestPending.get();
    return createdAt ? new Date(createdAt) : null;
  }

  /**
   * Deletes up to `limit` delivered effects that were delivered before `cutoff`, oldest first;
   * returns how many. Failed and pending effects are kept.
   */
  pruneDelivered(cutoff: Date, limit: number): number {
    return this.deleteDelivered.run({ cutoff: cutoff.toISOString(), limit }).changes;
  }

  /**
   * The pending rows of the lane `effect` would join, oldest first. The first may be in flight; the
   * others are not (only a lane's head is delivered), so their payload can still be replaced.
   */
  pendingIdsInLane(guildId: string, effect: OutboxEffect): number[] {
    return this.pendingIdsInLaneStmt.all(laneOf(guildId, effect));
  }

  /** Replaces what a pending row will deliver (same kind and lane); call only on a row not in flight. */
  replaceEffect(id: number, effect: OutboxEffect): void {
    const { kind: _kind, ...payload } = effect;
    this.replacePayload.run(JSON.stringify(payload), id);
  }

  /** Holds a pending row back until `at` (worker time) without counting an attempt. */
  postpone(id: number, at: Date): void {
    this.postponeStmt.run(at.toISOString(), id);
  }

  /** A notification that cannot reach the member (DMs closed): not delivered, not failed, counted. */
  markSkipped(id: number, reason: string, now: Date): void {
    this.skipped.run(reason, now.toISOString(), id);
  }

  /** Notifications of the guild skipped because the member's DMs were closed. */
  skippedNotifications(guildId: string): number {
    return this.countSkipped.get(guildId, SKIPPED_DMS_CLOSED)!;
  }

  /** The state of the row that posts a message, and the message id once delivered. */
  postedMessage(id: number): { status: OutboxEntry['status']; messageId: string | null } | null {
    const row = this.postedStmt.get(id);
    return row ? { status: row.status, messageId: row.result } : null;
  }

  /** Whether a role change for this member and role is still waiting to be delivered. */
  hasPendingRoleChange(guildId: string, memberId: string, roleId: string): boolean {
    const lane = laneOf(guildId, { kind: 'role-add', memberId, roleId, reason: '' });
    return this.pendingInLane.get(lane) !== undefined;
  }
}
