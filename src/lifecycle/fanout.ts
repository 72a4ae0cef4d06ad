import type { Feature } from '../domain/entities.js';
import { isLevel, type Level } from '../domain/levels.js';
import type { FanoutJob, NewFanoutJob } from '../store/fanout-repository.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { queuePostRetag } from './discussion.js';
import { queueThanksBatch, THANKS_BATCH } from './notifications.js';
import { queueRole } from './role-changes.js';

/**
 * Members one batch handles. A batch is one short transaction (about 10 ms for 500 members'
 * outbox rows), so an interaction waits at most that long behind a change of 50,000 members.
 */
export const FANOUT_BATCH = 500;

type Members = { id: number; memberId: string }[];

/** What a batch needs: the store and the renderer of the messages it queues. */
export type FanoutDeps = Pick<LifecycleDeps, 'store' | 'render'>;

function nextMembers(deps: FanoutDeps, job: FanoutJob, limit: number): Members {
  const { access, waitlist } = deps.store;
  switch (job.kind) {
    case 'role-move':
    case 'ga-role-remove':
      return access.livePage(job.featureId, job.cursor, limit);
    case 'retire-roles':
      return access.revokedPage(job.featureId, new Date(job.params.at ?? ''), job.cursor, limit);
    case 'waitlist-opened':
      return waitlist.closedPage(
        job.featureId,
        new Date(job.params.at ?? ''),
        'gate-opened',
        job.cursor,
        limit,
      );
    case 'retag-posts':
    case 'thanks':
      // Posts, or members by id: see `applyBatch`.
      return [];
  }
}

/** Queues one member's effects of the job; runs inside the batch's transaction. */
function applyToMember(
  deps: FanoutDeps,
  job: FanoutJob,
  feature: Feature,
  memberId: string,
  now: Date,
): void {
  const featureKey = feature.key;
  switch (job.kind) {
    case 'role-move': {
      const from = { ...feature, roleId: job.params.from ?? feature.roleId };
      const to = { ...feature, roleId: job.params.to ?? feature.roleId };
      queueRole(
        deps,
        from,
        memberId,
        'role-remove',
        { cause: 'role-moved-from', featureKey },
        job.actorId,
        now,
      );
      queueRole(deps, to, memberId, 'role-add', { cause: 'role-moved-to', featureKey }, job.actorId, now);
      return;
    }
    case 'retire-roles':
      queueRole(deps, feature, memberId, 'role-remove', { cause: 'retired', featureKey }, job.actorId, now);
      return;
    case 'ga-role-remove':
      queueRole(
        deps,
        feature,
        memberId,
        'role-remove',
        { cause: 'ga-role-removed', featureKey },
        job.actorId,
        now,
      );
      return;
    case 'waitlist-opened': {
      const body = deps.render.waitlistOpened(
        serverLocale(deps.store.settings.get(feature.guildId)),
        feature,
      );
      // No actor: a closed DM without a fallback is reported to the log channel, not to the maintainer per member.
      deps.store.outbox.enqueue(
        feature.guildId,
        { kind: 'direct-message', userId: memberId, body, fallbackChannelId: feature.feedbackChannelId },
        null,
        now,
      );
      return;
    }
  }
}

/** Where a batch left the job: done, or where the next batch starts. */
interface BatchEnd {
  done: boolean;
  cursor: number;
  cursorKey: string | null;
}

/**
 * Queues the effects of the job's next rows (members by grant or waitlist entry, open forum posts
 * for a retag, members by id for the thanks); says where the next batch starts, or that it is done.
 */
function applyBatch(deps: FanoutDeps, job: FanoutJob, feature: Feature, limit: number, now: Date): BatchEnd {
  if (job.kind === 'retag-posts') {
    const level = isLevel(job.params.level ?? '') ? (job.params.level as Level) : feature.level;
    const posts = deps.store.discussion.openPosts(feature.id, job.cursor, limit);
    for (const post of posts) queuePostRetag(deps, feature.guildId, post, level, now);
    return { done: posts.length < limit, cursor: posts.at(-1)?.id ?? job.cursor, cursorKey: null };
  }
  if (job.kind === 'thanks') {
    const from = isLevel(job.params.from ?? '') ? (job.params.from as Level) : feature.level;
    // A thanks reads the member's items and renders a DM: smaller batches keep each one short.
    const size = Math.min(limit, THANKS_BATCH);
    const batch = queueThanksBatch(deps, feature, from, job.cursorKey, size, now);
    return { done: batch.read < size, cursor: job.cursor, cursorKey: batch.lastMember ?? job.cursorKey };
  }
  const members = nextMembers(deps, job, limit);
  for (const { memberId } of members) applyToMember(deps, job, feature, memberId, now);
  return { done: members.length < limit, cursor: members.at(-1)?.id ?? job.cursor, cursorKey: null };
}

/** Writes the next batch of the job in one transaction; returns true when the job is done. */
export function runFanoutBatch(deps: FanoutDeps, job: FanoutJob, now: Date, limit = FANOUT_BATCH): boolean {
  return deps.store.transaction(() => {
    const feature = deps.store.features.findById(job.featureId);
    const end = feature
      ? applyBatch(deps, job, feature, limit, now)
      : { done: true, cursor: job.cursor, cursorKey: job.cursorKey };
    job.cursor = end.cursor;
    job.cursorKey = end.cursorKey;
    if (end.done) {
      deps.store.fanout.finish(job.id, end.cursor, now, end.cursorKey);
      return true;
    }
    deps.store.fanout.advance(job.id, end.cursor, end.cursorKey);
    return false;
  });
}

/**
 * Records a change's per-member work and does its first batch at once, inside the caller's
 * transaction: a change of up to `FANOUT_BATCH` members is complete when it commits, exactly as
 * before; a bigger one continues in the background (`FanoutRunner`) after `deps.wakeOutbox()`.
 */
export function startFanout(deps: FanoutDeps, job: NewFanoutJob, now: Date): void {
  runFanoutBatch(deps, deps.store.fanout.create(job, now), now);
}

/**
 * Works through unfinished fan-out jobs one batch at a time, yielding to the event loop between
 * batches so interactions are answered meanwhile. Resumes unfinished jobs after a restart.
 */
export class FanoutRunner {
  private running = false;
  private busy = false;
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly deps: LifecycleDeps,
    private readonly onError: (error: unknown) => void,
    private readonly batchSize = FANOUT_BATCH,
  ) {}

  start(): void {
    this.running = true;
    this.wake();
  }

  stop(): void {
    this.running = false;
  }

  /** Looks for unfinished jobs now (cheap when there are none). */
  wake(): void {
    if (!this.running || this.busy) return;
    this.busy = true;
    setImmediate(() => this.step());
  }

  /** Resolves once no job is unfinished (for tests and benchmarks). */
  idle(): Promise<void> {
    if (!this.busy && this.deps.store.fanout.unfinishedCount() === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.wake();
    });
  }

  private step(): void {
    let more = false;
    try {
      const [job] = this.deps.store.fanout.unfinished(1);
      if (job && this.running) {
        runFanoutBatch(this.deps, job, this.deps.clock.now(), this.batchSize);
        this.deps.wakeOutbox();
        more = true;
      }
    } catch (error) {
      this.onError(error);
    }
    if (more) {
      setImmediate(() => this.step());
      return;
    }
    this.busy = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
