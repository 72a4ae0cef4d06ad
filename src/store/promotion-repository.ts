import type { Promotion } from '../domain/entities.js';
import type { ReadinessReport } from '../domain/gates.js';
import type { Level } from '../domain/levels.js';
import type { Db } from './database.js';

export interface NewPromotion {
  featureId: number;
  from: Level;
  to: Level;
  byId: string;
  note: string | null;
  report: ReadinessReport;
  forced: boolean;
  /** The interaction that asked for it: a second delivery finds the promotion instead of making another. */
  sourceInteractionId?: string | null;
}

interface RawPromotion {
  id: number;
  feature_id: number;
  from_level: Level;
  to_level: Level;
  by_id: string;
  at: string;
  note: string | null;
  report_json: string | null;
  forced: number;
}

function toPromotion(raw: RawPromotion): Promotion {
  return {
    id: raw.id,
    featureId: raw.feature_id,
    from: raw.from_level,
    to: raw.to_level,
    byId: raw.by_id,
    at: new Date(raw.at),
    note: raw.note,
    report: raw.report_json === null ? null : (JSON.parse(raw.report_json) as ReadinessReport),
    forced: raw.forced === 1,
  };
}

/** The record of level changes (who, when, note, readiness report, forced). */
export class PromotionRepository {
  private readonly insert;
  private readonly byFeature;
  private readonly guildsWithActiveStmt;
  private readonly bySourceInteraction;

  constructor(db: Db) {
    this.insert = db
      .prepare<unknown[], number>(
        `INSERT INTO promotion (feature_id, from_level, to_level, by_id, at, note, report_json, forced,
           source_interaction_id)
         VALUES (@featureId, @from, @to, @byId, @at, @note, @reportJson, @forced, @sourceInteractionId)
         ON CONFLICT (feature_id, from_level) DO NOTHING
         RETURNING id`,
      )
      .pluck();
    this.byFeature = db.prepare<[number], RawPromotion>(
      'SELECT * FROM promotion WHERE feature_id = ? ORDER BY at, id',
    );
    this.bySourceInteraction = db.prepare<[string], RawPromotion>(
      'SELECT * FROM promotion WHERE source_interaction_id = ?',
    );
    this.guildsWithActiveStmt = db
      .prepare<[], string>("SELECT DISTINCT guild_id FROM feature WHERE state = 'active' AND level != 'ga'")
      .pluck();
  }

  /**
   * Records a level change; returns its id, or null when the step leaving `from` was already
   * recorded (a concurrent promotion won), so the caller can roll back instead of announcing twice.
   */
  record(promotion: NewPromotion, now: Date): number | null {
    return (
      this.insert.get({
        featureId: promotion.featureId,
        from: promotion.from,
        to: promotion.to,
        byId: promotion.byId,
        at: now.toISOString(),
        note: promotion.note,
        reportJson: JSON.stringify(promotion.report),
        forced: promotion.forced ? 1 : 0,
        sourceInteractionId: promotion.sourceInteractionId ?? null,
      }) ?? null
    );
  }

  /** The promotion an interaction made, if it made one. */
  findBySourceInteraction(interactionId: string): Promotion | null {
    const raw = this.bySourceInteraction.get(interactionId);
    return raw ? toPromotion(raw) : null;
  }

  /** Every level change of the feature, oldest first. */
  history(featureId: number): Promotion[] {
    return this.byFeature.all(featureId).map(toPromotion);
  }

  /** Guilds with at least one active feature that can still be promoted (for the readiness watch). */
  guildsWithPromotableFeatures(): string[] {
    return this.guildsWithActiveStmt.all();
  }
}
