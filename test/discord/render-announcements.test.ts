import { describe, expect, it } from 'vitest';
import { discordEffectRenderer as render } from '../../src/discord/render/effects.js';
import type { Feature } from '../../src/domain/entities.js';
import type { AnnouncementFacts } from '../../src/lifecycle/effects.js';

const at = new Date('2026-02-01T00:00:00.000Z');

const feature: Feature = {
  id: 1,
  guildId: '100000000000000001',
  key: 'dark-mode',
  name: 'N'.repeat(80),
  description: 'D'.repeat(1000),
  level: 'early-access',
  levelEnteredAt: new Date('2026-01-01T00:00:00.000Z'),
  roleId: '200000000000000001',
  feedbackChannelId: null,
  seatCap: null,
  admissionsPaused: false,
  state: 'active',
  retiredAt: null,
  retiredBy: null,
  retireReason: null,
  readyNoticeLevel: null,
  createdBy: '300000000000000001',
  createdAt: new Date('2026-01-01T00:00:00.000Z'),
};

const facts: AnnouncementFacts = {
  feature,
  from: 'early-access',
  evidence: { total: 0, participants: 0, byTag: [] },
  levelEnteredAt: feature.levelEnteredAt,
  at,
  roleExists: true,
};

describe('the announcement embed', () => {
  it('lists every tag, as before, when they fit', () => {
    const body = render.promotionAnnouncement({
      ...facts,
      feature: { ...feature, name: 'Dark Mode', description: 'Dark' },
      evidence: {
        total: 3,
        participants: 2,
        byTag: [
          { tag: 'bug', count: 2 },
          { tag: 'idea', count: 1 },
        ],
      },
      to: 'ga',
      note: null,
    });
    expect(body).toEqual({
      content: '<@&200000000000000001>',
      embeds: [
        {
          title: 'Dark Mode: Early Access → General Availability',
          description: 'Dark',
          color: 0x23a55a,
          fields: [
            {
              name: 'Evidence',
              value:
                'Feedback at Early Access: **3** (bug 2 · idea 1)\nParticipants: **2**\nDays at Early Access: **31**',
            },
          ],
          timestamp: '2026-02-01T00:00:00.000Z',
        },
      ],
      allowed_mentions: { parse: [], roles: ['200000000000000001'] },
    });
  });
});
