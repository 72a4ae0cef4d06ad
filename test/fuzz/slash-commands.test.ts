/**
 * # Fuzz tests of hostile input through the dispatcher (issue 12)
 *
 * Property-based tests (fast-check) that send generated payloads through the fake Discord to the
 * real bot, as a member and as a maintainer, one bot per file shared by every case:
 *
 * - `slash-commands.test.ts` slash commands of every registered command (from `COMMANDS`: its
 *   subcommands, groups and options with their types, choices, min/max and max_length), with
 *   valid, boundary, oversized (up to 6,000 characters of emoji, combining marks, zero-width and
 *   right-to-left characters, lone surrogates, `@everyone`, markdown), mistyped, missing, unknown
 *   and duplicated options, and unknown or missing subcommands and commands;
 * - `autocomplete.test.ts` autocomplete of every option, focused or not, with anything typed;
 * - `components.test.ts` button clicks and form submits with random, well-formed but wrongly
 *   signed, tampered, expired, other members' and validly signed custom ids, and random fields.
 *
 * Properties (`checkAnswer` in `support/fuzz-bot.ts`): every interaction is answered; no reply
 * shows a stack trace, an error name, SQLite text or `undefined`, and an internal error shows only
 * the generic reference-id message, and only for a payload Discord itself could not send; every
 * refusal is ephemeral and leaves the database as it was (row count, max(rowid) and a hash of
 * every table); payloads Discord never sends (a missing required option, a wrong type, a value
 * out of range, unknown subcommand...) and maintainer commands from a member change nothing; no
 * unhandled rejection; no request breaking Discord's OpenAPI description; no message that could
 * ping @everyone. Autocomplete always answers with at most 25 choices and writes nothing.
 *
 * ## Runs
 *
 * `npm test` runs each property with the file's `RUNS` (see each file). A longer run:
 *
 *     FUZZ_RUNS=2000 npx vitest run test/fuzz
 *
 * ## Reproducing a failure
 *
 * fast-check reports `seed` and `path` of the failing case (and the shrunk counterexample). The
 * bot is shared by the cases of a file, so a case may depend on what earlier ones changed:
 *
 *     FUZZ_SEED=<seed> FUZZ_RUNS=<same runs> npx vitest run test/fuzz/<file>   # replays the whole run
 *     FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz/<file>        # only the reported case
 *
 * `FUZZ_SHRINK=0` stops at the first failure without shrinking; `STAGEGATE_TEST_LOG` does not
 * apply here (the fuzz reads the bot's log itself): print `bot.logs` while debugging.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/discord/messages.js';
import { encodeOptions } from './support/encode.js';
import {
  checkAnswer,
  FuzzBot,
  fuzzParameters,
  fuzzTimeout,
  inputText,
  type Verdict,
} from './support/fuzz-bot.js';
import { type SlashCase, STRICT_FLAWS, slashCaseArb } from './support/slash-arbitraries.js';

/** Cases per `npm test` run (each property). */
const RUNS = 150;

let bot: FuzzBot;

beforeAll(async () => {
  bot = await FuzzBot.start();
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

function verdictFor(c: SlashCase, input: string): Verdict {
  const strict = c.flaws.filter((f) => (STRICT_FLAWS as readonly string[]).includes(f));
  const member = bot.member(c.actor);
  if (c.maintainerOnly === null) {
    return {
      discordCouldSend: false,
      mustNotChange: 'the command is unknown',
      expectedRefusal: MESSAGES.unknownCommand,
      input,
    };
  }
  if (c.maintainerOnly && !bot.isMaintainerNow(member)) {
    return {
      discordCouldSend: c.flaws.length === 0,
      mustNotChange: 'a member who is no maintainer used a maintainer command',
      expectedRefusal: MESSAGES.maintainerOnly,
      input,
    };
  }
  return {
    discordCouldSend: c.flaws.length === 0,
    mustNotChange: strict.length > 0 ? `the payload is flawed (${strict.join(', ')})` : null,
    input,
  };
}

async function sendSlash(c: SlashCase): Promise<void> {
  await bot.replenish();
  const encoded = encodeOptions(bot, c);
  const input = inputText(encoded.options);
  const verdict = verdictFor(c, input);
  const obs = await bot.observe(() =>
    bot.h.fake.sendCommand({
      guildId: bot.h.guild.id,
      userId: bot.member(c.actor).id,
      channelId: bot.h.channels.general.id,
      name: c.command,
      options: encoded.options as never,
      resolved: encoded.resolved,
    }),
  );
  bot.count(c.flaws.length === 0 ? 'valid payloads' : 'flawed payloads');
  bot.count(
    c.flaws.some((f) => f.startsWith('unknown-') && f !== 'unknown-option') ||
      c.flaws.includes('missing-subcommand')
      ? 'command: unknown command or subcommand'
      : `command: /${[c.command, c.group, c.sub].filter((p) => p !== null).join(' ')}`,
  );
  checkAnswer(bot, obs, verdict);
}

describe('slash commands with hostile input', () => {
  it(
    'answers every generated slash command, refuses flawed ones ephemerally and changes nothing when it refuses',
    async () => {
      await fc.assert(fc.asyncProperty(slashCaseArb(), sendSlash), fuzzParameters(RUNS));
      // The oracle reads the dispatcher's log: if that stopped naming refusals, every check above would pass vacuously.
      expect(bot.stats.get('refused') ?? 0).toBeGreaterThan(0);
      expect(bot.stats.get('valid payloads') ?? 0).toBeGreaterThan(0);
      bot.printStats('slash-command fuzz');
    },
    fuzzTimeout(RUNS),
  );
});
