import { describe, expect, it } from 'vitest';
import { discordEffectRenderer as render } from '../../src/discord/render/effects.js';
import { renderPromotionReply } from '../../src/discord/render/promotion.js';
import type { MessageEmbed } from '../../src/domain/entities.js';
import type { AnnouncementFacts } from '../../src/lifecycle/effects.js';
import { SUPPORTED_LOCALES } from '../../src/text/index.js';
import { featureFixture } from '../support/fixtures.js';

const at = new Date('2026-02-01T00:00:00.000Z');

const feature = featureFixture({
  guildId: '100000000000000001',
  name: 'N'.repeat(80),
  description: 'D'.repeat(1000),
  levelEnteredAt: new Date('2026-01-01T00:00:00.000Z'),
  roleId: '200000000000000001',
  createdBy: '300000000000000001',
  createdAt: new Date('2026-01-01T00:00:00.000Z'),
});

/** 50 tags of 24 characters, as many as the vocabulary holds, each with feedback. */
const manyTags = Array.from({ length: 50 }, (_, i) => ({
  tag: `tag-${String(i).padStart(2, '0')}-${'x'.repeat(17)}`,
  count: 1000 - i,
}));

const facts: AnnouncementFacts = {
  feature,
  from: 'early-access',
  evidence: { total: 49_000, participants: 3000, resolved: 12_000, byTag: manyTags },
  levelEnteredAt: feature.levelEnteredAt,
  at,
  roleExists: true,
};

/** The evidence field: the last field of the announcement, whatever its name in the language of the server. */
const evidenceOf = (embeds: readonly MessageEmbed[] | undefined) => embeds![0]!.fields!.at(-1)!.value;

/** Every limit Discord puts on an embed; a message over one of them is refused with a 400. */
function expectWithinEmbedLimits(embeds: readonly MessageEmbed[]): void {
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(1024);
      total += field.name.length + field.value.length;
    }
    total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
}

describe('the announcement embed', () => {
  it('fits every embed limit with 50 long tags, a 1000-character note and an 80-character name', () => {
    const body = render.promotionAnnouncement('en-US', { ...facts, to: 'preview', note: 'n'.repeat(1000) });
    expectWithinEmbedLimits(body.embeds ?? []);
    const evidence = evidenceOf(body.embeds);
    expect(evidence).toMatch(/^Feedback at Early Access: \*\*49,000\*\* \(tag-00-x{17} 1,000 · /);
    const more = /· and (\d+) more\)\n/.exec(evidence);
    expect(more).not.toBeNull();
    const listed = evidence.match(/tag-\d\d-x{17} [\d,]+/g) ?? [];
    expect(listed.length + Number(more![1])).toBe(50);
    expect(evidence).toContain('Resolved at Early Access: **12,000**');
    expect(evidence).toContain('Participants: **3,000**');
    expect(evidence).toContain('Days at Early Access: **31**');
  });

  it('fits every embed limit for a retirement with many tags', () => {
    const body = render.retirementAnnouncement('en-US', { ...facts, reason: 'r'.repeat(500) });
    expectWithinEmbedLimits(body.embeds ?? []);
    expect(body.embeds![0]!.title).toBe(`${'N'.repeat(80)} has been retired`);
    expect(evidenceOf(body.embeds)).toMatch(/ · and \d+ more\)\n/);
    // Resolved items are promotion evidence: a retired feature's announcement keeps its three lines.
    expect(evidenceOf(body.embeds)).not.toContain('Resolved');
    expect(evidenceOf(body.embeds).split('\n')).toHaveLength(3);
  });

  it.each(SUPPORTED_LOCALES)('fits every embed limit in %s, for a promotion and a retirement', (locale) => {
    const promotion = render.promotionAnnouncement(locale, {
      ...facts,
      to: 'preview',
      note: 'n'.repeat(1000),
    });
    const retirement = render.retirementAnnouncement(locale, { ...facts, reason: 'r'.repeat(500) });
    for (const body of [promotion, retirement]) {
      expectWithinEmbedLimits(body.embeds ?? []);
      const evidence = evidenceOf(body.embeds);
      const listed = evidence.match(/tag-\d\d-x{17} /g) ?? [];
      const more = Number(/ · \D*(\d+)\D*\)\n/.exec(evidence)?.[1]);
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.length + more).toBe(50);
    }
  });

  it('writes the announcement in the language of the server, German here, within the limits', () => {
    const body = render.promotionAnnouncement('de', { ...facts, to: 'preview', note: 'Endlich' });
    expectWithinEmbedLimits(body.embeds ?? []);
    const [embed] = body.embeds!;
    expect(embed!.title).toBe(`${'N'.repeat(80)}: Early Access → Preview`);
    expect(embed!.fields!.map((f) => f.name)).toEqual(['Notiz', 'Kennzahlen']);
    const evidence = evidenceOf(body.embeds);
    expect(evidence).toMatch(/^Feedback in Early Access: \*\*49\.000\*\* \(tag-00-x{17} 1\.000 · /);
    expect(evidence).toMatch(/ · und \d+ weitere\)\n/);
    expect(evidence).toContain('Erledigt in Early Access: **12.000**');
    expect(evidence).toContain('Teilnehmende: **3.000**');
    expect(evidence).toContain('Tage in Early Access: **31**');
    const retired = render.retirementAnnouncement('de', { ...facts, reason: 'Zu langsam' });
    expect(retired.embeds![0]!.title).toBe(`${'N'.repeat(80)} wurde eingestellt`);
    expect(retired.embeds![0]!.fields![0]).toEqual({ name: 'Grund', value: 'Zu langsam' });
  });

  it('lists every tag, as before, when they fit', () => {
    const body = render.promotionAnnouncement('en-US', {
      ...facts,
      feature: { ...feature, name: 'Dark Mode', description: 'Dark' },
      evidence: {
        total: 3,
        participants: 2,
        resolved: 1,
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
                'Feedback at Early Access: **3** (bug 2 · idea 1)\nResolved at Early Access: **1**\nParticipants: **2**\nDays at Early Access: **31**',
            },
          ],
          timestamp: '2026-02-01T00:00:00.000Z',
        },
      ],
      allowed_mentions: { parse: [], roles: ['200000000000000001'] },
    });
  });

  it.each(SUPPORTED_LOCALES)(
    'keeps the dry-run reply, the plan and the announcement together, within the limits of one message (%s)',
    (locale) => {
      const note = 'n'.repeat(1000);
      const announcement = render.promotionAnnouncement(locale, { ...facts, to: 'preview', note });
      const gate = { label: 'Feedback at Early Access', met: false, actual: 1, required: 10 };
      const reply = renderPromotionReply(locale, {
        kind: 'dry-run',
        plan: {
          feature,
          from: 'early-access',
          to: 'preview',
          forced: true,
          report: {
            transition: 'early-access->preview',
            from: 'early-access',
            to: 'preview',
            gates: [{ gate: 'min_feedback', ...gate }],
            ready: false,
            evaluatedAt: at.toISOString(),
          },
          note,
          announcement: { channelId: '400000000000000002', body: announcement },
          gaRolePolicy: 'keep',
          roleRemovals: 0,
          waitlisted: 1,
          thanked: 12_345,
        },
      });
      expect(reply.embeds).toHaveLength(2);
      expectWithinEmbedLimits(reply.embeds as MessageEmbed[]);
    },
  );
});
