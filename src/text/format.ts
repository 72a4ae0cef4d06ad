import type { Locale } from './locale.js';

const lists = new Map<Locale, Intl.ListFormat>();

/** Items joined as the locale joins a list ("a, b, c"; "a, b et c" in French). */
export function formatList(locale: Locale, items: readonly string[]): string {
  let format = lists.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'short', type: 'unit' });
    lists.set(locale, format);
  }
  return format.format(items);
}

/** Discord's timestamp markup: each reader's client shows it in their own language and time zone. */
export function discordTimestamp(at: Date, style: 'f' | 'd' | 'R' | 'F' | 't' = 'f'): string {
  return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}
