import fc from 'fast-check';
import { COMMANDS } from '../../../commands/index.js';
import type { ComponentAction } from '../../../src/discord/component-id.js';
import type { Actor, FuzzBot } from './fuzz-bot.js';
import { hostileText, MAX_FUZZ_TEXT } from './hostile-text.js';

/**
 * Button clicks and form submits with forged custom ids. The templates are the components the
 * seeded flows made (a triage page button, consent buttons, a feedback form), read back with the
 * bot's own signer, so new buttons and forms of those flows are covered as they change.
 */

/** Whose id a forged component carries: the clicker's, another member's, or any text. */
export type Owner = { who: 'self' } | { who: 'other' } | { who: 'literal'; id: string };

export interface Parts {
  command: string;
  action: string;
  args: string[];
  owner: Owner;
  /** Expiry relative to the bot's clock, in seconds (negative: already expired). */
  expiresIn: number;
}

export type IdSpec =
  /** Any text: almost surely not a signed id. */
  | { how: 'random'; text: string }
  /** A component the bot made in the seeded flows, sent as it is. */
  | { how: 'harvested'; index: number }
  /** A harvested id with one character changed. */
  | { how: 'tampered'; index: number; position: number; char: string }
  /** Well-formed parts with a signature that is not theirs. */
  | { how: 'forged-signature'; parts: Parts; signature: string }
  /** Parts signed with the bot's own key: what only a bug in the bot (or a leaked key) could send. */
  | { how: 'signed'; parts: Parts };

export interface FieldSpec {
  id: string;
  value: string;
}

export interface ComponentCase {
  kind: 'button' | 'modal';
  actor: Actor;
  id: IdSpec;
  /** Form fields (modals only). */
  fields: FieldSpec[];
  shape: 'actionRow' | 'label';
  /** Which seeded ephemeral message a click lands on (buttons only). */
  message: number;
}

/** A custom id part: no `:` (the separator), which the signer refuses. */
const part = (maxLength: number) => hostileText(maxLength).map((s) => s.replaceAll(':', '_'));

export function componentCaseArb(bot: FuzzBot): fc.Arbitrary<ComponentCase> {
  const fieldIds = [...new Set([...bot.formFields.values()].flat())];
  const fieldValue = fc.oneof(
    { weight: 4, arbitrary: hostileText(4000) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\n', '\u200b') },
    { weight: 1, arbitrary: hostileText(MAX_FUZZ_TEXT, 4001) },
  );
  const fieldId = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...(fieldIds.length > 0 ? fieldIds : ['body'])) },
    { weight: 1, arbitrary: part(30) },
  );
  return fc.constantFrom<ComponentCase['kind']>('button', 'modal').chain((kind) =>
    fc
      .record({
        kind: fc.constant(kind),
        actor: fc.constantFrom<Actor>('member', 'maintainer'),
        id: idArb(bot, kind),
        fields:
          kind === 'modal'
            ? fc.array(fc.record({ id: fieldId, value: fieldValue }), { maxLength: 3 })
            : fc.constant([]),
        shape: fc.constantFrom<ComponentCase['shape']>('actionRow', 'label'),
        message: fc.nat(100),
      })
      .map((c): ComponentCase => printableComponent({ ...c, fields: [...c.fields] })),
  );
}

/** Prints a case with long field values cut, as fast-check would repeat them in full. */
function printableComponent<T extends ComponentCase>(c: T): T {
  return {
    ...c,
    [fc.toStringMethod](this: T) {
      return JSON.stringify({ ...this }, (_, v) =>
        typeof v === 'string' && v.length > 80 ? `${v.slice(0, 60)}… (${v.length} units)` : v,
      );
    },
  };
}

/**
 * Custom ids for a button (or a form): mostly close to what the bot makes for that kind, so that
 * validly signed cases reach the handlers, sometimes anything.
 */
function idArb(bot: FuzzBot, kind: ComponentCase['kind']): fc.Arbitrary<IdSpec> {
  const verify = (customId: string) => bot.h.bot.deps.signer.verify(customId, bot.clock.now());
  const all = bot.harvested.map((h, index) => ({ ...h, index }));
  const sameKind = all.filter((h) => h.kind === kind);
  const pool = sameKind.length > 0 ? sameKind : all;
  const templates = pool.flatMap((h) => {
    const verified = verify(h.customId);
    return verified.kind === 'invalid' ? [] : [verified.component];
  });
  if (templates.length === 0) throw new Error('fuzz: no harvested component to start from');
  const anyAction = fc.constantFrom(
    ...all.flatMap((h) => {
      const verified = verify(h.customId);
      return verified.kind === 'invalid' ? [] : [verified.component.action];
    }),
  );
  const parts: fc.Arbitrary<Parts> = fc.constantFrom(...templates).chain((t) =>
    fc.record({
      command: fc.oneof(
        { weight: 6, arbitrary: fc.constant(t.command) },
        { weight: 1, arbitrary: fc.constantFrom(...COMMANDS.map((c) => c.data.name)) },
        { weight: 1, arbitrary: part(20) },
      ),
      action: fc.oneof(
        { weight: 6, arbitrary: fc.constant(t.action) },
        { weight: 1, arbitrary: anyAction },
        { weight: 1, arbitrary: part(20) },
      ),
      args: fc.oneof(
        { weight: 3, arbitrary: fc.constant(t.args) },
        {
          weight: 3,
          arbitrary: fc
            .tuple(
              fc.nat(5),
              fc.oneof(part(20), fc.nat().map(String), fc.constantFrom('0', '-1', '1e3', '999999999999')),
            )
            .map(([i, v]) => t.args.map((x, j) => (j === i % Math.max(t.args.length, 1) ? v : x))),
        },
        { weight: 1, arbitrary: fc.array(part(16), { maxLength: 6 }) },
      ),
      owner: fc.oneof(
        { weight: 4, arbitrary: fc.constant<Owner>({ who: 'self' }) },
        { weight: 1, arbitrary: fc.constant<Owner>({ who: 'other' }) },
        { weight: 1, arbitrary: part(20).map((id): Owner => ({ who: 'literal', id })) },
      ),
      expiresIn: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 3600 }) },
        { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1, -365 * 86_400, 10 ** 10) },
        { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
      ),
    }),
  );
  const signature = fc.oneof(
    fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      minLength: 16,
      maxLength: 16,
    }),
    fc.constantFrom(...all.map((h) => h.customId.slice(h.customId.lastIndexOf(':') + 1))),
    hostileText(20),
  );
  const harvestedIndex = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pool.map((h) => h.index)) },
    { weight: 1, arbitrary: fc.nat(all.length - 1) },
  );
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.string({ maxLength: 100 }),
          hostileText(120),
          fc.array(part(12), { maxLength: 8 }).map((p) => p.join(':')),
        )
        .map((text): IdSpec => ({ how: 'random', text })),
    },
    { weight: 2, arbitrary: harvestedIndex.map((index): IdSpec => ({ how: 'harvested', index })) },
    {
      weight: 2,
      arbitrary: fc
        .record({
          index: harvestedIndex,
          position: fc.nat(99),
          char: fc.string({ minLength: 1, maxLength: 1 }),
        })
        .map((t): IdSpec => ({ how: 'tampered', ...t })),
    },
    {
      weight: 2,
      arbitrary: fc.record({ parts, signature }).map((f): IdSpec => ({ how: 'forged-signature', ...f })),
    },
    { weight: 4, arbitrary: parts.map((p): IdSpec => ({ how: 'signed', parts: p })) },
  );
}

/** The custom id a case sends, built against the bot's signer and clock now. */
export function buildCustomId(bot: FuzzBot, c: ComponentCase): string {
  const clicker = bot.member(c.actor).id;
  const other = bot.member(c.actor === 'member' ? 'maintainer' : 'member').id;
  const ownerId = (owner: Owner) =>
    owner.who === 'self' ? clicker : owner.who === 'other' ? other : owner.id;
  const action = (p: Parts): ComponentAction => ({
    command: p.command,
    action: p.action,
    args: p.args,
    ownerId: ownerId(p.owner),
    expiresAt: new Date(bot.clock.now().getTime() + p.expiresIn * 1000),
  });
  switch (c.id.how) {
    case 'random':
      return c.id.text;
    case 'harvested':
      return bot.harvested[c.id.index % bot.harvested.length]!.customId;
    case 'tampered': {
      const base = bot.harvested[c.id.index % bot.harvested.length]!.customId;
      const at = c.id.position % base.length;
      return base.slice(0, at) + c.id.char + base.slice(at + 1);
    }
    case 'forged-signature': {
      const a = action(c.id.parts);
      const unsigned = [
        a.command,
        a.action,
        ...a.args,
        a.ownerId,
        Math.floor(a.expiresAt.getTime() / 1000).toString(36),
      ];
      return `${unsigned.join(':')}:${c.id.signature}`;
    }
    case 'signed': {
      // The signer refuses ids over 100 characters: drop arguments, then shorten, until it fits.
      const a = action(c.id.parts);
      for (let args = a.args; ; args = args.slice(0, -1)) {
        try {
          return bot.h.bot.deps.signer.sign({ ...a, args });
        } catch (error) {
          if (args.length === 0) {
            return bot.h.bot.deps.signer.sign({
              ...a,
              command: a.command.slice(0, 20),
              action: a.action.slice(0, 20),
              args: [],
            });
          }
          if (!String(error).includes('too long')) throw error;
        }
      }
    }
  }
}
