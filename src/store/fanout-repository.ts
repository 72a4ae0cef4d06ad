import type { Db } from './database.js';

export type FanoutKind =
  | 'role-move'
  | 'retire-roles'
  | 'ga-role-remove'
  | 'waitlist-opened'
  | 'retag-posts'
  | 'thanks';

/** A change's per-member work still to be written, and where it stands. */
export interface FanoutJob {
  id: number;
  guildId: string;
  featureId: number;
  kind: FanoutKind;
  actorId: string | null;
  /** What the kind needs beyond the feature: the roles of a move, the instant of a retirement... */
  params: Record<string, string>;
  /** The last grant, waitlist entry or feedback item id done; the next batch starts after it. */
  cursor: number;
  /** For jobs that walk members by their id (`thanks`): the last member done. */
  cursorKey: string | null;
}

export type NewFanoutJob = Omit<FanoutJob, 'id' | 'cursor' | 'cursorKey'>;

interface RawJob {
  id: number;
  guild_id: string;
  feature_id: number;
  kind: FanoutKind;
  actor_id: string | null;
  params: string;
  cursor: number;
  cursor_key: string | null;
}

const toJob = (raw: RawJob): FanoutJob => ({
  id: raw.id,
  guildId: raw.guild_id,
  featureId: raw.feature_id,
  kind: raw.kind,
  actorId: raw.actor_id,
  params: JSON.parse(raw.params) as Record<string, string>,
  cursor: raw.cursor,
  cursorKey: raw.cursor_key,
});

/** Fan-out jobs: the per-member work of big changes, done in batches. */
export class FanoutRepository {
  private readonly insert;
  private readonly selectUnfinished;
  private readonly advanceStmt;
  private readonly finishStmt;
  private readonly countUnfinished;

  constructor(db: Db) {
    this.insert = db
      .prepare<unknown[], number>(
        `INSERT INTO fanout_job (guild_id, feature_id, kind, actor_id, params, created_at)
         VALUES (@guildId, @featureId, @kind, @actorId, @params, @now) RETURNING id`,
      )
      .pluck();
    this.selectUnfinished = db.prepare<[number], RawJob>(
      'SELECT * FROM fanout_job WHERE finished_at IS NULL ORDER BY id LIMIT ?',
    );
    this.advanceStmt = db.prepare('UPDATE fanout_job SET cursor = ?, cursor_key = ? WHERE id = ?');
    this.finishStmt = db.prepare(
      'UPDATE fanout_job SET cursor = ?, cursor_key = ?, finished_at = ? WHERE id = ?',
    );
    this.countUnfinished = db
      .prepare<[], number>('SELECT count(*) FROM fanout_job WHERE finished_at IS NULL')
      .pluck();
  }

  create(job: NewFanoutJob, now: Date): FanoutJob {
    const id = this.insert.get({ ...job, params: JSON.stringify(job.params), now: now.toISOString() })!;
    return { ...job, id, cursor: 0, cursorKey: null };
  }

  unfinished(limit: number): FanoutJob[] {
    return this.selectUnfinished.all(limit).map(toJob);
  }

  advance(id: number, cursor: number, cursorKey: string | null = null): void {
    this.advanceStmt.run(cursor, cursorKey, id);
  }

  finish(id: number, cursor: number, now: Date, cursorKey: string | null = null): void {
    this.finishStmt.run(cursor, cursorKey, now.toISOString(), id);
  }

  unfinishedCount(): number {
    return this.countUnfinished.get()!;
  }
}
