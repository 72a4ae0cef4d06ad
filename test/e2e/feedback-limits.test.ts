import type { APIEmbed } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplyView } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';
import { seedFeature, seedFeedbackItems } from '../support/seed.js';

/**
 * Extreme data against Discord's limits. The fake checks the OpenAPI schema (per-field lengths,
 * 25 fields); the 6000-character total of an embed is not in the schema, so it is checked here.
 */

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  total: 6000,
};

function expectWithinEmbedLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
  const fields = embed.fields ?? [];
  expect(fields.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
  for (const field of fields) {
    expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
    expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
  }
  const total =
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  expect(total).toBeLessThanOrEqual(EMBED_LIMITS.total);
}

/**
 * The reply shows the embed, not the generic error (that the fake accepted it, no 400, is checked
 * by the harness when it closes).
 */
function expectAcceptedEmbedReply(reply: ReplyView): APIEmbed {
  expect(reply.type).toBe(4);
  expect(reply.content).not.toContain('Something went wrong');
  expect(reply.embeds).toHaveLength(1);
  return reply.embeds[0]!;
}

const at = (minutes: number) =>
  new Date(Date.parse('2026-01-01T00:00:00.000Z') + minutes * 60_000).toISOString();

/** Active features in Early Access, stored through the repository in one transaction. */
function seedFeatures(features: { key: string; name: string; description?: string }[]): void {
  h.store.transaction(() => {
    for (const f of features) {
      seedFeature(h.store, h.clock.now(), {
        guildId: h.guild.id,
        key: f.key,
        name: f.name,
        description: f.description ?? 'A feature',
        roleId: h.roles.betaRole.id,
        createdBy: h.members.maintainer.id,
      });
    }
  });
}

describe('/features list with 200 features', () => {
  it('stays within the embed description limit whatever the length of the names', async () => {
    // Every line of the list has the same length; the lengths are chosen so that the lines that
    // fit fill the description almost to the brim, leaving less room than the "…and N more" line needs.
    const key = (i: number) => `f${String(i).padStart(3, '0')}-${'k'.repeat(27)}`;
    const fixed = `**** \`${key(0)}\` — Early Access · 0 participants · 0 feedback`.length;
    const nameLength = 161 - fixed;
    expect(nameLength).toBeGreaterThan(0);
    expect(nameLength).toBeLessThanOrEqual(80);
    seedFeatures(
      Array.from({ length: 200 }, (_, i) => ({
        key: key(i),
        name: `${String(i).padStart(3, '0')}`.padEnd(nameLength, 'N'),
      })),
    );

    const reply = await h.command(h.members.alice, 'features').reply();
    const embed = expectAcceptedEmbedReply(reply);
    expectWithinEmbedLimits(embed);
    expect(embed.description).toMatch(/…and \d+ more/);
    expect(reply.ephemeral).toBe(true);
  });
});

describe('/features detail with extreme data', () => {
  it('fits 50 long tags, hundreds of long open blockers and long promotion notes in one embed', async () => {
    const name = 'N'.repeat(80);
    const key = `x${'y'.repeat(31)}`;
    seedFeatures([{ key, name, description: 'D'.repeat(1000) }]);
    const feature = h.feature(key);
    const tags = Array.from({ length: 49 }, (_, i) => `t${String(i).padStart(2, '0')}-${'z'.repeat(20)}`);
    for (const tag of [...tags, 'blocker']) h.store.settings.addTag(h.guild.id, tag, h.clock.now());
    seedFeedbackItems(h.store, h.clock.now(), feature, 300, (n) => ({
      authorId: h.members.alice.id,
      body: `${'@everyone **bold** '.repeat(10)}${'B'.repeat(3800)}`,
      tags: ['blocker', tags[n % tags.length]!],
      at: new Date(at(n)),
    }));
    const promote = h.db.prepare(
      `INSERT INTO promotion (feature_id, from_level, to_level, by_id, at, note, forced) VALUES (?, ?, ?, ?, ?, ?, 1)`,
    );
    promote.run(feature.id, 'early-access', 'preview', h.members.maintainer.id, at(400), 'P'.repeat(500));
    promote.run(feature.id, 'preview', 'ga', h.members.maintainer.id, at(500), 'Q '.repeat(250));

    const reply = await h.command(h.members.alice, 'features', { feature: key }).reply();
    const embed = expectAcceptedEmbedReply(reply);
    expectWithinEmbedLimits(embed);
    const fieldNames = (embed.fields ?? []).map((f) => f.name);
    expect(fieldNames).toContain('Open blockers (300)');
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('/triage list with 4000-character bodies', () => {
  it('cuts every body to an excerpt and keeps the page within the embed limits', async () => {
    seedFeatures([{ key: 'dark-mode', name: 'D'.repeat(80) }]);
    const longTags = ['a'.repeat(24), 'b'.repeat(24), 'c'.repeat(24)];
    seedFeedbackItems(h.store, h.clock.now(), h.feature('dark-mode'), 25, (n) => ({
      authorId: h.members.alice.id,
      body: `line one\r\n${'😀'.repeat(1999)}`,
      status: 'wont-fix',
      tags: longTags,
      at: new Date(at(n)),
    }));

    const reply = await h
      .sub(h.members.maintainer, 'triage', 'list', {
        feature: 'dark-mode',
        status: 'wont-fix',
        tag: 'a'.repeat(24),
      })
      .reply();
    const embed = expectAcceptedEmbedReply(reply);
    expectWithinEmbedLimits(embed);
    expect(embed.fields).toHaveLength(10);
    expect(reply.customIds.every((id) => id.length <= 100)).toBe(true);
    expect(reply.customIds).toHaveLength(2);
  });
});

describe('option values Discord would have cut', () => {
  it('refuses a feature option far longer than its 32-character limit with a short ephemeral reply and stores nothing', async () => {
    const handle = h.command(h.members.alice, 'feedback', {
      feature: `@everyone ${'k'.repeat(3000)}`,
      tags: 'bug',
      message: 'hello',
    });
    const reply = await handle.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('There is no active feature');
    expect(reply.content.length).toBeLessThanOrEqual(2000);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(h.count('feedback')).toBe(0);
    expect(h.count('outbox')).toBe(0);
  });

  it('refuses a tag filter far longer than a tag with a short ephemeral reply', async () => {
    seedFeatures([{ key: 'dark-mode', name: 'Dark Mode' }]);
    const reply = await h
      .sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode', tag: 'x'.repeat(2500) })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('is not a valid tag');
    expect(reply.content.length).toBeLessThanOrEqual(2000);
  });
});

describe('the OpenAPI contract', () => {
  // The harness checks every request against the OpenAPI description when it closes after each test.
  it('sent only requests that match Discord’s OpenAPI description', async () => {
    seedFeatures([{ key: 'dark-mode', name: 'Dark Mode' }]);
    await h.command(h.members.alice, 'features').reply();
  });
});
