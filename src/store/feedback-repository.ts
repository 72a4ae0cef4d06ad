import { BLOCKER_TAG } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import type { Db } from './database.js';

/** What a level produced, as announcements and readiness reports show it. */
export interface LevelEvidence {
  total: number;
  participants: number;
  byTag: { tag: string; count: number }[];
}

/** Feedback per feature and level. Readiness evidence is counted here. */
export class FeedbackRepository {
  private readonly countAtLevelStmt;
  private readonly openBlockersStmt;
  private readonly participantsAtLevelStmt;
  private readonly byTagAtLevelStmt;

  constructor(db: Db) {
    this.countAtLevelStmt = db
      .prepare<[number, string], number>('SELECT count(*) FROM feedback WHERE feature_id = ? AND level = ?')
      .pluck();
    this.openBlockersStmt = db
      .prepare<[string, number], number>(
        `SELECT count(*) FROM feedback f JOIN feedback_tag t ON t.feedback_id = f.id AND t.tag = ?
         WHERE f.feature_id = ? AND f.status = 'open'`,
      )
      .pluck();
    this.participantsAtLevelStmt = db
      .prepare<[number, string], number>(
        'SELECT count(DISTINCT author_id) FROM feedback WHERE feature_id = ? AND level = ?',
      )
      .pluck();
    this.byTagAtLevelStmt = db.prepare<[number, string], { tag: string; count: number }>(
      `SELECT t.tag, count(*) AS count FROM feedback f JOIN feedback_tag t ON t.feedback_id = f.id
       WHERE f.feature_id = ? AND f.level = ? GROUP BY t.tag ORDER BY count DESC, t.tag`,
    );
  }

  /** Totals, distinct authors and counts per tag of the feedback given at `level`. */
  evidenceAtLevel(featureId: number, level: Level): LevelEvidence {
    return {
      total: this.countAtLevel(featureId, level),
      participants: this.participantsAtLevelStmt.get(featureId, level)!,
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
}
