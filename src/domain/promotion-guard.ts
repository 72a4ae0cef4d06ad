import type { Level } from './levels.js';

/**
 * How long after a promotion the feature cannot be promoted again. Two maintainers running
 * `/promote` at the same moment both looked at the old level; the second request arrives after
 * the first committed and would otherwise move the feature one more level (with `force`, or when
 * the next gates are all zero). A minute is longer than any such race and short enough not to
 * stand in the way of a deliberate second step.
 */
export const PROMOTION_COOLDOWN_MS = 60_000;

/** Whether the feature just entered its level through a promotion (Early Access is entered at creation). */
export function justPromoted(feature: { level: Level; levelEnteredAt: Date }, now: Date): boolean {
  if (feature.level === 'early-access') return false;
  const elapsed = now.getTime() - feature.levelEnteredAt.getTime();
  return elapsed >= 0 && elapsed < PROMOTION_COOLDOWN_MS;
}
