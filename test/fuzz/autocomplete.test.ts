/**
 * Autocomplete with hostile input (issue 12): see the README comment at the top of
 * `slash-commands.test.ts` for the properties, the run counts and how to replay a failure.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeOptions } from './support/encode.js';
import {
  FuzzBot,
  fingerprintDiff,
  fuzzParameters,
  fuzzTimeout,
  inputText,
  splitCharacters,
} from './support/fuzz-bot.js';
import { type AutocompleteCase, autocompleteCaseArb } from './support/slash-arbitraries.js';

/** Cases per `npm test` run. */
const RUNS = 500;

/** Discord's limits on an autocomplete answer. */
const MAX_CHOICES = 25;
const MAX_CHOICE_NAME = 100;

let bot: FuzzBot;

beforeAll(async () => {
  bot = await FuzzBot.start();
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

async function sendAutocomplete(c: AutocompleteCase): Promise<void> {
  await bot.replenish();
  const encoded = encodeOptions(bot, c);
  const obs = await bot.observe(() =>
    bot.h.fake.sendAutocomplete({
      guildId: bot.h.guild.id,
      userId: bot.member(c.actor).id,
      channelId: bot.h.channels.general.id,
      name: c.command,
      focused: c.focused[0] ?? '',
      options: encoded.options as never,
      resolved: encoded.resolved,
    }),
  );
  const problems: string[] = [];
  if (obs.reply.type !== 8) problems.push(`answered with callback ${obs.reply.type}, not 8`);
  if (obs.reply.choices.length > MAX_CHOICES) problems.push(`${obs.reply.choices.length} choices`);
  for (const choice of obs.reply.choices) {
    const name = [...choice.name].length;
    if (name < 1 || name > MAX_CHOICE_NAME) problems.push(`a choice name of ${name} characters`);
    if (typeof choice.value === 'string' && [...choice.value].length > MAX_CHOICE_NAME)
      problems.push(`a choice value of ${choice.value.length} units`);
  }
  problems.push(...splitCharacters(obs.requests, inputText(encoded.options)));
  const changed = fingerprintDiff(obs.before, obs.after);
  if (changed.length > 0) problems.push(`autocomplete changed the database: ${changed.join(', ')}`);
  const failed = obs.problems.filter((l) => l.msg === 'autocomplete failed');
  // Discord sends one focused option, the value typed so far: a handler must cope with anything typed.
  if (failed.length > 0 && c.flaws.length === 0)
    problems.push(`autocomplete failed on a payload Discord could send: ${failed[0]?.err?.message}`);
  if (failed.length > 0) bot.count(`autocomplete failed: ${failed[0]?.err?.message?.slice(0, 60)}`);
  const errors = obs.problems.filter((l) => l.level >= 50);
  if (errors.length > 0) problems.push(`the bot logged errors: ${errors.map((l) => l.msg).join('; ')}`);
  if (obs.unhandled.length > 0) problems.push(`unhandled rejection: ${String(obs.unhandled[0])}`);
  if (bot.h.fake.violations.length > 0) {
    problems.push(`requests broke the Discord API description: ${JSON.stringify(bot.h.fake.violations[0])}`);
    bot.h.fake.clearViolations();
  }
  bot.count(obs.reply.choices.length > 0 ? 'answered with choices' : 'answered with no choice');
  bot.count(c.flaws.length === 0 ? 'valid payloads' : 'flawed payloads');
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

describe('autocomplete with hostile input', () => {
  it(
    'answers every autocomplete with at most 25 well-formed choices and writes nothing',
    async () => {
      await fc.assert(fc.asyncProperty(autocompleteCaseArb(), sendAutocomplete), fuzzParameters(RUNS));
      expect(bot.stats.get('answered with choices') ?? 0).toBeGreaterThan(0);
      bot.printStats('autocomplete fuzz');
    },
    fuzzTimeout(RUNS),
  );
});
