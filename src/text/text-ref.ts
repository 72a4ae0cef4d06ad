import type { Locale } from './locale.js';
import { type MessageKey, type MessageValue, t, type ValuesArgument } from './translate.js';

/**
 * A member-visible text that is not in a language yet: a catalogue key and its values. Domain
 * rules and refusals carry these; the edge that knows the reader renders them in their locale.
 */
export interface TextRef<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly values: Readonly<Record<string, MessageValue>>;
}

export function text<K extends MessageKey>(key: K, ...values: ValuesArgument<K>): TextRef<K> {
  return { key, values: values[0] ?? {} };
}

/** The text in `locale`. */
export function renderText(locale: Locale, ref: TextRef): string {
  return (t as (locale: Locale, key: MessageKey, values: Record<string, MessageValue>) => string)(
    locale,
    ref.key,
    ref.values as Record<string, MessageValue>,
  );
}
