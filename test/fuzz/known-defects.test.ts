/**
 * Defects the fuzz found (issue 12), each as a property that fails today, marked `it.fails`;
 * the fuzz files count cases showing them (`KNOWN_DEFECTS` in `support/fuzz-bot.ts`) instead of
 * failing. With the fix, a test here starts passing, so vitest reports it: drop its `.fails` and
 * its `KNOWN_DEFECTS` entry then. See the README comment of `slash-commands.test.ts`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/discord/messages.js';
import { FuzzBot } from './support/fuzz-bot.js';
import { hasLoneSurrogate, hostileText } from './support/hostile-text.js';

let bot: FuzzBot;

beforeAll(async () => {
  bot = await FuzzBot.start();
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

/** The replies of a few generated cases, then the known failing one (fast-check runs examples first). */
const RUNS = 5;

/** Texts of BMP characters, then astral ones: a cut at any unit count falls inside a pair for some prefix. */
const astralAfter = (prefix: fc.Arbitrary<string>, count: { min: number; max: number }) =>
  fc.tuple(prefix, fc.integer(count)).map(([p, n]) => p + '🟡'.repeat(n));

describe('known defects found by the fuzz', () => {
  // Defect: SQLite's length() counts characters up to the first NUL, so `CHECK (length(body)
  // BETWEEN 1 AND 4000)` fails for a body starting with U+0000 although validateFeedbackBody
  // accepted it: the member gets the generic error instead of a stored item or a refusal.
  it.fails('stores or refuses a feedback text starting with NUL instead of failing with the generic error', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(200), async (text) => {
        const obs = await bot.observe(() =>
          bot.h.command(bot.h.members.alice, 'feedback', {
            feature: 'dark-mode',
            tags: 'bug',
            message: `\u0000${text}`,
          }),
        );
        expect(obs.internalError?.message ?? null).toBeNull();
      }),
      { numRuns: RUNS, examples: [['Dark mode flickers']] },
    );
  });

  // The next four are one defect: text is cut with String.slice, in UTF-16 units, in many places
  // (dispatcher, render/feedback.ts, render/announcements.ts, render/promotion.ts,
  // render/access.ts, messages.ts, feature-lookup.ts...), never through one helper that keeps
  // whole characters as the conventions ask, so a cut can keep the high half of an emoji.

  // Defect: the dispatcher's clip() shortens a quoted value with `quote.slice(0, 99)` (UTF-16
  // units), which can keep the high half of an emoji: the refusal then holds a lone surrogate
  // (conventions: "Text is cut by one helper that never splits a character").
  it.fails('quotes a long member value in a refusal without cutting a character in two', async () => {
    await fc.assert(
      fc.asyncProperty(astralAfter(fc.constantFrom('', 'x', 'xx'), { min: 50, max: 99 }), async (tags) => {
        const obs = await bot.observe(() =>
          bot.h.command(bot.h.members.alice, 'feedback', { feature: 'dark-mode', tags, message: 'hello' }),
        );
        expect(obs.refusal).not.toBeNull();
        expect(hasLoneSurrogate(obs.reply.content)).toBe(false);
      }),
      { numRuns: RUNS, examples: [[`xx${'🟡'.repeat(60)}`]] },
    );
  });

  // Defect: a refused form hands the typed text back cut with `.slice(0, 4096)` (UTF-16 units),
  // which can split an emoji at the end of the "Your text" embed.
  it.fails('hands a refused form text back without cutting a character in two', async () => {
    const form = bot.harvested.find((c) => c.kind === 'modal')!;
    const field = bot.formFields.get(form.customId)![0]!;
    await fc.assert(
      fc.asyncProperty(astralAfter(fc.constantFrom('x', 'xx'), { min: 2048, max: 3000 }), async (body) => {
        const obs = await bot.observe(() =>
          bot.h.fake.submitModal({
            guildId: bot.h.guild.id,
            userId: bot.h.members.alice.id,
            customId: form.customId,
            fields: { [field]: body },
          }),
        );
        expect(obs.refusal).not.toBeNull();
        expect(obs.reply.embeds[0]?.title).toBe(MESSAGES.yourText);
        expect(hasLoneSurrogate(obs.reply.embeds[0]?.description ?? '')).toBe(false);
      }),
      { numRuns: RUNS, examples: [[`x${'🟡'.repeat(2100)}`]] },
    );
  });

  // Defect: the triage page's excerpt() cuts a feedback body at 179 units with String.slice.
  it.fails('shows feedback with emoji on a triage page without cutting a character in two', async () => {
    await fc.assert(
      fc.asyncProperty(astralAfter(fc.constantFrom('x', 'xx'), { min: 100, max: 300 }), async (message) => {
        await bot.observe(() =>
          bot.h.command(bot.h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'idea', message }),
        );
        const page = await bot.observe(() =>
          bot.h.sub(bot.h.members.maintainer, 'triage', 'list', { feature: 'dark-mode', tag: 'idea' }),
        );
        const values = (page.reply.embeds[0]?.fields ?? []).map((f) => f.value);
        expect(values.length).toBeGreaterThan(0);
        expect(values.filter(hasLoneSurrogate)).toEqual([]);
      }),
      { numRuns: RUNS, examples: [[`xx${'🟡'.repeat(120)}`]] },
    );
  });

  // Defect: the feedback form's title is `Feedback: ${name}` cut at 45 units with String.slice.
  it.fails('titles the feedback form of a feature named with emoji without cutting a character in two', async () => {
    const { h } = bot;
    const role = bot.extraRoles.at(-1)!;
    const created = await bot.observe(() =>
      h.sub(h.members.maintainer, 'feature', 'create', {
        key: 'emoji-name',
        name: `xx${'🟡'.repeat(39)}`,
        description: 'A feature whose name is mostly emoji',
        role: role.id,
      }),
    );
    expect(created.refusal).toBeNull();
    await bot.observe(() =>
      h.sub(h.members.maintainer, 'access', 'grant', { feature: 'emoji-name', member: h.members.alice.id }),
    );
    const form = await bot.observe(() =>
      h.command(h.members.alice, 'feedback', { feature: 'emoji-name', tags: 'bug' }),
    );
    expect(form.reply.type).toBe(9);
    expect(hasLoneSurrogate(form.reply.title ?? '')).toBe(false);
  });

  // Defect: /feature edit answers `MESSAGES.feature.edited(key, Object.keys(patch))`, so the
  // maintainer reads the entity's property names (feedbackChannelId, seatCap, roleId) instead of
  // the options they typed (channel, seats, role).
  it.fails('names the options /feature edit changed as the maintainer typed them', async () => {
    const { h } = bot;
    await fc.assert(
      fc.asyncProperty(fc.subarray(['channel', 'seats', 'role'], { minLength: 1 }), async (options) => {
        const values: Record<string, string | number> = {
          channel: h.channels.feedbackChannel.id,
          seats: 40,
          role: bot.extraRoles[2]!.id,
        };
        const given = Object.fromEntries(options.map((o) => [o, values[o]!]));
        const obs = await bot.observe(() =>
          h.sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', ...given }),
        );
        expect(obs.refusal).toBeNull();
        for (const option of options) expect(obs.reply.content).toMatch(new RegExp(`\\b${option}\\b`));
        expect(obs.reply.content).not.toMatch(/feedbackChannelId|seatCap|roleId/);
      }),
      { numRuns: RUNS, examples: [[['channel', 'seats', 'role']]] },
    );
  });
});
