import { describe, expect, it } from 'vitest';
import { renderPromotionHistory } from '../../src/discord/render/promotion.js';
import { SUPPORTED_LOCALES } from '../../src/text/index.js';

const MAINTAINER = '300000000000000001';
const start = new Date('2025-03-01T00:00:00.000Z');
const later = (days: number) => new Date(start.getTime() + days * 86_400_000);

describe('promotion history rendering', () => {
  it('keeps the newest level changes when the history would overflow one embed field', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      id: i,
      featureId: 1,
      from: 'early-access' as const,
      to: 'preview' as const,
      byId: MAINTAINER,
      at: later(i),
      note: `${'n'.repeat(150)} ${i}`,
      report: null,
      forced: i % 2 === 0,
    }));
    const field = renderPromotionHistory('en-US', entries);
    expect(field.value.length).toBeLessThanOrEqual(1024);
    const lines = field.value.split('\n');
    expect(lines[0]).toMatch(/^…and \d+ earlier\.$/);
    expect(lines.at(-1)).toContain(' 11');
    for (const locale of SUPPORTED_LOCALES) {
      const translated = renderPromotionHistory(locale, entries).value;
      expect(translated.length, locale).toBeLessThanOrEqual(1024);
      expect(translated.split('\n').at(-1), locale).toContain(' 11');
    }
  });

  it('writes the history in the language of the reader, with the level names as they are', () => {
    const field = renderPromotionHistory('de', [
      {
        id: 1,
        featureId: 1,
        from: 'early-access',
        to: 'preview',
        byId: MAINTAINER,
        at: start,
        note: 'Bereit',
        report: null,
        forced: true,
      },
    ]);
    expect(field).toEqual({
      name: 'Verlauf der Hochstufungen',
      value: `<t:${start.getTime() / 1000}:d> Early Access → Preview durch <@${MAINTAINER}> **(erzwungen)**: Bereit`,
    });
    expect(renderPromotionHistory('de', [])).toEqual({
      name: 'Verlauf der Hochstufungen',
      value: 'Noch keine Stufenwechsel.',
    });
  });

  it('cuts a long note in the history on a whole character, with an ellipsis', () => {
    for (const offset of [0, 1]) {
      const note = `${'x'.repeat(offset)}${'👩‍👩‍👧‍👦e\u0301'.repeat(40)}`;
      const field = renderPromotionHistory('en-US', [
        {
          id: 1,
          featureId: 1,
          from: 'early-access',
          to: 'preview',
          byId: MAINTAINER,
          at: start,
          note,
          report: null,
          forced: false,
        },
      ]);
      const shown = field.value.slice(field.value.indexOf(': ') + 2);
      expect(shown.endsWith('…')).toBe(true);
      expect(shown.length).toBeLessThanOrEqual(200);
      // Whole graphemes only: the shown text minus the ellipsis is a start of the note made of whole units.
      const kept = shown.slice(0, -1);
      expect(note.startsWith(kept)).toBe(true);
      expect(kept.replace(/^x*/, '').length % '👩‍👩‍👧‍👦e\u0301'.length).toBe(0);
    }
  });
});
