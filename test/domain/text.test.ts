import { describe, expect, it } from 'vitest';
import { cutText } from '../../src/domain/text.js';

/** A lone surrogate is half a character: what a cut inside a surrogate pair leaves behind. */
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('cutText', () => {
  it('leaves a text that fits untouched, up to exactly the limit', () => {
    expect(cutText('', 5)).toBe('');
    expect(cutText('hello', 5)).toBe('hello');
    expect(cutText('😀😀', 4)).toBe('😀😀');
  });

  it('cuts a longer text to the limit with an ellipsis counted in it', () => {
    expect(cutText('hello world', 6)).toBe('hello…');
    expect(cutText('hello world', 1)).toBe('…');
    expect(cutText('hello world', 0)).toBe('');
  });

  it('never splits an emoji, wherever the limit falls', () => {
    for (let offset = 0; offset < 3; offset++) {
      const text = `${'a'.repeat(offset)}${'😀'.repeat(20)}`;
      for (let max = 1; max < text.length; max++) {
        const cut = cutText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(hasLoneSurrogate(cut)).toBe(false);
        expect(cut.endsWith('…')).toBe(true);
        // As long as possible: one more code unit of room would not fit another whole emoji.
        expect(max - cut.length).toBeLessThanOrEqual(1);
        expect(text.startsWith(cut.slice(0, -1))).toBe(true);
      }
    }
  });

  it('keeps emoji sequences joined with zero-width joiners or skin tones whole', () => {
    const family = '👨‍👩‍👧';
    const wave = '👋🏽';
    for (let max = 1; max <= family.length + wave.length; max++) {
      const cut = cutText(`${family}${wave}!`, max).slice(0, -1);
      expect(['', family, `${family}${wave}`]).toContain(cut);
    }
  });

  it('keeps a letter and its combining marks together', () => {
    // "e" followed by a combining acute accent and a combining diaeresis: one character on screen.
    const accented = 'e\u0301\u0308';
    const text = `ab${accented}cd`;
    expect(cutText(text, 3)).toBe('ab…');
    expect(cutText(text, 4)).toBe('ab…');
    expect(cutText(text, 5)).toBe('ab…');
    expect(cutText(text, 6)).toBe(`ab${accented}…`);
  });

  it('keeps a flag (two regional indicators) whole', () => {
    const flags = '🇫🇷🇩🇪';
    expect(cutText(flags, 5)).toBe('🇫🇷…');
    expect(cutText(flags, 4)).toBe('…');
  });
});
