import type { Feature, GuildSettings } from '../domain/entities.js';
import { evaluateReadiness, type ReadinessEvidence } from '../domain/gates.js';
import { transitionFrom } from '../domain/levels.js';
import type { Store } from '../store/store.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { participantsOf, readinessOf } from './readiness.js';

/** What the readiness watch needs: the store (inside the caller's transaction) and the notice's renderer. */
export type ReadinessDeps = Pick<LifecycleDeps, 'store' | 'render'>;

/**
 * Posts one notice to the log channel when a feature newly meets every gate of its next
 * transition: once per level, not on every feedback. Call inside the transaction that changed
 * the evidence (new feedback, a blocker resolved); returns true when a notice was queued.
 */
export function queueReadinessNotice(deps: ReadinessDeps, feature: Feature, now: Date): boolean {
  const { store } = deps;
  // This runs inside every feedback write, so the cheap refusals come first and the scans last.
  if (feature.readyNoticeLevel === feature.level) return false;
  const settings = store.settings.get(feature.guildId);
  if (!settings.logChannelId) return false;
  if (!couldBeReady(store, feature, settings.gates, now)) return false;
  const report = readinessOf(store, feature, now);
  if (!report?.ready) return false;
  if (!store.features.markReadyNotice(feature.id, feature.level)) return false;
  const body = deps.render.readinessNotice(serverLocale(settings), feature, report);
  store.outbox.enqueue(
    feature.guildId,
    { kind: 'message', channelId: settings.logChannelId, body },
    null,
    now,
  );
  return true;
}

/**
 * Gates are monotonic: more feedback, more participants and fewer open blockers never make a
 * feature less ready. So each gate is checked with the evidence not yet counted assumed at its
 * best, cheapest first: days (no query), the feedback count (one index range), open blockers (one
 * index range of `feedback_tag`), then participants, counted only up to the threshold (the members
 * found first, not every item and vote of the level). Only a feature that passes all four pays for
 * the full report, and that happens once per level (the notice is posted, then skipped at the top).
 */
function couldBeReady(store: Store, feature: Feature, gates: GuildSettings['gates'], now: Date): boolean {
  const transition = transitionFrom(feature.level);
  if (transition === null) return false;
  const thresholds = gates[transition];
  const evidence: ReadinessEvidence = {
    feedbackAtLevel: Number.MAX_SAFE_INTEGER,
    participants: Number.MAX_SAFE_INTEGER,
    openBlockers: 0,
    levelEnteredAt: feature.levelEnteredAt,
    now,
  };
  const ready = () => evaluateReadiness(feature.level, evidence, thresholds)?.ready === true;
  if (!ready()) return false;
  evidence.feedbackAtLevel = store.feedback.countAtLevel(feature.id, feature.level);
  if (!ready()) return false;
  evidence.openBlockers = store.feedback.openBlockers(feature.id);
  if (!ready()) return false;
  evidence.participants = participantsOf(store, feature, thresholds.minParticipants);
  return ready();
}

/**
 * Checks every active feature of the guild, for changes that can make features ready at once
 * (gates lowered, a log channel set). Call inside the transaction of that change.
 */
export function queueReadinessNoticesForGuild(deps: ReadinessDeps, guildId: string, now: Date): number {
  let queued = 0;
  for (const feature of deps.store.features.listActive(guildId)) {
    if (queueReadinessNotice(deps, feature, now)) queued++;
  }
  return queued;
}
