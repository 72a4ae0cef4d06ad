import type { APIEmbed } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplyView } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

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

/** The reply was accepted by the fake (no 400) and shows the embed, not the generic error. */
function expectAcceptedEmbedReply(reply: ReplyView): APIEmbed {
  expect(reply.type).toBe(4);
  expect(reply.content).not.toContain('Something went wrong');
  expect(reply.embeds).toHaveLength(1);
  expect(h.fake.violations).toEqual([]);
  return reply.embeds[0]!;
}

const at = (minutes: number) =>
  new Date(Date.parse('2026-01-01T00:00:00.000Z') + minutes * 60_000).toISOString();

/** Inserts active features straight into the bot's database. */
function seedFeatures(features: { key: string; name: string; description?: string }[]): void {
  const insert = h.db.prepare(
    `INSERT INTO feature (guild_id, key, name, description, level, level_entered_at, role_id, created_by, created_at)
     VALUES (?, ?, ?, ?, 'early-access', ?, ?, ?, ?)`,
  );
  h.db.transaction(() => {
    for (const f of features) {
      insert.run(
        h.guild.id,
        f.key,
        f.name,
        f.description ?? 'A feature',
        at(0),
        h.roles.betaRole.id,
        h.members.maintainer.id,
        at(0),
      );
    }
  })();
}

const featureIdOf = (key: string) =>
  h.db.prepare('SELECT id FROM feature WHERE key = ?').pluck().get(key) as number;

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
    const featureId = featureIdOf(key);
    h.bot.deps.store.settings.ensure(h.guild.id, h.clock.now()); // the guild's settings row and default tags
    const tags = Array.from({ length: 49 }, (_, i) => `t${String(i).padStart(2, '0')}-${'z'.repeat(20)}`);
    const addTag = h.db.prepare('INSERT OR IGNORE INTO guild_tag (guild_id, tag) VALUES (?, ?)');
    const insertFeedback = h.db.prepare(
      `INSERT INTO feedback (guild_id, number, feature_id, level, author_id, body, status, source_interaction_id, created_at)
       VALUES (?, ?, ?, 'early-access', ?, ?, 'open', ?, ?)`,
    );
    const tagFeedback = h.db.prepare('INSERT INTO feedback_tag (feedback_id, tag) VALUES (?, ?)');
    const promote = h.db.prepare(
      `INSERT INTO promotion (feature_id, from_level, to_level, by_id, at, note, forced) VALUES (?, ?, ?, ?, ?, ?, 1)`,
    );
    h.db.transaction(() => {
      for (const tag of [...tags, 'blocker']) addTag.run(h.guild.id, tag);
      for (let n = 1; n <= 300; n++) {
        const { lastInsertRowid } = insertFeedback.run(
          h.guild.id,
          n,
          featureId,
          h.members.alice.id,
          `${'@everyone **bold** '.repeat(10)}${'B'.repeat(3800)}`,
          `seed-${n}`,
          at(n),
        );
        tagFeedback.run(lastInsertRowid, 'blocker');
        tagFeedback.run(lastInsertRowid, tags[n % tags.length]!);
      }
      promote.run(featureId, 'early-access', 'preview', h.members.maintainer.id, at(400), 'P'.repeat(500));
      promote.run(featureId, 'preview', 'ga', h.members.maintainer.id, at(500), 'Q '.repeat(250));
      h.db.prepare('UPDATE guild_settings SET next_feedback_number = 301').run();
    })();

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
    const featureId = featureIdOf('dark-mode');
    const insertFeedback = h.db.prepare(
      `INSERT INTO feedback (guild_id, number, feature_id, level, author_id, body, status, source_interaction_id, created_at)
       VALUES (?, ?, ?, 'early-access', ?, ?, 'wont-fix', ?, ?)`,
    );
    const tagFeedback = h.db.prepare('INSERT INTO feedback_tag (feedback_id, tag) VALUES (?, ?)');
    const longTags = ['a'.repeat(24), 'b'.repeat(24), 'c'.repeat(24)];
    h.db.transaction(() => {
      for (let n = 1; n <= 25; n++) {
        const { lastInsertRowid } = insertFeedback.run(
          h.guild.id,
          n,
          featureId,
          h.members.alice.id,
          `line one\r\n${'😀'.repeat(1999)}`,
          `seed-${n}`,
          at(n),
        );
        for (const tag of longTags) tagFeedback.run(lastInsertRowid, tag);
      }
      h.db.prepare('UPDATE guild_settings SET next_feedback_number = 26').run();
    })();

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
  it('sent only requests that match Discord’s OpenAPI description', async () => {
    seedFeatures([{ key: 'dark-mode', name: 'Dark Mode' }]);
    await h.command(h.members.alice, 'features').reply();
    expect(h.fake.violations).toEqual([]);
  });
});
