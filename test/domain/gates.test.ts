import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GATES,
  daysBetween,
  evaluateReadiness,
  type GateThresholds,
  type ReadinessEvidence,
  validateGateThresholds,
} from '../../src/domain/gates.js';
import { renderText, text } from '../../src/text/index.js';

const DAY = 86_400_000;
const entered = new Date('2025-01-01T12:00:00.000Z');
const at = (ms: number) => new Date(entered.getTime() + ms);
const thresholds: GateThresholds = { minFeedback: 10, minParticipants: 5, minDays: 7, maxOpenBlockers: 0 };

function evidence(overrides: Partial<ReadinessEvidence> = {}): ReadinessEvidence {
  return {
    feedbackAtLevel: 10,
    participants: 5,
    openBlockers: 0,
    levelEnteredAt: entered,
    now: at(7 * DAY),
    ...overrides,
  };
}

function gate(report: ReturnType<typeof evaluateReadiness>, name: string) {
  const found = report?.gates.find((g) => g.gate === name);
  if (!found) throw new Error(`no gate ${name}`);
  return found;
}

describe('DEFAULT_GATES', () => {
  it('matches the product defaults for both transitions', () => {
    expect(DEFAULT_GATES).toEqual({
      'early-access->preview': { minFeedback: 10, minParticipants: 5, minDays: 7, maxOpenBlockers: 0 },
      'preview->ga': { minFeedback: 25, minParticipants: 10, minDays: 14, maxOpenBlockers: 0 },
    });
  });
});

describe('validateGateThresholds', () => {
  it('accepts zeros and the upper bounds', () => {
    const zeros = { minFeedback: 0, minParticipants: 0, minDays: 0, maxOpenBlockers: 0 };
    expect(validateGateThresholds(zeros)).toEqual({ ok: true, value: zeros });
    expect(
      validateGateThresholds({
        minFeedback: 1_000_000,
        minParticipants: 1_000_000,
        minDays: 365,
        maxOpenBlockers: 5,
      }).ok,
    ).toBe(true);
  });

  it('keeps only the four threshold fields', () => {
    const given = { minFeedback: 1, minParticipants: 4, minDays: 2, maxOpenBlockers: 3 };
    expect(validateGateThresholds({ ...given, extra: true })).toEqual({ ok: true, value: given });
  });

  it.each([
    [{ minFeedback: 1_000_001, minParticipants: 1, minDays: 1, maxOpenBlockers: 0 }, 'min_feedback'],
    [{ minFeedback: -1, minParticipants: 1, minDays: 1, maxOpenBlockers: 0 }, 'min_feedback'],
    [{ minFeedback: 1.5, minParticipants: 1, minDays: 1, maxOpenBlockers: 0 }, 'min_feedback'],
    [{ minFeedback: '10', minParticipants: 1, minDays: 1, maxOpenBlockers: 0 }, 'min_feedback'],
    [{ minFeedback: 1, minParticipants: 1_000_001, minDays: 1, maxOpenBlockers: 0 }, 'min_participants'],
    [{ minFeedback: 1, minParticipants: -1, minDays: 1, maxOpenBlockers: 0 }, 'min_participants'],
    [{ minFeedback: 1, minDays: 1, maxOpenBlockers: 0 }, 'min_participants'],
    [{ minFeedback: 1, minParticipants: 1, minDays: 366, maxOpenBlockers: 0 }, 'min_days'],
    [{ minFeedback: 1, minParticipants: 1, minDays: Number.NaN, maxOpenBlockers: 0 }, 'min_days'],
    [{ minFeedback: 1, minParticipants: 1, maxOpenBlockers: 0 }, 'min_days'],
    [{ minFeedback: 1, minParticipants: 1, minDays: 1, maxOpenBlockers: -1 }, 'max_open_blockers'],
    [
      { minFeedback: 1, minParticipants: 1, minDays: 1, maxOpenBlockers: Number.POSITIVE_INFINITY },
      'max_open_blockers',
    ],
  ])('rejects %j naming %s', (raw, field) => {
    const result = validateGateThresholds(raw);
    expect(result).toEqual({
      ok: false,
      error: { key: 'rule.gateFieldInvalid', values: expect.objectContaining({ field }) },
    });
    expect(!result.ok && renderText('en-US', result.error)).toContain(
      `\`${field}\` must be a whole number from 0 to`,
    );
  });

  it.each([null, undefined, 42, 'gates'])('rejects a non-object %j', (raw) => {
    expect(validateGateThresholds(raw)).toEqual({ ok: false, error: text('rule.gateThresholdsNotObject') });
  });
});

describe('daysBetween', () => {
  it('counts whole days elapsed, flooring partial days', () => {
    expect(daysBetween(entered, entered)).toBe(0);
    expect(daysBetween(entered, at(DAY - 1))).toBe(0);
    expect(daysBetween(entered, at(DAY))).toBe(1);
    expect(daysBetween(entered, at(7 * DAY - 1))).toBe(6);
  });

  it('never goes negative when the clock is behind', () => {
    expect(daysBetween(entered, at(-3 * DAY))).toBe(0);
  });
});

describe('evaluateReadiness', () => {
  it('reports a feature that meets every gate as ready', () => {
    const report = evaluateReadiness('early-access', evidence(), thresholds);
    expect(report).toEqual({
      transition: 'early-access->preview',
      from: 'early-access',
      to: 'preview',
      ready: true,
      evaluatedAt: at(7 * DAY).toISOString(),
      gates: [
        { gate: 'min_feedback', label: 'Feedback at Early Access', required: 10, actual: 10, met: true },
        {
          gate: 'min_participants',
          label: 'Participants at Early Access',
          required: 5,
          actual: 5,
          met: true,
        },
        { gate: 'min_days', label: 'Days at Early Access', required: 7, actual: 7, met: true },
        { gate: 'max_open_blockers', label: 'Open blockers', required: 0, actual: 0, met: true },
      ],
    });
  });

  it('evaluates the preview->ga transition from Preview', () => {
    const report = evaluateReadiness('preview', evidence(), DEFAULT_GATES['preview->ga']);
    expect(report?.transition).toBe('preview->ga');
    expect(report?.from).toBe('preview');
    expect(report?.to).toBe('ga');
    expect(gate(report, 'min_feedback').label).toBe('Feedback at Preview');
    expect(report?.ready).toBe(false);
  });

  it('returns no report at GA', () => {
    expect(evaluateReadiness('ga', evidence(), thresholds)).toBeNull();
  });

  it('is not ready with one feedback too few', () => {
    const report = evaluateReadiness('early-access', evidence({ feedbackAtLevel: 9 }), thresholds);
    expect(gate(report, 'min_feedback')).toMatchObject({ required: 10, actual: 9, met: false });
    expect(report?.ready).toBe(false);
  });

  it('is not ready one millisecond before the minimum days have passed', () => {
    const report = evaluateReadiness('early-access', evidence({ now: at(7 * DAY - 1) }), thresholds);
    expect(gate(report, 'min_days')).toMatchObject({ required: 7, actual: 6, met: false });
    expect(report?.ready).toBe(false);
  });

  it('floors days at the level', () => {
    const report = evaluateReadiness('early-access', evidence({ now: at(9 * DAY + DAY / 2) }), thresholds);
    expect(gate(report, 'min_days').actual).toBe(9);
  });

  it('is not ready with an open blocker when none are allowed', () => {
    const report = evaluateReadiness('early-access', evidence({ openBlockers: 1 }), thresholds);
    expect(gate(report, 'max_open_blockers')).toMatchObject({ required: 0, actual: 1, met: false });
    expect(report?.ready).toBe(false);
  });

  it('meets the blocker gate when open blockers equal the allowed maximum', () => {
    const report = evaluateReadiness('early-access', evidence({ openBlockers: 2 }), {
      ...thresholds,
      maxOpenBlockers: 2,
    });
    expect(gate(report, 'max_open_blockers').met).toBe(true);
    expect(report?.ready).toBe(true);
  });

  it('is ready immediately when every threshold is zero and there are no blockers', () => {
    const report = evaluateReadiness(
      'early-access',
      evidence({ feedbackAtLevel: 0, participants: 0, now: entered }),
      { minFeedback: 0, minParticipants: 0, minDays: 0, maxOpenBlockers: 0 },
    );
    expect(report?.ready).toBe(true);
  });

  it('is not ready with one participant too few, and ready with exactly the minimum', () => {
    const short = evaluateReadiness('early-access', evidence({ participants: 4 }), thresholds);
    expect(gate(short, 'min_participants')).toEqual({
      gate: 'min_participants',
      label: 'Participants at Early Access',
      required: 5,
      actual: 4,
      met: false,
    });
    expect(short?.ready).toBe(false);
    expect(evaluateReadiness('early-access', evidence({ participants: 5 }), thresholds)?.ready).toBe(true);
  });

  it("measures participants toward GA from Preview with that transition's threshold", () => {
    const report = evaluateReadiness(
      'preview',
      evidence({ feedbackAtLevel: 25, participants: 9, now: at(14 * DAY) }),
      DEFAULT_GATES['preview->ga'],
    );
    expect(gate(report, 'min_participants')).toMatchObject({
      label: 'Participants at Preview',
      required: 10,
      actual: 9,
      met: false,
    });
    expect(report?.gates.filter((g) => !g.met).map((g) => g.gate)).toEqual(['min_participants']);
  });

  it('reports every unmet gate, not only the first', () => {
    const report = evaluateReadiness(
      'early-access',
      evidence({ feedbackAtLevel: 0, participants: 0, openBlockers: 3, now: entered }),
      thresholds,
    );
    expect(report?.gates.map((g) => g.met)).toEqual([false, false, false, false]);
  });
});
