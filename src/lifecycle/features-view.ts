import type { Feature, FeatureSummary, FeedbackItem, Promotion } from '../domain/entities.js';
import type { ReadinessReport } from '../domain/gates.js';
import type { Level } from '../domain/levels.js';
import type { LifecycleDeps } from './deps.js';
import { readinessOf } from './readiness.js';

/** Open blockers listed by number in the feature detail view; the rest are counted. */
export const MAX_BLOCKERS_SHOWN = 5;
/** Items that are not closed shown by their votes in the feature detail view. */
export const MAX_TOP_VOTED = 5;

/** The feedback part of the `/features <feature>` view. */
export interface FeedbackOverview {
  byLevel: Record<Level, number>;
  byTag: { tag: string; count: number }[];
  openBlockers: number;
  /** The newest open blockers, at most `MAX_BLOCKERS_SHOWN`. */
  newestOpenBlockers: FeedbackItem[];
  /** The items that are not closed with the most votes (ties: newest first), at most `MAX_TOP_VOTED`. */
  topVoted: FeedbackItem[];
  /** The thread or forum post of the items shown, by item id, for those that have one. */
  threads: Map<number, string>;
}

export type FeatureListView = { kind: 'none' } | { kind: 'list'; summaries: FeatureSummary[] };

export type FeatureDetailView =
  | {
      kind: 'detail';
      feature: Feature;
      /** Readiness for the next level; `null` at General Availability. */
      report: ReadinessReport | null;
      /** When the view was read: the time at the level is counted to it. */
      now: Date;
      feedback: FeedbackOverview;
      history: Promotion[];
    }
  | { kind: 'refused'; reason: 'unknown-feature' };

/** `/features` without a feature: every active feature with its feedback count and participants. */
export function listFeatures(deps: LifecycleDeps, input: { guildId: string }): FeatureListView {
  const summaries = deps.store.features.listActiveSummaries(input.guildId);
  return summaries.length === 0 ? { kind: 'none' } : { kind: 'list', summaries };
}

/**
 * `/features <feature>`: the feature, its readiness for the next level, its feedback by level and
 * tag with the newest open blockers and the items with the most votes, and its promotion history.
 */
export function showFeature(
  deps: LifecycleDeps,
  input: { guildId: string; featureId: number },
): FeatureDetailView {
  const { store } = deps;
  const feature = store.features.findById(input.featureId);
  if (feature?.guildId !== input.guildId || feature.state !== 'active') {
    return { kind: 'refused', reason: 'unknown-feature' };
  }
  const now = deps.clock.now();
  return {
    kind: 'detail',
    feature,
    report: readinessOf(store, feature, now),
    now,
    feedback: feedbackOverview(deps, feature),
    history: store.promotions.history(feature.id),
  };
}

function feedbackOverview(deps: LifecycleDeps, feature: Feature): FeedbackOverview {
  const { store } = deps;
  const newestOpenBlockers = store.feedback.openBlockerItems(feature.id, MAX_BLOCKERS_SHOWN);
  const topVoted = store.votes.topOpen(feature.id, MAX_TOP_VOTED);
  return {
    byLevel: store.feedback.countsByLevel(feature.id),
    byTag: store.feedback.countsByTag(feature.id),
    openBlockers: store.feedback.openBlockers(feature.id),
    newestOpenBlockers,
    topVoted,
    threads: store.discussion.threadsOf([...newestOpenBlockers, ...topVoted].map((item) => item.id)),
  };
}
