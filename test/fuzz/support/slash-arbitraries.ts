import { ApplicationCommandOptionType as OptionType } from 'discord.js';
import fc from 'fast-check';
import { COMMANDS } from '../../../commands/index.js';
import type { Actor } from './fuzz-bot.js';
import {
  astralText,
  hasLoneSurrogate,
  hostileText,
  MAX_FUZZ_TEXT,
  oversizedText,
  withLoneSurrogate,
} from './hostile-text.js';

/**
 * Slash-command and autocomplete payloads generated from the registered command list: every
 * command of `COMMANDS`, its subcommands and groups, and each option by its type, choices,
 * min/max and max_length, so a new command or option is fuzzed without touching this file.
 *
 * Values that only mean something in the live server (a feature key, a member, a role) are
 * generated as references (`{ ref, index }`) and resolved when the case is sent, against the
 * server as the earlier cases left it; everything else is a literal.
 */

/** An option of a command's registration JSON, as far as the fuzz reads it. */
export interface OptionDef {
  type: number;
  name: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string | number }[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
  channel_types?: number[];
  options?: OptionDef[];
}

export type RefKind =
  | 'feature-key'
  | 'new-key'
  | 'new-tag'
  | 'tag'
  | 'tag-list'
  | 'invite-code'
  | 'duration'
  | 'feedback-number'
  | 'member'
  | 'role'
  | 'channel'
  | 'other-channel'
  | 'attachment';

export interface Ref {
  ref: RefKind;
  index: number;
  /** Only the first characters, as typed so far. */
  prefix?: number;
}

export type Value = { literal: unknown } | Ref;

/** Payload flaws Discord itself never sends; these must be refused and change nothing. */
export const STRICT_FLAWS = [
  'unknown-command',
  'unknown-subcommand',
  'missing-subcommand',
  'missing-required',
  'wrong-type',
  'out-of-range',
  'not-a-choice',
  'oversized',
] as const;

/** Flaws Discord never sends either, but that a bot may reasonably ignore (an extra option, say). */
export const LENIENT_FLAWS = [
  'unknown-option',
  'duplicate-option',
  'unresolved',
  'wrong-channel-type',
  'unexpected-subcommand',
  'no-focus',
  'two-focused',
  'focus-not-autocomplete',
  'long-in-utf16',
  'null-value',
  'lone-surrogate',
  'empty-id',
] as const;

export type Flaw = (typeof STRICT_FLAWS)[number] | (typeof LENIENT_FLAWS)[number];

export interface GenOption {
  name: string;
  /** The type sent, which a `wrong-type` flaw makes differ from the registered one. */
  type: number;
  value: Value;
  flaw: Flaw | null;
  /** The registered definition (none for an unknown option). */
  def: OptionDef | null;
  focused?: boolean;
}

export interface SlashCase {
  actor: Actor;
  command: string;
  /** null when the command is not registered. */
  maintainerOnly: boolean | null;
  group: string | null;
  sub: string | null;
  options: GenOption[];
  /** Every flaw of the payload: structure flaws and those of its options. */
  flaws: Flaw[];
}

interface Path {
  command: string;
  maintainerOnly: boolean;
  group: string | null;
  sub: string | null;
  defs: OptionDef[];
  /** Whether the command has subcommands at all (a missing one is then a flaw). */
  hasSubcommands: boolean;
}

const DISCORD_INTEGER_LIMIT = 2 ** 53;
const INT32 = 2 ** 31 - 1;

/** Every subcommand (or the command itself) of every registered command. */
export function commandPaths(): Path[] {
  const paths: Path[] = [];
  for (const command of COMMANDS) {
    const options = (command.data.options ?? []) as OptionDef[];
    const base = { command: command.data.name, maintainerOnly: command.maintainerOnly };
    const hasSubcommands = options.some(
      (o) => o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup,
    );
    if (!hasSubcommands) paths.push({ ...base, group: null, sub: null, defs: options, hasSubcommands });
    for (const option of options) {
      if (option.type === OptionType.Subcommand)
        paths.push({ ...base, group: null, sub: option.name, defs: option.options ?? [], hasSubcommands });
      if (option.type === OptionType.SubcommandGroup) {
        for (const sub of option.options ?? [])
          paths.push({ ...base, group: option.name, sub: sub.name, defs: sub.options ?? [], hasSubcommands });
      }
    }
  }
  return paths;
}

/** Names a payload may carry where a command, subcommand or option name belongs. */
const forgedName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    ' ',
    'CREATE',
    'create ',
    'list\u200b',
    'tags add',
    'feature',
    'x'.repeat(33),
  ),
  fc.string({ maxLength: 40 }),
  hostileText(40),
);

const ref = (kind: RefKind): fc.Arbitrary<Value> => fc.nat(1000).map((index) => ({ ref: kind, index }));
const literal = (value: unknown): Value => ({ literal: value });

/** References that suit an option by its name: the fuzz reaches deeper with a real feature key. */
function hintedRefs(def: OptionDef): RefKind[] {
  const name = def.name;
  if (/feature/.test(name)) return ['feature-key'];
  if (/^key$/.test(name)) return ['new-key', 'feature-key'];
  if (/^tags$/.test(name)) return ['tag-list', 'tag'];
  if (/^tag$/.test(name)) return ['tag', 'new-tag'];
  if (/code/.test(name)) return ['invite-code'];
  if (/expire|duration|in$/.test(name)) return ['duration'];
  return ['feature-key', 'tag', 'tag-list', 'invite-code', 'duration'];
}

interface Gen {
  type: number;
  value: Value;
  flaw: Flaw | null;
}

function validValue(def: OptionDef): fc.Arbitrary<Gen> {
  const ok = (value: fc.Arbitrary<Value>) => value.map((v) => ({ type: def.type, value: v, flaw: null }));
  switch (def.type) {
    case OptionType.String: {
      if (def.choices?.length) return ok(fc.constantFrom(...def.choices.map((c) => literal(c.value))));
      const max = Math.min(def.max_length ?? MAX_FUZZ_TEXT, MAX_FUZZ_TEXT);
      const min = def.min_length ?? 0;
      // Within max_length if Discord counts characters, beyond it if it counts UTF-16 units.
      const astral = () =>
        astralText(max).map((text): Gen => ({ type: def.type, value: literal(text), flaw: 'long-in-utf16' }));
      return fc.oneof(
        {
          weight: 12,
          arbitrary: ok(
            fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...hintedRefs(def)).chain(ref) },
              { weight: 4, arbitrary: hostileText(max, min).map(literal) },
              {
                weight: 1,
                arbitrary: fc
                  .oneof(
                    fc.constantFrom('', ' ', '\u200b', '\n', '\u0000', '\u0000x', ' \u0000 '),
                    hostileText(max, max),
                  )
                  .filter((s) => s.length >= min)
                  .map(literal),
              },
            ),
          ),
        },
        ...(max >= 2 ? [{ weight: 1, arbitrary: astral() }] : []),
      );
    }
    case OptionType.Integer:
    case OptionType.Number: {
      const min = def.min_value ?? -DISCORD_INTEGER_LIMIT;
      const max = def.max_value ?? DISCORD_INTEGER_LIMIT;
      const within = (n: number) => Math.min(max, Math.max(min, n));
      const numbers: fc.Arbitrary<number>[] = [
        fc.constantFrom(min, max, within(0), within(1)),
        fc.integer({ min: Math.max(min, -INT32), max: Math.min(max, INT32) }),
        fc.integer({ min: Math.max(min, -INT32), max: Math.min(max, INT32, Math.max(min, -INT32) + 30) }),
      ];
      if (def.type === OptionType.Number)
        numbers.push(fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
      return ok(
        fc.oneof(
          fc.oneof(...numbers).map(literal),
          ...(def.type === OptionType.Integer ? [ref('feedback-number')] : []),
        ),
      );
    }
    case OptionType.Boolean:
      return ok(fc.boolean().map(literal));
    case OptionType.User:
      return ok(ref('member'));
    case OptionType.Role:
      return ok(ref('role'));
    case OptionType.Channel:
      return ok(ref('channel'));
    case OptionType.Mentionable:
      return ok(fc.oneof(ref('member'), ref('role')));
    case OptionType.Attachment:
      return ok(ref('attachment'));
    default:
      return ok(hostileText(100).map(literal));
  }
}

function wrongTypes(def: OptionDef): Gen[] {
  const flaw = 'wrong-type' as const;
  const g = (type: number, value: unknown): Gen => ({ type, value: literal(value), flaw });
  switch (def.type) {
    case OptionType.String:
      return [
        g(3, 42),
        g(3, true),
        g(3, ['dark-mode']),
        g(3, { key: 'dark-mode' }),
        g(4, 7),
        g(5, true),
        g(10, 1.5),
      ];
    case OptionType.Integer:
    case OptionType.Number:
      return [
        g(def.type, '7'),
        g(def.type, true),
        g(def.type, [1]),
        g(3, '7'),
        g(5, false),
        ...(def.type === OptionType.Integer ? [g(4, 1.5), g(10, 2.5)] : [g(4, 2)]),
      ];
    case OptionType.Boolean:
      return [g(5, 'true'), g(5, 1), g(3, 'false'), g(4, 0)];
    default:
      return [
        g(def.type, 12345),
        g(def.type, true),
        g(3, 'everyone'),
        // An empty id reads as no value (a handler may ignore it like a left-out option).
        { type: def.type, value: literal(''), flaw: def.required ? 'missing-required' : 'empty-id' },
      ];
  }
}

function flawedValue(def: OptionDef): fc.Arbitrary<Gen> {
  // A null value reads as a missing option: a flaw of its own only where the option is required.
  const nullValue: Gen = {
    type: def.type,
    value: literal(null),
    flaw: def.required ? 'missing-required' : 'null-value',
  };
  const options: fc.Arbitrary<Gen>[] = [fc.constantFrom(...wrongTypes(def), nullValue)];
  const gen = (flaw: Flaw, value: fc.Arbitrary<unknown>, type = def.type) =>
    value.map((v): Gen => ({ type, value: literal(v), flaw }));
  if (def.type === OptionType.String && def.choices?.length) {
    const values = def.choices.map((c) => c.value);
    options.push(
      gen(
        'not-a-choice',
        fc.oneof(
          hostileText(100),
          fc.constantFrom(
            ...def.choices.flatMap((c) => [
              String(c.value).toUpperCase(),
              ` ${c.value}`,
              `${c.value}\u200b`,
              c.name,
            ]),
          ),
        ),
      ).map((g) => (values.includes(valueOfLiteral(g.value) as string) ? { ...g, flaw: null } : g)),
    );
  }
  if (def.type === OptionType.String && def.max_length !== undefined && def.max_length < MAX_FUZZ_TEXT)
    options.push(gen('oversized', oversizedText(def.max_length)));
  if (def.type === OptionType.Integer || def.type === OptionType.Number) {
    const outside = [
      ...(def.min_value !== undefined ? [def.min_value - 1, def.min_value - 1000] : []),
      ...(def.max_value !== undefined ? [def.max_value + 1, def.max_value * 10 + 1] : []),
      -(2 ** 54),
      2 ** 54,
      1e21,
    ];
    options.push(gen('out-of-range', fc.constantFrom(...outside)));
  }
  if (
    def.type === OptionType.User ||
    def.type === OptionType.Role ||
    def.type === OptionType.Channel ||
    def.type === OptionType.Mentionable
  ) {
    options.push(gen('unresolved', fc.bigInt({ min: 10n ** 16n, max: 10n ** 19n }).map(String)));
  }
  if (def.type === OptionType.Channel && def.channel_types?.length) {
    options.push(
      ref('other-channel').map((value): Gen => ({ type: def.type, value, flaw: 'wrong-channel-type' })),
    );
  }
  return fc.oneof(...options);
}

function valueOfLiteral(value: Value): unknown {
  return 'literal' in value ? value.literal : undefined;
}

/** An option that is there (valid or flawed), or left out (`null`). */
function optionArb(def: OptionDef, autocomplete: boolean): fc.Arbitrary<GenOption | null> {
  const present = fc
    .oneof(
      { weight: autocomplete ? 12 : 8, arbitrary: validValue(def) },
      { weight: 1, arbitrary: flawedValue(def) },
    )
    .map((g): GenOption => ({ name: def.name, ...g, def }));
  // Autocomplete runs while the member is still typing: required options may be missing.
  if (def.required && !autocomplete)
    return fc.oneof({ weight: 20, arbitrary: present }, { weight: 1, arbitrary: fc.constant(null) });
  return fc.oneof(present, fc.constant(null));
}

const extraOption: fc.Arbitrary<GenOption> = fc
  .record({
    name: forgedName,
    type: fc.constantFrom(3, 4, 5, 10),
    value: fc.oneof(hostileText(50), fc.integer(), fc.boolean()),
  })
  .map(({ name, type, value }) => ({ name, type, value: literal(value), flaw: 'unknown-option', def: null }));

type Structure = { kind: 'as-registered' } | { kind: 'renamed'; name: string } | { kind: 'flattened' };

function structureArb(): fc.Arbitrary<Structure> {
  return fc.oneof(
    { weight: 24, arbitrary: fc.constant<Structure>({ kind: 'as-registered' }) },
    { weight: 1, arbitrary: forgedName.map((name): Structure => ({ kind: 'renamed', name })) },
    { weight: 1, arbitrary: fc.constant<Structure>({ kind: 'flattened' }) },
  );
}

/** Prints a case without the option definitions, which fast-check would repeat in every report. */
function printable<T extends SlashCase>(c: T): T {
  return {
    ...c,
    [fc.toStringMethod](this: T) {
      const options = this.options.map(({ def: _def, ...o }) => o);
      return JSON.stringify({ ...this, options }, (_, v) =>
        typeof v === 'string' && v.length > 80 ? `${v.slice(0, 60)}… (${v.length} units)` : v,
      );
    },
  };
}

const pathKey = (command: string, group: string | null, sub: string | null) =>
  JSON.stringify([command, group, sub]);
const REGISTERED = new Set(commandPaths().map((p) => pathKey(p.command, p.group, p.sub)));

function caseForPath(path: Path, autocomplete: boolean): fc.Arbitrary<SlashCase> {
  return fc
    .record({
      // The maintainer more often: a member's maintainer command stops at the permission check.
      actor: fc.oneof(fc.constant<Actor>('member'), {
        weight: 2,
        arbitrary: fc.constant<Actor>('maintainer'),
      }),
      options: fc.tuple(...path.defs.map((def) => optionArb(def, autocomplete))),
      extra: fc.oneof({ weight: 12, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: extraOption }),
      duplicate: fc.oneof(
        { weight: 20, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      structure: structureArb(),
    })
    .map(({ actor, options, extra, duplicate, structure }) => {
      const present = options.filter((o): o is GenOption => o !== null);
      const flaws: Flaw[] = [];
      path.defs.forEach((def, i) => {
        if (def.required && options[i] === null && !autocomplete) flaws.push('missing-required');
      });
      const all = [...present];
      if (extra) all.push(extra);
      if (duplicate && present[0]) {
        all.push({ ...present[0], value: literal('duplicate'), type: 3, flaw: 'duplicate-option' });
      }
      for (const o of all) if (o.flaw) flaws.push(o.flaw);
      let group = path.group;
      let sub = path.sub;
      if (structure.kind === 'renamed') {
        if (group !== null) group = structure.name;
        else if (sub !== null) sub = structure.name;
        else sub = structure.name;
        flaws.push(path.hasSubcommands ? 'unknown-subcommand' : 'unexpected-subcommand');
      } else if (structure.kind === 'flattened' && path.hasSubcommands) {
        // The subcommand is left out: a group without one, or the options at the top level.
        sub = null;
        flaws.push('missing-subcommand');
      }
      return {
        actor,
        command: path.command,
        maintainerOnly: path.maintainerOnly,
        group,
        sub,
        options: all,
        flaws,
      } satisfies SlashCase;
    })
    .map((c) => {
      // A renamed subcommand that happens to be a real one is no flaw.
      const real = REGISTERED.has(pathKey(c.command, c.group, c.sub));
      return printable(real ? { ...c, flaws: c.flaws.filter((f) => f !== 'unknown-subcommand') } : c);
    });
}

const unknownCommand: fc.Arbitrary<SlashCase> = fc
  .record({ actor: fc.constantFrom<Actor>('member', 'maintainer'), name: forgedName, extra: extraOption })
  .filter(({ name }) => !COMMANDS.some((c) => c.data.name === name))
  .map(({ actor, name, extra }) =>
    printable({
      actor,
      command: name,
      maintainerOnly: null,
      group: null,
      sub: null,
      options: [extra],
      flaws: ['unknown-command', 'unknown-option'],
    }),
  );

/** A slash command payload of any registered command (or, rarely, an unknown one). */
export function slashCaseArb(): fc.Arbitrary<SlashCase> {
  const paths = commandPaths();
  return fc.oneof(
    { weight: 30, arbitrary: fc.oneof(...paths.map((p) => caseForPath(p, false))) },
    { weight: 1, arbitrary: unknownCommand },
  );
}

export interface AutocompleteCase extends SlashCase {
  /** The focused option names (Discord sends exactly one, an autocomplete one). */
  focused: string[];
}

/** What a member typed into the focused option: anything, or the start of a real key or tag. */
const typedArb: fc.Arbitrary<Value> = fc.oneof(
  { weight: 3, arbitrary: hostileText(32).map(literal) },
  { weight: 1, arbitrary: withLoneSurrogate(32).map(literal) },
  { weight: 1, arbitrary: hostileText(200).map(literal) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        ref: fc.constantFrom<RefKind>('feature-key', 'tag', 'tag-list'),
        index: fc.nat(1000),
        prefix: fc.nat(12),
      })
      .map((r): Value => r),
  },
);

/** An autocomplete payload: an option marked focused, with a partly typed string value. */
export function autocompleteCaseArb(): fc.Arbitrary<AutocompleteCase> {
  return fc.oneof(
    ...commandPaths().map((path) => {
      const completable = path.defs.filter((d) => d.autocomplete);
      return {
        weight: completable.length > 0 ? 10 : 1,
        arbitrary: caseForPath(path, true).chain((c) => focusArb(path, completable, c)),
      };
    }),
  );
}

function focusArb(path: Path, completable: OptionDef[], c: SlashCase): fc.Arbitrary<AutocompleteCase> {
  return fc
    .record({
      how: fc.oneof(
        { weight: 12, arbitrary: fc.constant('one' as const) },
        { weight: 1, arbitrary: fc.constantFrom('none' as const, 'two' as const, 'any' as const) },
      ),
      pick: fc.nat(10),
      typed: typedArb,
    })
    .map(({ how, pick, typed }): AutocompleteCase => {
      const flaws = [...c.flaws];
      let targets: OptionDef[] = [];
      if (how === 'one' && completable.length > 0) targets = [completable[pick % completable.length]!];
      else if (how === 'two' && path.defs.length > 1) {
        targets = [path.defs[pick % path.defs.length]!, path.defs[(pick + 1) % path.defs.length]!];
        flaws.push('two-focused');
      } else if (how !== 'none' && path.defs.length > 0) {
        targets = [path.defs[pick % path.defs.length]!];
        if (!targets[0]!.autocomplete) flaws.push('focus-not-autocomplete');
      } else flaws.push('no-focus');
      const text = 'literal' in typed ? String(typed.literal) : '';
      const max = targets[0]?.max_length;
      if (max !== undefined && [...text].length > max) flaws.push('oversized');
      if (hasLoneSurrogate(text)) flaws.push('lone-surrogate');
      // The focused option carries what was typed (Discord sends it as a string), not a generated value.
      const kept = c.options.filter((o) => !targets.some((t) => t.name === o.name));
      for (const o of c.options) {
        if (kept.includes(o) || o.flaw === null) continue;
        const at = flaws.indexOf(o.flaw);
        if (at >= 0) flaws.splice(at, 1);
      }
      const focused = targets.map(
        (def): GenOption => ({
          name: def.name,
          type: def.type,
          value: typed,
          flaw: null,
          def,
          focused: true,
        }),
      );
      return printable({ ...c, options: [...kept, ...focused], flaws, focused: targets.map((t) => t.name) });
    });
}
