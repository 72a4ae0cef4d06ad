import type { FeedbackItem, LevelEvidence } from '../domain/entities.js';
import { BLOCKER_TAG, type FeedbackStatus } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import type { Db } from './database.js';

export interface NewFeedback {
  guildId: string;
  number: number;
  featureId: number;
  level: Level;
  authorId: string;
  body: string;
  tags: readonly string[];
  /** The interaction that carried the text (the modal submit for the form path); unique. */
  sourceInteractionId: string;
}

/** Which feedback of a feature `/triage list` and `/triage export` look at; `null` means any. */
export interface FeedbackFilter {
  featureId: number;
  level: Level | null;
  status: FeedbackStatus | null;
  tag: string | null;
}

/**
 * A keyset position: `older` pages show numbers below `number` (newest first), `newer` pages
 * numbers above it. Pages never use OFFSET, so page 40,000 costs what page 1 costs.
 */
export type FeedbackCursor = { direction: 'older' | 'newer'; number: number };

export interface FeedbackPage {
  items: FeedbackItem[];
  /** Whether a page of older (lower-numbered) items exists beyond the last item. */
  hasOlder: boolean;
  /** Whether a page of newer (higher-numbered) items exists before the first item. */
  hasNewer: boolean;
}

export interface RecentFeedback {
  count: number;
  oldest: Date | null;
}

export interface TriageChange {
  feedbackId: number;
  actorId: string;
  oldStatus: FeedbackStatus;
  newStatus: FeedbackStatus;
  oldTags: readonly string[];
  /** `null` keeps the tags. */
  newTags: readonly string[] | null;
  note: string | null;
  /** The interaction that asked for the change; a replay of it finds the change instead of repeating it. */
  sourceInteractionId?: string | null;
}

/** A recorded triage change, with the `#N` of its item. */
export interface TriageEvent {
  feedbackNumber: number;
  oldStatus: FeedbackStatus;
  newStatus: FeedbackStatus;
  oldTags: string[];
  /** `null`: the tags were kept. */
  newTags: string[] | null;
  note: string | null;
}

/** A row of `/triage export`, already in the contract's shape and column order. */
export interface FeedbackExportRow {
  id: number;
  feature: string;
  level: Level;
  tags: string[];
  status: FeedbackStatus;
  /** `null`: the author erased their data. */
  author_id: string | null;
  body: string;
  created_at: string;
  votes: number;
  /** The original's `#M` when the item is closed as a duplicate. */
  duplicate_of: number | null;
}

export interface RawFeedback {
  id: number;
  guild_id: string;
  number: number;
  feature_id: number;
  level: Level;
  author_id: string | null;
  body: string;
  status: FeedbackStatus;
  source_interaction_id: string;
  created_at: string;
  votes: number;
  duplicate_of: number | null;
  tags: string | null;
}

interface RawTriageEvent {
  number: number;
  old_status: FeedbackStatus;
  new_status: FeedbackStatus;
  old_tags: string | null;
  new_tags: string | null;
  note: string | null;
}

interface RawExportRow {
  number: number;
  level: Level;
  status: FeedbackStatus;
  author_id: string | null;
  body: string;
  created_at: string;
  tags: string | null;
  votes: number;
  original_number: number | null;
}

// Tags match `[a-z0-9-]`, so a comma can separate them inside SQL and be split back safely.
export const TAGS_OF =
  "(SELECT group_concat(t.tag, ',' ORDER BY t.tag) FROM feedback_tag t WHERE t.feedback_id = f.id)";
const FILTER = `f.feature_id = @featureId
  AND (@level IS NULL OR f.level = @level)
  AND (@status IS NULL OR f.status = @status)
  AND (@tag IS NULL OR EXISTS (SELECT 1 FROM feedback_tag ft WHERE ft.feedback_id = f.id AND ft.tag = @tag))`;

const splitTags = (tags: string | null): string[] => (tags ? tags.split(',') : []);

export function toItem(raw: RawFeedback): FeedbackItem {
  return {
    id: raw.id,
    guildId: raw.guild_id,
    number: raw.number,
    featureId: raw.feature_id,
    level: raw.level,
    authorId: raw.author_id,
    body: raw.body,
    status: raw.status,
    sourceInteractionId: raw.source_interaction_id,
    createdAt: new Date(raw.created_at),
    tags: splitTags(raw.tags),
    votes: raw.votes,
    duplicateOf: raw.duplicate_of,
  };
}

const filterParams = (filter: FeedbackFilter) => ({
  featureId: filter.featureId,
  level: filter.level,
  status: filter.status,
  tag: filter.tag,
});

/** Feedback per feature and level: storing, triage, listings, counts and export batches. */
export class FeedbackRepository {
  private readonly countAtLevelStmt;
  private readonly openBlockersStmt;
  private readonly resolvedAtLevelStmt;
  private readonly byTagAtLevelStmt;
  private readonly insertStmt;
  private readonly insertTagStmt;
  private readonly insertNewTagStmt;
  private readonly deleteTagsStmt;
  private readonly bySourceStmt;
  private readonly byNumberStmt;
  private readonly byIdStmt;
  private readonly recentByAuthorStmt;
  private readonly olderPageStmt;
  private readonly newerPageStmt;
  private readonly countMatchingStmt;
  private readonly byLevelStmt;
  private readonly byTagStmt;
  private readonly openBlockerItemsStmt;
  private readonly updateStatusStmt;
  private readonly insertTriageEventStmt;
  private readonly triageBySourceStmt;
  private readonly exportBatchStmt;

  constructor(db: Db) {
    this.countAtLevelStmt = db
      .prepare<[number, string], number>('SELECT count(*) FROM feedback WHERE feature_id = ? AND level = ?')
      .pluck();
    this.openBlockersStmt = db
      .prepare<[string, number], number>(
        // feedback_tag carries feature and status (migration 003): answered from one index.
        "SELECT count(*) FROM feedback_tag WHERE tag = ? AND feature_id = ? AND status = 'open'",
      )
      .pluck();
    this.resolvedAtLevelStmt = db
      .prepare<[number, string], number>(
        "SELECT count(*) FROM feedback WHERE feature_id = ? AND level = ? AND status = 'resolved'",
      )
      .pluck();
    this.byTagAtLevelStmt = db.prepare<[number, string], { tag: string; count: number }>(
      `SELECT tag, count(*) AS count FROM feedback_tag WHERE feature_id = ? AND level = ?
       GROUP BY tag ORDER BY count DESC, tag`,
    );
    this.insertStmt = db
      .prepare<unknown[], number>(
        `INSERT INTO feedback (guild_id, number, feature_id, level, author_id, body, source_interaction_id, created_at)
         VALUES (@guildId, @number, @featureId, @level, @authorId, @body, @sourceInteractionId, @createdAt)
         RETURNING id`,
      )
      .pluck();
    // A new item's tags get the summary columns directly, sparing the hot path the trigger's lookup.
    this.insertNewTagStmt = db.prepare<[number, string, number, string]>(
      "INSERT INTO feedback_tag (feedback_id, tag, feature_id, level, status) VALUES (?, ?, ?, ?, 'open')",
    );
    this.insertTagStmt = db.prepare<[number, string]>(
      'INSERT INTO feedback_tag (feedback_id, tag) VALUES (?, ?)',
    );
    this.deleteTagsStmt = db.prepare<[number]>('DELETE FROM feedback_tag WHERE feedback_id = ?');
    this.bySourceStmt = db.prepare<[string], RawFeedback>(
      `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f WHERE f.source_interaction_id = ?`,
    );
    this.byNumberStmt = db.prepare<[string, number], RawFeedback>(
      `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f WHERE f.guild_id = ? AND f.number = ?`,
    );
    this.byIdStmt = db.prepare<[number], RawFeedback>(
      `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f WHERE f.id = ?`,
    );
    this.recentByAuthorStmt = db.prepare<[string, string, string], { count: number; oldest: string | null }>(
      `SELECT count(*) AS count, min(created_at) AS oldest FROM feedback
       WHERE author_id = ? AND created_at > ? AND guild_id = ?`,
    );
    this.olderPageStmt = db.prepare<unknown[], RawFeedback>(
      `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f INDEXED BY feedback_by_feature_number
       WHERE ${FILTER} AND f.number < @cursor ORDER BY f.number DESC LIMIT @limit`,
    );
    this.newerPageStmt = db.prepare<unknown[], RawFeedback>(
      `SELECT f.*, ${TAGS_OF} AS tags FROM feedback f INDEXED BY feedback_by_feature_number
       WHERE ${FILTER} AND f.number > @cursor ORDER BY f.number ASC LIMIT @limit`,
    );
    this.countMatchingStmt = db
      .prepare<unknown[], number>(`SELECT count(*) FROM feedback f WHERE ${FILTER}`)
      .pluck();
    this.byLevelStmt = db.prepare<[number], { level: Level; count: number }>(
      'SELECT level, count(*) AS count FROM feedback WHERE feature_id = ? GROUP BY level',
    );
    this.byTagStmt = db.prepare<[number], { tag: string; count: number }>(
      'SELECT tag, count(*) AS count FROM feedback_tag WHERE feature_id = ? GROUP BY tag ORDER BY count DESC, tag',
    );
    this.openBlockerItemsStmt = db.prepare<[{ featureId: number; tag: string; limit: number }], RawFeedback>(
      `SELECT f.*, ${TAGS_OF} AS tags FROM feedback_tag b JOIN feedback f ON f.id = b.feedback_id
       WHERE b.feature_id = @featureId AND b.tag = @tag AND b.status = 'open'
       ORDER BY b.feedback_id DESC LIMIT @limit`,
    );
    this.updateStatusStmt = db.prepare<[string, number]>('UPDATE feedback SET status = ? WHERE id = ?');
    this.insertTriageEventStmt = db.prepare(
      `INSERT INTO triage_event (feedback_id, actor_id, at, old_status, new_status, old_tags, new_tags, note,
         source_interaction_id)
       VALUES (@feedbackId, @actorId, @at, @oldStatus, @newStatus, @oldTags, @newTags, @note, @sourceInteractionId)`,
    );
    this.triageBySourceStmt = db.prepare<[string], RawTriageEvent>(
      `SELECT f.number, e.old_status, e.new_status, e.old_tags, e.new_tags, e.note
       FROM triage_event e JOIN feedback f ON f.id = e.feedback_id WHERE e.source_interaction_id = ?`,
    );
    this.exportBatchStmt = db.prepare<unknown[], RawExportRow>(
      `SELECT f.number, f.level, f.status, f.author_id, f.body, f.created_at, ${TAGS_OF} AS tags, f.votes,
         (SELECT o.number FROM feedback o WHERE o.id = f.duplicate_of) AS original_number
       FROM feedback f INDEXED BY feedback_by_feature_number
       WHERE ${FILTER} AND f.number > @cursor ORDER BY f.number ASC LIMIT @limit`,
    );
  }

  /**
   * Totals, resolved items and counts per tag of the feedback given at `level`. Participants count
   * votes too: `VoteRepository.participants` (see `levelEvidence` in src/lifecycle/readiness.ts).
   */
  evidenceAtLevel(featureId: number, level: Level): Omit<LevelEvidence, 'participants'> {
    return {
      total: this.countAtLevel(featureId, level),
      resolved: this.resolvedAtLevelStmt.get(featureId, level)!,
      byTag: this.byTagAtLevelStmt.all(featureId, level),
    };
  }

  /** Feedback given while the feature was at `level`. */
  countAtLevel(featureId: number, level: Level): number {
    return this.countAtLevelStmt.get(featureId, level)!;
  }

  /** Open feedback tagged `blocker`, at any level: a blocker from Early Access still blocks Preview. */
  openBlockers(featureId: number): number {
    return this.openBlockersStmt.get(BLOCKER_TAG, featureId)!;
  }

  /** The newest open blockers, for the feature detail view. */
  openBlockerItems(featureId: number, limit: number): FeedbackItem[] {
    return this.openBlockerItemsStmt.all({ featureId, tag: BLOCKER_TAG, limit }).map(toItem);
  }

  /** Stores the item and its tags; call inside the transaction that took `number`. */
  insert(feedback: NewFeedback, now: Date): FeedbackItem {
    const id = this.insertStmt.get({
      guildId: feedback.guildId,
      number: feedback.number,
      featureId: feedback.featureId,
      level: feedback.level,
      authorId: feedback.authorId,
      body: feedback.body,
      sourceInteractionId: feedback.sourceInteractionId,
      createdAt: now.toISOString(),
    })!;
    for (const tag of feedback.tags) this.insertNewTagStmt.run(id, tag, feedback.featureId, feedback.level);
    return {
      id,
      guildId: feedback.guildId,
      number: feedback.number,
      featureId: feedback.featureId,
      level: feedback.level,
      authorId: feedback.authorId,
      body: feedback.body,
      status: 'open',
      sourceInteractionId: feedback.sourceInteractionId,
      createdAt: now,
      tags: [...feedback.tags].sort(),
      votes: 0,
      duplicateOf: null,
    };
  }

  /** The item an interaction already stored, so a replayed interaction is answered without storing twice. */
  findBySourceInteraction(interactionId: string): FeedbackItem | null {
    const raw = this.bySourceStmt.get(interactionId);
    return raw ? toItem(raw) : null;
  }

  /** The item shown as `#number` in the guild. */
  findByNumber(guildId: string, number: number): FeedbackItem | null {
    const raw = this.byNumberStmt.get(guildId, number);
    return raw ? toItem(raw) : null;
  }

  /** The item with this feedback id (buttons carry the id, members see the `#N`). */
  findById(id: number): FeedbackItem | null {
    const raw = this.byIdStmt.get(id);
    return raw ? toItem(raw) : null;
  }

  /** The member's feedback in the guild created after `since`, for the per-minute rate limit. */
  recentByAuthor(guildId: string, authorId: string, since: Date): RecentFeedback {
    const row = this.recentByAuthorStmt.get(authorId, since.toISOString(), guildId)!;
    return { count: row.count, oldest: row.oldest === null ? null : new Date(row.oldest) };
  }

  /**
   * One page of the feature's feedback matching `filter`, newest first. `cursor` `null` is the
   * first (newest) page; each page reads `limit + 1` rows to know whether another page follows.
   */
  page(filter: FeedbackFilter, cursor: FeedbackCursor | null, limit: number): FeedbackPage {
    const params = { ...filterParams(filter), limit: limit + 1 };
    if (cursor === null || cursor.direction === 'older') {
      const rows = this.olderPageStmt.all({ ...params, cursor: cursor?.number ?? Number.MAX_SAFE_INTEGER });
      return {
        items: rows.slice(0, limit).map(toItem),
        hasOlder: rows.length > limit,
        hasNewer: cursor !== null,
      };
    }
    const rows = this.newerPageStmt.all({ ...params, cursor: cursor.number });
    return {
      items: rows.slice(0, limit).reverse().map(toItem),
      hasOlder: true,
      hasNewer: rows.length > limit,
    };
  }

  /** How many items match `filter`. */
  countMatching(filter: FeedbackFilter): number {
    return this.countMatchingStmt.get(filterParams(filter))!;
  }

  /** The feature's feedback per level it was given at, every level present (zero when none). */
  countsByLevel(featureId: number): Record<Level, number> {
    const counts: Record<Level, number> = { 'early-access': 0, preview: 0, ga: 0 };
    for (const row of this.byLevelStmt.all(featureId)) counts[row.level] = row.count;
    return counts;
  }

  /** The feature's feedback per tag, most used first. */
  countsByTag(featureId: number): { tag: string; count: number }[] {
    return this.byTagStmt.all(featureId);
  }

  /** Applies a triage change and records it in `triage_event`; call inside one transaction. */
  applyTriage(change: TriageChange, now: Date): void {
    if (change.newStatus !== change.oldStatus) this.updateStatusStmt.run(change.newStatus, change.feedbackId);
    if (change.newTags !== null) {
      this.deleteTagsStmt.run(change.feedbackId);
      for (const tag of change.newTags) this.insertTagStmt.run(change.feedbackId, tag);
    }
    this.insertTriageEventStmt.run({
      feedbackId: change.feedbackId,
      actorId: change.actorId,
      at: now.toISOString(),
      oldStatus: change.oldStatus,
      newStatus: change.newStatus,
      oldTags: change.oldTags.join(','),
      newTags: change.newTags === null ? null : change.newTags.join(','),
      note: change.note,
      sourceInteractionId: change.sourceInteractionId ?? null,
    });
  }

  /** The triage change an interaction already made, so a replayed `/triage set` records nothing twice. */
  findTriageBySourceInteraction(interactionId: string): TriageEvent | null {
    const raw = this.triageBySourceStmt.get(interactionId);
    if (!raw) return null;
    return {
      feedbackNumber: raw.number,
      oldStatus: raw.old_status,
      newStatus: raw.new_status,
      oldTags: splitTags(raw.old_tags),
      newTags: raw.new_tags === null ? null : splitTags(raw.new_tags),
      note: raw.note,
    };
  }

  /**
   * The next export batch: up to `limit` matching rows numbered above `afterNumber`, oldest first.
   * Rows come from `.iterate()`: consume them before the next statement that writes, since the
   * connection stays busy while the iterator is open.
   */
  exportBatch(
    filter: FeedbackFilter,
    featureKey: string,
    afterNumber: number,
    limit: number,
  ): IterableIterator<FeedbackExportRow> {
    const rows = this.exportBatchStmt.iterate({ ...filterParams(filter), cursor: afterNumber, limit });
    return mapIterator(rows, (raw) => ({
      id: raw.number,
      feature: featureKey,
      level: raw.level,
      tags: splitTags(raw.tags),
      status: raw.status,
      author_id: raw.author_id,
      body: raw.body,
      created_at: raw.created_at,
      votes: raw.votes,
      duplicate_of: raw.original_number,
    }));
  }
}

function* mapIterator<A, B>(source: IterableIterator<A>, map: (a: A) => B): IterableIterator<B> {
  for (const item of source) yield map(item);
}
