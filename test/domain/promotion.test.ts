import { describe, expect, it } from 'vitest';
import { evaluateReadiness, type ReadinessReport } from '../../src/domain/gates.js';
import type { Level } from '../../src/domain/levels.js';
import { decidePromotion, rolesToRemoveOnPromotion } from '../../src/domain/promotion.js';

const entered = new Date('2025-03-01T00:00:00.000Z');
const now = new Date('2025-03-20T00:00:00.000Z');
const thresholds = { minFeedback: 10, minParticipants: 5, minDays: 7, maxOpenBlockers: 0 };

function report(level: Level, ready: boolean): ReadinessReport {
  const result = evaluateReadiness(
    level,
    { feedbackAtLevel: 30, participants: 12, openBlockers: ready ? 0 : 2, levelEnteredAt: entered, now },
    thresholds,
  );
  if (!result) throw new Error('no report');
  return result;
}

const active = (level: Level) => ({ level, state: 'active' as const });

describe('decidePromotion', () => {
  it('promotes a ready Early Access feature to Preview without forcing', () => {
    const r = report('early-access', true);
    expect(decidePromotion(active('early-access'), r, { force: false })).toEqual({
      kind: 'promote',
      from: 'early-access',
      to: 'preview',
      forced: false,
      report: r,
    });
  });

  it('promotes a ready Preview feature to GA', () => {
    const r = report('preview', true);
    expect(decidePromotion(active('preview'), r, { force: false })).toMatchObject({
      kind: 'promote',
      from: 'preview',
      to: 'ga',
      forced: false,
    });
  });

  it('refuses to promote a feature with open blockers', () => {
    const r = report('early-access', false);
    expect(decidePromotion(active('early-access'), r, { force: false })).toEqual({
      kind: 'refused',
      reason: 'gates-unmet',
      report: r,
    });
  });

  it('promotes a feature with unmet gates when forced and records it as forced', () => {
    const r = report('preview', false);
    expect(decidePromotion(active('preview'), r, { force: true })).toEqual({
      kind: 'promote',
      from: 'preview',
      to: 'ga',
      forced: true,
      report: r,
    });
  });

  it('does not mark a promotion as forced when force was given but the gates were met', () => {
    const decision = decidePromotion(active('early-access'), report('early-access', true), { force: true });
    expect(decision).toMatchObject({ kind: 'promote', forced: false });
  });

  it('refuses to promote past GA, even when forced', () => {
    expect(decidePromotion(active('ga'), null, { force: true })).toEqual({
      kind: 'refused',
      reason: 'at-ga',
      report: null,
    });
  });

  it('refuses to promote a retired feature, even when forced and ready', () => {
    const r = report('early-access', true);
    expect(decidePromotion({ level: 'early-access', state: 'retired' }, r, { force: true })).toEqual({
      kind: 'refused',
      reason: 'retired',
      report: r,
    });
  });

  it('refuses, even when forced, without a readiness report to record', () => {
    expect(decidePromotion(active('early-access'), null, { force: true })).toEqual({
      kind: 'refused',
      reason: 'gates-unmet',
      report: null,
    });
  });

  it('refuses a report made for another level, so a feature never skips a level', () => {
    const stale = report('early-access', true);
    expect(decidePromotion(active('preview'), stale, { force: true })).toMatchObject({
      kind: 'refused',
      reason: 'gates-unmet',
    });
  });
});

describe('rolesToRemoveOnPromotion', () => {
  it('removes roles only when entering GA with the remove policy', () => {
    expect(rolesToRemoveOnPromotion('ga', 'remove')).toBe(true);
    expect(rolesToRemoveOnPromotion('ga', 'keep')).toBe(false);
    expect(rolesToRemoveOnPromotion('preview', 'remove')).toBe(false);
    expect(rolesToRemoveOnPromotion('preview', 'keep')).toBe(false);
    expect(rolesToRemoveOnPromotion('early-access', 'remove')).toBe(false);
  });
});
