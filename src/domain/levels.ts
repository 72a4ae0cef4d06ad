export const LEVELS = ['early-access', 'preview', 'ga'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  'early-access': 'Early Access',
  preview: 'Preview',
  ga: 'General Availability',
};

export type Transition = 'early-access->preview' | 'preview->ga';
export const TRANSITIONS: readonly Transition[] = ['early-access->preview', 'preview->ga'];

export type FeatureState = 'active' | 'retired';

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** Position of the level in the lifecycle: 0 for Early Access, 2 for GA. */
export function levelIndex(level: Level): number {
  return LEVELS.indexOf(level);
}

/** The level a promotion leads to, or `null` at General Availability (the last level). */
export function nextLevel(level: Level): Level | null {
  return LEVELS[levelIndex(level) + 1] ?? null;
}

/** The transition that leaves `level`, or `null` at General Availability. */
export function transitionFrom(level: Level): Transition | null {
  switch (level) {
    case 'early-access':
      return 'early-access->preview';
    case 'preview':
      return 'preview->ga';
    case 'ga':
      return null;
  }
}

export function isTransition(s: string): s is Transition {
  return (TRANSITIONS as readonly string[]).includes(s);
}

/** The levels a transition connects. */
export function transitionLevels(transition: Transition): { from: Level; to: Level } {
  return transition === 'early-access->preview'
    ? { from: 'early-access', to: 'preview' }
    : { from: 'preview', to: 'ga' };
}
