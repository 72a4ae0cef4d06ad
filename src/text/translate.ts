import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalog.js';
import type { Locale } from './locale.js';
import type { en } from './locales/en.js';

export type MessageKey = keyof typeof en;
/** A language's catalogue: every English key, as an ICU message. */
export type Catalog = { readonly [K in MessageKey]: string };
export type MessageValue = string | number;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;
type ArgumentName<Inner extends string> = Inner extends `${infer Name},${string}` ? Trim<Name> : Trim<Inner>;
type IsName<N extends string> = N extends '' | `${string} ${string}` | `#${string}` ? never : N;
/** The argument names of an ICU message at the top level (nested arguments are checked by the catalogue test). */
type Arguments<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}`
  ? IsName<ArgumentName<Inner>> | Arguments<Rest>
  : never;

/** The values a message needs, by name. */
export type ValuesOf<K extends MessageKey> = { [A in Arguments<(typeof en)[K]>]: MessageValue } & Record<
  string,
  MessageValue
>;
/** The rest parameters of `t` for a key: nothing for a message without placeholders. */
export type ValuesArgument<K extends MessageKey> = [Arguments<(typeof en)[K]>] extends [never]
  ? [values?: Record<string, MessageValue>]
  : [values: ValuesOf<K>];

const compiled = new Map<string, IntlMessageFormat>();

/** Whether `value` names a catalogue message (schemas use keys as their error messages). */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(CATALOGS['en-US'], value);
}

function format(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    const source = CATALOGS[locale][key];
    // ignoreTag: Discord's own markup (<@id>, <#id>, <t:123:f>) is text, not ICU rich-text tags.
    message = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    compiled.set(id, message);
  }
  return message;
}

/** The text of `key` in `locale` with `values` filled in (numbers and plurals by the locale's rules). */
export function t<K extends MessageKey>(locale: Locale, key: K, ...values: ValuesArgument<K>): string {
  return String(format(locale, key).format(values[0] ?? {}));
}

/** A function that speaks one language, handed to renderers. */
export type Translator = <K extends MessageKey>(key: K, ...values: ValuesArgument<K>) => string;

export function translator(locale: Locale): Translator {
  return ((key: MessageKey, values?: Record<string, MessageValue>) =>
    String(format(locale, key).format(values ?? {}))) as Translator;
}
