import type { Feature, LevelEvidence } from '../domain/entities.js';
import { evaluateReadiness, type ReadinessEvidence, type ReadinessReport } from '../domain/gates.js';
import { transitionFrom } from '../domain/levels.js';
import type { Store } from '../store/store.js';

/**
 * Distinct members who, since the feature entered its current level, gave feedback on it or voted
 * on one of its items; with `atMost`, counting stops there (enough to know a gate is met).
 */
export function participantsOf(store: Store, feature: Feature, atMost?: number): number {
  return store.votes.participants(feature.id, feature.level, feature.levelEnteredAt, atMost);
}

/** The evidence the gates of the feature's next transition are measured against. */
export function readinessEvidence(store: Store, feature: Feature, now: Date): ReadinessEvidence {
  return {
    feedbackAtLevel: store.feedback.countAtLevel(feature.id, feature.level),
    participants: participantsOf(store, feature),
    openBlockers: store.feedback.openBlockers(feature.id),
    levelEnteredAt: feature.levelEnteredAt,
    now,
  };
}

/**
 * Gathers the evidence for the feature's next transition (or takes the `evidence` the caller
 * already gathered) and evaluates its gates (null at GA).
 */
export function readinessOf(
  store: Store,
  feature: Feature,
  now: Date,
  evidence?: ReadinessEvidence,
): ReadinessReport | null {
  const transition = transitionFrom(feature.level);
  if (transition === null) return null;
  const settings = store.settings.get(feature.guildId);
  return evaluateReadiness(
    feature.level,
    evidence ?? readinessEvidence(store, feature, now),
    settings.gates[transition],
  );
}

/**
 * What the feature's current level produced, as its announcement shows it when the feature leaves
 * the level (promoted or retired). `participants` when the caller counted them already.
 */
export function levelEvidence(
  store: Store,
  feature: Feature,
  participants = participantsOf(store, feature),
): LevelEvidence {
  return { ...store.feedback.evidenceAtLevel(feature.id, feature.level), participants };
}
