import { describe, expect, it } from 'vitest';
import * as domain from '../../src/domain/index.js';

describe('domain index', () => {
  it('re-exports every module of the domain', () => {
    for (const name of [
      'ok',
      'err',
      'LEVELS',
      'LEVEL_LABELS',
      'isLevel',
      'nextLevel',
      'levelIndex',
      'TRANSITIONS',
      'transitionFrom',
      'isTransition',
      'FEATURE_KEY_PATTERN',
      'validateFeatureKey',
      'validateFeatureName',
      'validateFeatureDescription',
      'validateSeatCap',
      'canRetire',
      'DEFAULT_GATES',
      'validateGateThresholds',
      'evaluateReadiness',
      'decidePromotion',
      'rolesToRemoveOnPromotion',
      'accessPolicy',
      'decideAdmission',
      'canGiveFeedback',
      'checkInvite',
      'parseDuration',
      'DEFAULT_TAGS',
      'FEEDBACK_STATUSES',
      'isFeedbackStatus',
      'TAG_PATTERN',
      'validateTagName',
      'MAX_FEEDBACK_LENGTH',
      'MAX_TAGS',
      'parseTagList',
      'validateFeedbackBody',
      'completeTagList',
      'decideRateLimit',
    ]) {
      expect(domain, name).toHaveProperty(name);
    }
  });
});
