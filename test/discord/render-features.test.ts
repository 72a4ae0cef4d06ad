import { describe, expect, it } from 'vitest';
import { renderFeatureList } from '../../src/discord/render/features.js';
import type { FeatureSummary } from '../../src/domain/entities.js';
import { SUPPORTED_LOCALES } from '../../src/text/index.js';
import { featureFixture } from '../support/fixtures.js';

const summary = (i: number, nameLength: number, count: number): FeatureSummary => ({
  feature: featureFixture({
    id: i,
    key: `f${String(i).padStart(3, '0')}-${'k'.repeat(27)}`,
    name: 'N'.repeat(nameLength),
  }),
  feedbackCount: count,
  participants: count,
});

describe('the /features list embed', () => {
  it.each(SUPPORTED_LOCALES)(
    'never exceeds 4096 characters of description, for 200 features and any name length (%s)',
    (locale) => {
      for (let nameLength = 1; nameLength <= 80; nameLength++) {
        for (const count of [0, 1, 12345]) {
          const summaries = Array.from({ length: 200 }, (_, i) => summary(i, nameLength, count));
          const description = renderFeatureList(locale, summaries).description ?? '';
          expect(description.length).toBeLessThanOrEqual(4096);
          expect(description).toMatch(/^…\D+\d+/m);
        }
      }
    },
  );

  it('counts participants with the plural and digit grouping of the language of the reader', () => {
    const [one, many] = [summary(1, 4, 1), { ...summary(2, 4, 0), participants: 1234, feedbackCount: 5678 }];
    expect(renderFeatureList('en-US', [one, many]).description).toBe(
      `**NNNN** \`${one.feature.key}\` — Early Access · 1 participant · 1 feedback\n` +
        `**NNNN** \`${many.feature.key}\` — Early Access · 1,234 participants · 5,678 feedback`,
    );
    const german = renderFeatureList('de', [one, many]);
    expect(german.description).toBe(
      `**NNNN** \`${one.feature.key}\` — Early Access · 1 teilnehmende Person · 1 Feedback-Eintrag\n` +
        `**NNNN** \`${many.feature.key}\` — Early Access · 1.234 Teilnehmende · 5.678 Feedback-Einträge`,
    );
  });
});
