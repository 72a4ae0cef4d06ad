import { DEFAULT_LOCALE, type TextRef, t, text } from '../text/index.js';
import { LEVEL_LABELS, type Level, nextLevel, type Transition, transitionFrom } from './levels.js';
import { err, ok, type Result } from './result.js';

export interface GateThresholds {
  minFeedback: number;
  /** Distinct members who gave feedback or voted since the feature entered its level. */
  minParticipants: number;
  minDays: number;
  maxOpenBlockers: number;
}

export const DEFAULT_GATES: Record<Transition, GateThresholds> = {
  'early-access->preview': { minFeedback: 10, minParticipants: 5, minDays: 7, maxOpenBlockers: 0 },
  'preview->ga': { minFeedback: 25, minParticipants: 10, minDays: 14, maxOpenBlockers: 0 },
};

export const MAX_GATE_MIN_FEEDBACK = 1_000_000;
export const MAX_GATE_MIN_PARTICIPANTS = 1_000_000;
export const MAX_GATE_MIN_DAYS = 365;
export const MAX_GATE_OPEN_BLOCKERS = Number.MAX_SAFE_INTEGER;

const DAY_MS = 86_400_000;

const GATE_FIELDS = [
  ['minFeedback', 'min_feedback', MAX_GATE_MIN_FEEDBACK],
  ['minParticipants', 'min_participants', MAX_GATE_MIN_PARTICIPANTS],
  ['minDays', 'min_days', MAX_GATE_MIN_DAYS],
  ['maxOpenBlockers', 'max_open_blockers', MAX_GATE_OPEN_BLOCKERS],
] as const;

/**
 * Checks thresholds from `/setup gates` or stored settings: each field is a whole number >= 0,
 * `minFeedback` and `minParticipants` <= 1,000,000 and `minDays` <= 365. Accepts any value so stored JSON can be checked as is;
 * the error names the first offending field by its command option name.
 */
export function validateGateThresholds(raw: unknown): Result<GateThresholds, TextRef> {
  if (typeof raw !== 'object' || raw === null) return err(text('rule.gateThresholdsNotObject'));
  const record = raw as Record<string, unknown>;
  for (const [field, option, max] of GATE_FIELDS) {
    const value = record[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
      return err(text('rule.gateFieldInvalid', { field: option, max }));
    }
  }
  return ok({
    minFeedback: record.minFeedback as number,
    minParticipants: record.minParticipants as number,
    minDays: record.minDays as number,
    maxOpenBlockers: record.maxOpenBlockers as number,
  });
}

export interface ReadinessEvidence {
  feedbackAtLevel: number;
  /** Distinct members who, since `levelEnteredAt`, gave feedback on the feature or voted on one of its items. */
  participants: number;
  openBlockers: number;
  levelEnteredAt: Date;
  now: Date;
}

export type Gate = 'min_feedback' | 'min_participants' | 'min_days' | 'max_open_blockers';

export interface GateResult {
  gate: Gate;
  /**
   * The gate's name in English, kept because promotion records have always stored it with the
   * report. Readers see the gate in their own language (`gateLabel.<gate>`), never this.
   */
  label: string;
  required: number;
  actual: number;
  met: boolean;
}

export interface ReadinessReport {
  transition: Transition;
  from: Level;
  to: Level;
  gates: GateResult[];
  ready: boolean;
  /** ISO 8601 */
  evaluatedAt: string;
}

/** Whole days elapsed between the two instants (floored, never negative when the clock runs behind). */
export function daysBetween(start: Date, end: Date): number {
  return Math.max(0, Math.floor((end.getTime() - start.getTime()) / DAY_MS));
}

/**
 * Measures the evidence against the gates of the transition leaving `level`.
 * Returns `null` at General Availability, where there is nothing to promote to.
 * Days at the level are whole days elapsed (floored); the blocker gate is met when
 * open blockers <= the allowed maximum; the report is ready when every gate is met.
 * Every gate is monotonic in its evidence (more feedback, participants or days, fewer blockers
 * never make a feature less ready): the readiness watch relies on it to check the cheap gates first.
 */
export function evaluateReadiness(
  level: Level,
  evidence: ReadinessEvidence,
  thresholds: GateThresholds,
): ReadinessReport | null {
  const transition = transitionFrom(level);
  const to = nextLevel(level);
  if (transition === null || to === null) return null;
  const levelLabel = LEVEL_LABELS[level];
  const days = daysBetween(evidence.levelEnteredAt, evidence.now);
  const gates: GateResult[] = [
    {
      gate: 'min_feedback',
      label: t(DEFAULT_LOCALE, 'gateLabel.min_feedback', { levelLabel }),
      required: thresholds.minFeedback,
      actual: evidence.feedbackAtLevel,
      met: evidence.feedbackAtLevel >= thresholds.minFeedback,
    },
    {
      gate: 'min_participants',
      label: t(DEFAULT_LOCALE, 'gateLabel.min_participants', { levelLabel }),
      required: thresholds.minParticipants,
      actual: evidence.participants,
      met: evidence.participants >= thresholds.minParticipants,
    },
    {
      gate: 'min_days',
      label: t(DEFAULT_LOCALE, 'gateLabel.min_days', { levelLabel }),
      required: thresholds.minDays,
      actual: days,
      met: days >= thresholds.minDays,
    },
    {
      gate: 'max_open_blockers',
      label: t(DEFAULT_LOCALE, 'gateLabel.max_open_blockers'),
      required: thresholds.maxOpenBlockers,
      actual: evidence.openBlockers,
      met: evidence.openBlockers <= thresholds.maxOpenBlockers,
    },
  ];
  return {
    transition,
    from: level,
    to,
    gates,
    ready: gates.every((g) => g.met),
    evaluatedAt: evidence.now.toISOString(),
  };
}
