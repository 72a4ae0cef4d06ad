/**
 * Whether a text holds U+0000. Stagegate refuses such text rather than storing it: SQLite's
 * `length()` stops at the first NUL (so a length CHECK would judge the wrong text), and an
 * invisible character carries nothing a reader could see.
 */
export function containsNul(text: string): boolean {
  return text.includes('\u0000');
}

/** Appended to a text that was cut, so the reader sees that something is missing. */
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` when it holds at most `max` UTF-16 code units (what Discord's limits count), else its
 * longest start of whole graphemes that leaves room for `…`, followed by `…`. A grapheme is what a
 * reader sees as one character, so neither a surrogate pair (an emoji) nor a letter with its
 * combining marks is ever split. The result never exceeds `max`.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const room = max - ELLIPSIS.length;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}${ELLIPSIS}`;
}
