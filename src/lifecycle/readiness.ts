import type { Feature } from '../domain/entities.js';
import { evaluateReadiness, type ReadinessReport } from '../domain/gates.js';
import { transitionFrom } from '../domain/levels.js';
import type { Store } from '../store/store.js';

/** Gathers the evidence for the feature's next transition and evaluates its gates (null at GA). */
export function readinessOf(store: Store, feature: Feature, now: Date): ReadinessReport | null {
  const transition = transitionFrom(feature.level);
  if (transition === null) return null;
  const settings = store.settings.get(feature.guildId);
  return evaluateReadiness(
    feature.level,
    {
      feedbackAtLevel: store.feedback.countAtLevel(feature.id, feature.level),
      openBlockers: store.feedback.openBlockers(feature.id),
      levelEnteredAt: feature.levelEnteredAt,
      now,
    },
    settings.gates[transition],
  );
}
