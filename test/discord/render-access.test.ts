import { describe, expect, it } from 'vitest';
import { renderAdmitted, renderSeatsOutcome } from '../../src/discord/render/access.js';
import { type Locale, renderText, t } from '../../src/text/index.js';
import { featureFixture } from '../support/fixtures.js';

const feature = featureFixture({ name: 'N'.repeat(80) });

/** Snowflakes as long as Discord's longest (20 digits), so mentions take the most room. */
const members = (count: number) => Array.from({ length: count }, (_, i) => `1${String(i).padStart(19, '0')}`);
const admitted = (ids: string[], locale: Locale = 'en-US') =>
  renderAdmitted({ kind: 'admitted', feature, members: ids, remaining: 123_456, replayed: false }, locale);

describe('the /invite admit reply', () => {
  it('lists every member when the mentions fit, as before, the waiting count grouped by digits', () => {
    const ids = members(3);
    expect(admitted(ids)).toBe(
      `Invited 3 members from the waitlist of **${feature.name}**: <@${ids[0]}>, <@${ids[1]}>, <@${ids[2]}>. They are told by direct message (or by a mention in the feature's channel when their DMs are closed). 123,456 still waiting.`,
    );
    expect(admitted(ids.slice(0, 1))).toContain('Invited 1 member from');
  });

  it('lists the members as the member’s language joins a list', () => {
    const ids = members(3);
    expect(admitted(ids, 'de')).toBe(
      `3 Mitglieder von der Warteliste von **${feature.name}** eingeladen: <@${ids[0]}>, <@${ids[1]}> und <@${ids[2]}>. Sie werden per Direktnachricht informiert (oder per Erwähnung im Kanal des Features, wenn sie keine Direktnachrichten annehmen). Noch auf der Warteliste: 123.456.`,
    );
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
    expect(text).toContain('123,456 still waiting');
    // One more mention would not have fitted.
    const oneMore = t('en-US', 'invite.admittedSome', {
      count: 100,
      name: feature.name,
      members: ids
        .slice(0, shown.length + 1)
        .map((id) => `<@${id}>`)
        .join(', '),
      more: 100 - shown.length - 1,
      remaining: 123_456,
    });
    expect(oneMore.length).toBeGreaterThan(2000);
  });

  it('cuts the German list to 2,000 characters too', () => {
    const text = admitted(members(100), 'de');
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toMatch(/^100 Mitglieder von der Warteliste .* und \d+ weitere\. /);
  });
});

describe('the /access seats answer', () => {
  it('says why a seat cap is refused, naming the level or the count', () => {
    const level = renderSeatsOutcome({
      kind: 'refused',
      reason: 'not-early-access',
      feature,
      level: 'preview',
    });
    expect(renderText('en-US', level)).toBe(
      'Seat caps apply to Early Access only; this feature is in Preview, where seats are not counted.',
    );
    const count = renderSeatsOutcome({ kind: 'refused', reason: 'invalid-count', count: 0 });
    expect(renderText('en-US', count)).toBe(
      'The seat count must be a whole number from 1 to 100000 (got 0).',
    );
  });

  it('counts the free seats, or says nobody is removed when more members have access than seats', () => {
    const set = (cap: number, used: number) =>
      renderText('en-US', renderSeatsOutcome({ kind: 'seats-set', feature, cap, used }));
    expect(set(1500, 2)).toBe(`**${feature.name}** now has 1,500 seats; 2 taken, 1,498 free.`);
    expect(set(1, 2)).toContain('2 members already have access. Nobody is removed');
  });
});
