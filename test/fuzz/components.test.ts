/**
 * Buttons and forms with forged custom ids and random fields (issue 12): see the README comment
 * at the top of `slash-commands.test.ts` for the properties, the run counts and how to replay a
 * failure.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { ANY_MEMBER } from '../../src/discord/component-id.js';
import type { MessageKey } from '../../src/text/index.js';
import { buildCustomId, type ComponentCase, componentCaseArb } from './support/component-arbitraries.js';
import {
  checkAnswer,
  FuzzBot,
  fuzzParameters,
  fuzzTimeout,
  inputText,
  type Verdict,
} from './support/fuzz-bot.js';

/** Cases per `npm test` run. */
const RUNS = 800;

/** The longest text Discord lets a member type into a form field the bot defines. */
const FORM_FIELD_MAX = 4000;

let bot: FuzzBot;

beforeAll(async () => {
  bot = await FuzzBot.start();
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

/** What the dispatcher must answer, decided the way Discord and the bot's signer see the id. */
function verdictFor(c: ComponentCase, customId: string, fields: Record<string, string>): Verdict {
  const clicker = bot.member(c.actor);
  const input = inputText({ customId, fields });
  const refuse = (why: string, text: MessageKey): Verdict => ({
    discordCouldSend: false,
    mustNotChange: why,
    expectedRefusal: text,
    input,
  });
  const verified = bot.h.bot.deps.signer.verify(customId, bot.clock.now());
  if (verified.kind === 'invalid')
    return refuse('the custom id is not signed by the bot', 'expiredComponent');
  // Anyone may press a button the bot signed for any member (vote buttons); a form is one member's.
  const anyone = c.kind === 'button' && verified.component.ownerId === ANY_MEMBER;
  if (!anyone && verified.component.ownerId !== clicker.id)
    return refuse("the component is another member's", 'notYourComponent');
  if (verified.kind === 'expired') return refuse('the component has expired', 'expiredComponent');
  const command = COMMANDS.find((m) => m.data.name === verified.component.command);
  if (command?.maintainerOnly && !bot.isMaintainerNow(clicker))
    return refuse('a member who is no maintainer used a maintainer component', 'maintainerOnly');
  const handled = c.kind === 'button' ? command?.button : command?.modal;
  if (!handled) return refuse(`no ${c.kind} handler for "${verified.component.command}"`, 'expiredComponent');
  const made = bot.harvested.find((h) => h.customId === customId);
  const defined = bot.formFields.get(customId) ?? [];
  const formAsShown =
    c.kind === 'modal' &&
    defined.length > 0 &&
    defined.every((id) => {
      const value = fields[id] ?? '';
      return value.trim() !== '' && [...value].length <= FORM_FIELD_MAX;
    });
  return {
    // Only a component the bot made, used by its owner as Discord allows, could come from Discord.
    discordCouldSend: made !== undefined && made.kind === c.kind && (c.kind === 'button' || formAsShown),
    mustNotChange: null,
    input,
  };
}

async function sendComponent(c: ComponentCase): Promise<void> {
  await bot.replenish();
  const customId = buildCustomId(bot, c);
  const { h } = bot;
  const member = bot.member(c.actor);
  // A form the bot opened defines its fields; the fake (like Discord) sends only those.
  const defined = bot.formFields.get(customId);
  const fields: Record<string, string> = {};
  for (const field of c.fields) {
    const id = defined ? (defined.includes(field.id) ? field.id : defined[0]!) : field.id;
    fields[id] = field.value;
  }
  const verdict = verdictFor(c, customId, fields);
  const messages = bot.ephemeralMessages;
  const obs = await bot.observe(() =>
    c.kind === 'button'
      ? h.fake.clickButton({
          guildId: h.guild.id,
          userId: member.id,
          customId,
          ...(messages.length > 0 ? { messageId: messages[c.message % messages.length]! } : {}),
        })
      : h.fake.submitModal({
          guildId: h.guild.id,
          userId: member.id,
          channelId: h.channels.general.id,
          customId,
          fields,
          shape: c.shape,
        }),
  );
  bot.count(`${c.kind}: ${c.id.how}`);
  bot.count(verdict.discordCouldSend ? 'as Discord could send them' : 'forged');
  checkAnswer(bot, obs, verdict);
}

describe('buttons and forms with forged custom ids', () => {
  it(
    'answers every click and submit, refuses forged, expired and foreign ids ephemerally and changes nothing when it refuses',
    async () => {
      await fc.assert(fc.asyncProperty(componentCaseArb(bot), sendComponent), fuzzParameters(RUNS));
      expect(bot.stats.get('refused') ?? 0).toBeGreaterThan(0);
      bot.printStats('component fuzz');
    },
    fuzzTimeout(RUNS),
  );
});
