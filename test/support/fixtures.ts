import type { Feature } from '../../src/domain/entities.js';

/**
 * A feature as renderers see it, without a database: Early Access, long-lived ids, no channel.
 * Renderer tests override what they measure (a name at its 80-character limit, a level...).
 */
export function featureFixture(overrides: Partial<Feature> = {}): Feature {
  return {
    id: 1,
    guildId: '1',
    key: 'dark-mode',
    name: 'Dark mode',
    description: 'd',
    level: 'early-access',
    levelEnteredAt: new Date(0),
    roleId: '2',
    feedbackChannelId: null,
    feedbackChannelKind: 'text',
    seatCap: null,
    admissionsPaused: false,
    state: 'active',
    retiredAt: null,
    retiredBy: null,
    retireReason: null,
    readyNoticeLevel: null,
    createdBy: '3',
    createdAt: new Date(0),
    ...overrides,
  };
}
