/**
 * Defects the fuzz found (issue 12), each as a property or a case of its own: a regression test
 * once fixed. A defect found and not fixed yet is written here as `it.fails`, and the fuzz files
 * count the cases showing it (`KNOWN_DEFECTS` in `support/fuzz-bot.ts`) instead of failing; with
 * the fix vitest reports the `it.fails` as passing: drop its `.fails` and its `KNOWN_DEFECTS`
 * entry then. See the README comment of `slash-commands.test.ts`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, t } from '../../src/text/index.js';
import { FuzzBot, fingerprintDiff } from './support/fuzz-bot.js';
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

describe('defects found by the fuzz', () => {
  // SQLite's length() counts characters up to the first NUL, so `CHECK (length(body) BETWEEN 1
  // AND 4000)` failed for a body starting with U+0000 although validateFeedbackBody accepted it:
  // the member got the generic error. Text holding NUL is refused now, naming the option (or the
  // form field), wherever the NUL is, in every command: see containsNul in src/domain/text.ts.
  it('refuses a feedback text holding NUL ephemerally, naming the option, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(200), fc.nat(), async (text, at) => {
        const i = at % (text.length + 1);
        const message = `${text.slice(0, i)}\u0000${text.slice(i)}`;
        const obs = await bot.observe(() =>
          bot.h.command(bot.h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'bug', message }),
        );
        expect(obs.internalError?.message ?? null).toBeNull();
        expect(obs.refusal).toBe('option.nulCharacter');
        expect(obs.final.content).toBe(t(DEFAULT_LOCALE, 'option.nulCharacter', { option: 'message' }));
        expect(obs.reply.ephemeral).toBe(true);
        expect(fingerprintDiff(obs.before, obs.after)).toEqual([]);
      }),
      { numRuns: RUNS, examples: [['Dark mode flickers', 0]] },
    );
  });

  it('refuses a feedback form, a triage note and a retire reason holding NUL the same way', async () => {
    const { h } = bot;
    const form = bot.harvested.find((c) => c.kind === 'modal')!;
    const field = bot.formFields.get(form.customId)![0]!;
    const cases = [
      {
        option: field,
        send: () =>
          h.fake.submitModal({
            guildId: h.guild.id,
            userId: h.members.alice.id,
            customId: form.customId,
            fields: { [field]: '\u0000Dark mode flickers' },
          }),
      },
      {
        option: 'note',
        send: () =>
          h.sub(h.members.maintainer, 'triage', 'set', { id: 1, status: 'planned', note: 'a\u0000b' }),
      },
      {
        option: 'reason',
        send: () =>
          h.sub(h.members.maintainer, 'feature', 'retire', { feature: 'dark-mode', reason: '\u0000' }),
      },
      {
        option: 'name',
        send: () =>
          h.sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', name: 'Dark\u0000' }),
      },
    ];
    for (const { option, send } of cases) {
      const obs = await bot.observe(send);
      expect(obs.refusal, option).toBe('option.nulCharacter');
      expect(obs.final.content, option).toBe(t(DEFAULT_LOCALE, 'option.nulCharacter', { option }));
      expect(fingerprintDiff(obs.before, obs.after), option).toEqual([]);
    }
  });

  // The next four were one defect: text was cut with String.slice, in UTF-16 units, in many places,
  // so a cut could keep the high half of an emoji. Every cut goes through cutText (src/domain/text.ts) now.

  // The dispatcher's clip() shortened a quoted value with `quote.slice(0, 99)`, which could keep
  // the high half of an emoji (conventions: "Text is cut by one helper that never splits a character").
  it('quotes a long member value in a refusal without cutting a character in two', async () => {
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

  // A refused form handed the typed text back cut with `.slice(0, 4096)`, which could split an
  // emoji at the end of the "Your text" embed.
  it('hands a refused form text back without cutting a character in two', async () => {
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
        expect(obs.reply.embeds[0]?.title).toBe(t(DEFAULT_LOCALE, 'yourText'));
        expect(hasLoneSurrogate(obs.reply.embeds[0]?.description ?? '')).toBe(false);
      }),
      { numRuns: RUNS, examples: [[`x${'🟡'.repeat(2100)}`]] },
    );
  });

  // The triage page's excerpt() cut a feedback body at 179 units with String.slice.
  it('shows feedback with emoji on a triage page without cutting a character in two', async () => {
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

  // The feedback form's title was `Feedback: ${name}` cut at 45 units with String.slice.
  it('titles the feedback form of a feature named with emoji without cutting a character in two', async () => {
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

  // A validly signed feedback form without a feature id (only a bug or a leaked key could send one)
  // was refused as "There is no active feature `NaN`"; another guild's feature id named its key.
  it('refuses a signed feedback form naming no feature of the server as expired, naming nothing', async () => {
    const { h } = bot;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('', 'zz', '-1', '1.5', 'NaN', 'zzzzzzzzzzzzzz'), async (featureId) => {
        const customId = h.bot.deps.signer.sign({
          command: 'feedback',
          action: 'write',
          args: [featureId, ''],
          ownerId: h.members.alice.id,
          expiresAt: new Date(bot.clock.now().getTime() + 60_000),
        });
        const obs = await bot.observe(() =>
          h.fake.submitModal({
            guildId: h.guild.id,
            userId: h.members.alice.id,
            customId,
            fields: { body: 'A text' },
          }),
        );
        expect(obs.refusal).toBe('expiredComponent');
        expect(obs.final.content).toBe(t(DEFAULT_LOCALE, 'expiredComponent'));
        expect(fingerprintDiff(obs.before, obs.after)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  // /feature edit answered with the patch's keys, so the maintainer read the entity's property
  // names (feedbackChannelId, seatCap, roleId) instead of the options they typed (channel, seats, role).
  it('names the options /feature edit changed as the maintainer typed them', async () => {
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
