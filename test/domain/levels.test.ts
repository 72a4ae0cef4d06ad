import { describe, expect, it } from 'vitest';
import {
  isLevel,
  isTransition,
  LEVEL_LABELS,
  LEVELS,
  levelIndex,
  nextLevel,
  TRANSITIONS,
  transitionFrom,
  transitionLevels,
} from '../../src/domain/levels.js';

describe('levels', () => {
  it('orders the lifecycle early-access, preview, ga', () => {
    expect(LEVELS).toEqual(['early-access', 'preview', 'ga']);
    expect(LEVELS.map(levelIndex)).toEqual([0, 1, 2]);
  });

  it('labels every level for people', () => {
    expect(LEVEL_LABELS).toEqual({
      'early-access': 'Early Access',
      preview: 'Preview',
      ga: 'General Availability',
    });
  });

  it('recognises level keys and rejects anything else', () => {
    for (const level of LEVELS) expect(isLevel(level)).toBe(true);
    for (const other of ['', 'GA', 'Preview', 'early_access', 'beta', 'retired'])
      expect(isLevel(other)).toBe(false);
  });

  it('moves one level forward and stops at GA', () => {
    expect(nextLevel('early-access')).toBe('preview');
    expect(nextLevel('preview')).toBe('ga');
    expect(nextLevel('ga')).toBeNull();
  });

  it('names the transition leaving each level and none from GA', () => {
    expect(transitionFrom('early-access')).toBe('early-access->preview');
    expect(transitionFrom('preview')).toBe('preview->ga');
    expect(transitionFrom('ga')).toBeNull();
  });

  it('lists both transitions and recognises only those', () => {
    expect(TRANSITIONS).toEqual(['early-access->preview', 'preview->ga']);
    expect(isTransition('early-access->preview')).toBe(true);
    expect(isTransition('preview->ga')).toBe(true);
    expect(isTransition('early-access->ga')).toBe(false);
    expect(isTransition('ga->preview')).toBe(false);
    expect(isTransition('')).toBe(false);
  });

  it('gives the levels a transition connects, consistent with nextLevel', () => {
    for (const transition of TRANSITIONS) {
      const { from, to } = transitionLevels(transition);
      expect(transitionFrom(from)).toBe(transition);
      expect(nextLevel(from)).toBe(to);
    }
  });
});
