import { BLOCKER_TAG } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import type { Db } from './database.js';

/** Feedback per feature and level. Readiness evidence is counted here. */
export class FeedbackRepository {
  private readonly countAtLevelStmt;
  private readonly openBlockersStmt;

  constructor(db: Db) {
    this.countAtLevelStmt = db
      .prepare<[number, string], number>('SELECT count(*) FROM feedback WHERE feature_id = ? AND level = ?')
      .pluck();
    this.openBlockersStmt = db
      .prepare<[number, string], number>(
        `SELECT count(*) FROM feedback f JOIN feedback_tag t ON t.feedback_id = f.id AND t.tag = ?2
         WHERE f.feature_id = ?1 AND f.status = 'open'`,
      )
      .pluck();
  }

  /** Feedback given while the feature was at `level`. */
  countAtLevel(featureId: number, level: Level): number {
    return this.countAtLevelStmt.get(featureId, level)!;
  }

  /** Open feedback tagged `blocker`, at any level: a blocker from Early Access still blocks Preview. */
  openBlockers(featureId: number): number {
    return this.openBlockersStmt.get(featureId, BLOCKER_TAG)!;
  }
}
