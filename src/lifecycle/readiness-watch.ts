import type { Feature, GuildSettings } from '../domain/entities.js';
import { evaluateReadiness } from '../domain/gates.js';
import { transitionFrom } from '../domain/levels.js';
import type { Store } from '../store/store.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { readinessOf } from './readiness.js';

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
 * Gates are monotonic: more feedback and fewer open blockers never make a feature less ready. So
 * the days gate is checked with unlimited feedback and no blockers, then the feedback count with no
 * blockers; only a feature that passes both pays for counting its open blockers (a scan of its
 * feedback, milliseconds on a busy feature).
 */
function couldBeReady(store: Store, feature: Feature, gates: GuildSettings['gates'], now: Date): boolean {
  const transition = transitionFrom(feature.level);
  if (transition === null) return false;
  const evidence = { openBlockers: 0, levelEnteredAt: feature.levelEnteredAt, now };
  const thresholds = gates[transition];
  const daysMet = evaluateReadiness(
    feature.level,
    { ...evidence, feedbackAtLevel: Number.MAX_SAFE_INTEGER },
    thresholds,
  );
  if (!daysMet?.ready) return false;
  const feedbackAtLevel = store.feedback.countAtLevel(feature.id, feature.level);
  return evaluateReadiness(feature.level, { ...evidence, feedbackAtLevel }, thresholds)?.ready === true;
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
