/** Discord's limits on an embed (characters), shared by every renderer that builds one. */
export const EMBED_LIMIT = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  /** Titles, descriptions, field names and values, footers and authors of all embeds of one message. */
  total: 6000,
} as const;

/**
 * Cuts `text` to at most `max` UTF-16 code units without splitting a character made of a
 * surrogate pair (an emoji, say), which Discord would show as a replacement character.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
