import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/discord/messages.js';
import { renderAdmitted } from '../../src/discord/render/access.js';
import type { Feature } from '../../src/domain/entities.js';

const feature: Feature = {
  id: 1,
  guildId: '1',
  key: 'dark-mode',
  name: 'N'.repeat(80),
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
};

/** Snowflakes as long as Discord's longest (20 digits), so mentions take the most room. */
const members = (count: number) => Array.from({ length: count }, (_, i) => `1${String(i).padStart(19, '0')}`);
const admitted = (ids: string[]) =>
  renderAdmitted({ kind: 'admitted', feature, members: ids, remaining: 123_456, replayed: false });

describe('the /invite admit reply', () => {
  it('lists every member when the mentions fit, exactly as before', () => {
    const ids = members(3);
    expect(admitted(ids)).toBe(MESSAGES.invite.admitted(feature.name, ids, 123_456));
  });

  it('cuts the mentions of 100 members to what fits in 2,000 characters and counts the rest', () => {
    const ids = members(100);
    const text = admitted(ids);
    expect(text.length).toBeLessThanOrEqual(2000);
    const shown = ids.filter((id) => text.includes(`<@${id}>`));
    expect(shown).toEqual(ids.slice(0, shown.length));
    expect(shown.length).toBeGreaterThan(50);
    expect(text).toContain(`and ${100 - shown.length} more.`);
    expect(text).toContain('Invited 100 members');
    expect(text).toContain('123456 still waiting');
    // One more mention would not have fitted.
    expect(
      MESSAGES.invite.admittedSome(feature.name, 100, ids.slice(0, shown.length + 1), 123_456).length,
    ).toBeGreaterThan(2000);
  });
});
