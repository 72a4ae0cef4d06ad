import type { ReadinessReport } from './gates.js';
import type { FeatureState, Level } from './levels.js';

export type PromotionDecision =
  | { kind: 'promote'; from: Level; to: Level; forced: boolean; report: ReadinessReport }
  | { kind: 'refused'; reason: 'at-ga' | 'retired' | 'gates-unmet'; report: ReadinessReport | null };

/**
 * Decides whether a feature moves one level forward.
 *
 * Order: a retired feature is refused (`retired`), a GA feature is refused (`at-ga`). Otherwise the
 * report must describe the step leaving the feature's current level; a missing or stale report (one
 * whose `from` is not the current level) counts as unmet gates and cannot be forced, because the
 * promotion record must carry the evidence. Unmet gates refuse unless `force`; `forced` is true only
 * when the gates were unmet and force was used.
 */
export function decidePromotion(
  feature: { level: Level; state: FeatureState },
  report: ReadinessReport | null,
  opts: { force: boolean },
): PromotionDecision {
  if (feature.state === 'retired') return { kind: 'refused', reason: 'retired', report };
  if (feature.level === 'ga') return { kind: 'refused', reason: 'at-ga', report };
  if (report === null || report.from !== feature.level) {
    return { kind: 'refused', reason: 'gates-unmet', report };
  }
  if (report.ready) return { kind: 'promote', from: report.from, to: report.to, forced: false, report };
  if (opts.force) return { kind: 'promote', from: report.from, to: report.to, forced: true, report };
  return { kind: 'refused', reason: 'gates-unmet', report };
}

export type GaRolePolicy = 'keep' | 'remove';

/** Whether the feature's access role is taken away from its members: only when entering GA with policy `remove`. */
export function rolesToRemoveOnPromotion(to: Level, policy: GaRolePolicy): boolean {
  return to === 'ga' && policy === 'remove';
}
