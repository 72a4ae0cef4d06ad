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
});
