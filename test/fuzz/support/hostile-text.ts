import fc from 'fast-check';

/** Discord's cap on a string option value, and the longest text the fuzz sends anywhere. */
export const MAX_FUZZ_TEXT = 6000;

/**
 * Pieces of text that have broken text handling somewhere: mentions and markdown (a reply must not
 * ping or break its code spans), invisible and direction-changing characters, combining marks,
 * multi-code-point emoji, control characters (NUL included), and strings that mean something to
 * SQL, templates or JavaScript objects. Lone surrogates are kept apart ({@link LONE_SURROGATES}):
 * Discord carries UTF-8 and cannot deliver them, and text the bot sends must never hold one it
 * made by cutting a character in two.
 */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '**bold**',
  '__underline__',
  '~~strike~~',
  '||spoiler||',
  '`',
  '``',
  '```',
  '```js\nx\n```',
  '> quote\n',
  '# heading\n',
  '-# small\n',
  '[link](https://example.com)',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u2066',
  '\u0301',
  'e\u0301',
  'Z\u0337\u0322\u031b\u034e\u0344a\u0338l\u0337g\u0335o\u0336',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\n',
  '\t',
  '\u2028',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇫🇷',
  '\ufdfa',
  'שָׁלוֹם',
  'مرحبا',
  '𝕳𝖊𝖑𝖑𝖔',
  "'; DROP TABLE feature; --",
  '%s%n%d',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax as member text, on purpose
  '${process.exit()}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'toString',
  ':',
  '::',
  ',',
  ', ,',
  ' ',
  '-',
  '0',
  '-1',
  '1e309',
];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** The first `units` UTF-16 units of a text, one fewer when the cut would split a surrogate pair. */
export function cutUnits(text: string, units: number): string {
  const cut = text.slice(0, units);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * Well-formed text of at most `maxLength` UTF-16 units (and at least `minLength`, when it fits),
 * from short random strings to mixes of hostile fragments and long repetitions.
 */
export function hostileText(maxLength: number, minLength = 0): fc.Arbitrary<string> {
  const clamp = (text: string): string => {
    if (text.length > maxLength) return cutUnits(text, maxLength);
    if (text.length >= minLength) return text;
    return text + 'x'.repeat(minLength - text.length);
  };
  const short = Math.min(maxLength, 40);
  return fc.oneof(
    { weight: 2, arbitrary: fc.string({ maxLength: short }).map(clamp) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: short }).map(clamp) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: short }).map(clamp) },
    { weight: 3, arbitrary: fc.array(fragment, { maxLength: 24 }).map((parts) => clamp(parts.join(''))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.array(fragment, { minLength: 1, maxLength: 4 }),
          fc.integer({ min: minLength, max: maxLength }),
        )
        .map(([parts, length]) => {
          const unit = parts.join('') || 'x';
          return clamp(cutUnits(unit.repeat(Math.ceil(length / unit.length)), length));
        }),
    },
  );
}

/** Halves of surrogate pairs: what a cut in the wrong place leaves behind. */
export const LONE_SURROGATES: readonly string[] = ['\ud83d', '\ude00', '\udbff', '\udc00'];

/** Text with a lone surrogate somewhere: only for input that is never stored (autocomplete). */
export function withLoneSurrogate(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(hostileText(Math.max(maxLength - 1, 0)), fc.constantFrom(...LONE_SURROGATES), fc.nat())
    .map(([text, lone, at]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + lone + text.slice(i);
    });
}

/** Whether a text holds half of a surrogate pair without the other half. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

/** Unicode code points of a text: how zod (and the product's "characters") measure a length. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Text longer than `limit` characters (code points, so it is too long however it is counted),
 * even once trimmed as the bot does, and at most a few characters over {@link MAX_FUZZ_TEXT}.
 */
export function oversizedText(limit: number): fc.Arbitrary<string> {
  return hostileText(MAX_FUZZ_TEXT, Math.min(limit + 1, MAX_FUZZ_TEXT)).map((text) => {
    let out = text;
    for (let missing = limit + 1 - codePoints(out.trim()); missing > 0; ) {
      out += 'x'.repeat(missing);
      missing = limit + 1 - codePoints(out.trim());
    }
    return out;
  });
}

/**
 * Text of at most `limit` code points but more than `limit` UTF-16 units (astral characters):
 * within a limit counted in characters, beyond one counted in units.
 */
export function astralText(limit: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('🟡', '𒍛', '𝕳', '👩‍👩‍👧‍👦', '😀'),
      fc.integer({ min: Math.ceil(limit / 2) + 1, max: limit }),
    )
    .map(([unit, count]) => cutUnits(unit.repeat(count), 2 * limit))
    .map((text) => Array.from(text).slice(0, limit).join(''))
    .filter((text) => text.length > limit);
}
