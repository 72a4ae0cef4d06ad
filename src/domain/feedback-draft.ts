import { err, ok, type Result } from './result.js';

/**
 * Carrying the chosen tags inside the feedback form's `custom_id`, whose whole length is capped at
 * 100 characters and whose parts may not contain `:`.
 *
 * Tags match `[a-z0-9-]`, so the plain form joins them with `.`. When that does not fit the space
 * left, the compact form `~<indexes>~<checksum>` names each tag by its position in the guild's
 * sorted vocabulary (base 36) plus a checksum of the tag names, so a vocabulary changed while the
 * form was open is detected on submit instead of silently mapping to other tags.
 */

const PLAIN_SEPARATOR = '.';
const COMPACT_MARK = '~';

/** FNV-1a over the UTF-16 code units, in base 36; a short, stable fingerprint, not a security measure. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Encodes validated `tags` (each in `vocabulary`) in at most `maxLength` characters, or returns
 * null when even the compact form does not fit.
 */
export function encodeDraftTags(
  tags: readonly string[],
  vocabulary: readonly string[],
  maxLength: number,
): string | null {
  const plain = tags.join(PLAIN_SEPARATOR);
  if (plain.length <= maxLength) return plain;
  const indexes = tags.map((tag) => vocabulary.indexOf(tag));
  if (indexes.some((i) => i < 0)) return null;
  const compact = `${COMPACT_MARK}${indexes.map((i) => i.toString(36)).join(PLAIN_SEPARATOR)}${COMPACT_MARK}${checksum(tags.join(','))}`;
  return compact.length <= maxLength ? compact : null;
}

/**
 * Reads tags back from `encodeDraftTags`. The plain form decodes as is (the caller validates the
 * tags against the vocabulary again); the compact form fails when the vocabulary no longer maps the
 * indexes to the same tags.
 */
export function decodeDraftTags(encoded: string, vocabulary: readonly string[]): Result<string[], 'changed'> {
  if (!encoded.startsWith(COMPACT_MARK)) {
    return ok(encoded.length === 0 ? [] : encoded.split(PLAIN_SEPARATOR));
  }
  const [, indexPart = '', sum = ''] = encoded.split(COMPACT_MARK);
  const tags: string[] = [];
  for (const piece of indexPart.split(PLAIN_SEPARATOR)) {
    const tag = /^[0-9a-z]+$/.test(piece) ? vocabulary[Number.parseInt(piece, 36)] : undefined;
    if (tag === undefined) return err('changed');
    tags.push(tag);
  }
  return checksum(tags.join(',')) === sum ? ok(tags) : err('changed');
}
