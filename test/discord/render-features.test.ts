import { describe, expect, it } from 'vitest';
import { renderFeatureList } from '../../src/discord/render/features.js';
import type { FeatureSummary } from '../../src/domain/entities.js';

const summary = (i: number, nameLength: number, count: number): FeatureSummary => ({
  feature: {
    id: i,
    guildId: '1',
    key: `f${String(i).padStart(3, '0')}-${'k'.repeat(27)}`,
    name: 'N'.repeat(nameLength),
    description: 'd',
    level: 'early-access',
    levelEnteredAt: new Date(0),
    roleId: '2',
    feedbackChannelId: null,
    seatCap: null,
    admissionsPaused: false,
    state: 'active',
    retiredAt: null,
    retiredBy: null,
    retireReason: null,
    readyNoticeLevel: null,
    createdBy: '3',
    createdAt: new Date(0),
  },
  feedbackCount: count,
  participants: count,
});

describe('the /features list embed', () => {
  it('never exceeds 4096 characters of description, for 200 features and any name length', () => {
    for (let nameLength = 1; nameLength <= 80; nameLength++) {
      for (const count of [0, 1, 12345]) {
        const summaries = Array.from({ length: 200 }, (_, i) => summary(i, nameLength, count));
        const description = renderFeatureList(summaries).description ?? '';
        expect(description.length).toBeLessThanOrEqual(4096);
        expect(description).toMatch(/…and \d+ more/);
      }
    }
  });
});
