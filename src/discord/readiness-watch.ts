import { LEVEL_LABELS } from '../domain/levels.js';
import type { Feature } from '../store/feature-repository.js';
import type { Store } from '../store/store.js';
import { readinessOf } from './readiness.js';
import { renderReadiness } from './render/features.js';

/**
 * Posts one notice to the log channel when a feature newly meets every gate of its next
 * transition: once per level, not on every feedback. Call inside the transaction that changed
 * the evidence (new feedback, a blocker resolved); returns true when a notice was queued.
 */
export function queueReadinessNotice(store: Store, feature: Feature, now: Date): boolean {
  // Cheap checks first: this runs on every feedback, and counting the evidence is the costly part.
  if (feature.readyNoticeLevel === feature.level) return false;
  const settings = store.settings.get(feature.guildId, now);
  if (!settings.logChannelId) return false;
  const report = readinessOf(store, feature, now);
  if (!report?.ready) return false;
  if (!store.features.markReadyNotice(feature.id, feature.level)) return false;
  store.outbox.enqueue(
    feature.guildId,
    {
      kind: 'message',
      channelId: settings.logChannelId,
      body: {
        embeds: [
          {
            title: `${feature.name} is ready for ${LEVEL_LABELS[report.to]}`,
            description: `${renderReadiness(report)}\n\nA maintainer can now run \`/promote feature:${feature.key}\`.`,
            color: 0x23a55a,
          },
        ],
        allowed_mentions: { parse: [] },
      },
    },
    null,
    now,
  );
  return true;
}
