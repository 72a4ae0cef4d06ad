import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/text/catalog.js';
import { SUPPORTED_LOCALES } from '../../src/text/locale.js';
import { en } from '../../src/text/locales/en.js';
import { t } from '../../src/text/translate.js';

/** Each argument of a message with its kind (`plural`, `select`, `number`, `argument`), sorted. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
      if (element.type === TYPE.number) found.add(`${element.value}:number`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

/** Extreme values for a placeholder: long text, huge numbers, and each select's branches. */
function extremeValues(message: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const placeholder of placeholders(message)) {
    const [name, kind] = placeholder.split(':') as [string, string];
    values[name] = kind === 'argument' ? 'x'.repeat(100) : kind === 'select' ? 'yes' : 1_000_000;
  }
  return values;
}

const englishKeys = Object.keys(en).sort();

describe('the text catalogue', () => {
  it('parses every English message as ICU', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(() => parse(message, { ignoreTag: true }), key).not.toThrow();
    }
  });

  it.each(SUPPORTED_LOCALES)('%s has exactly the English keys, each with the same placeholders', (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual(englishKeys);
    for (const key of englishKeys) {
      const english = en[key as keyof typeof en];
      expect(placeholders(catalog[key as keyof typeof en]), `${locale} ${key}`).toEqual(
        placeholders(english),
      );
    }
  });

  it.each(SUPPORTED_LOCALES)(
    'renders every %s message with extreme values within a Discord message',
    (locale) => {
      for (const key of englishKeys) {
        const message = en[key as keyof typeof en];
        const text = t(locale, key as keyof typeof en, extremeValues(message) as never);
        expect(text.length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(text.length, `${locale} ${key}`).toBeLessThanOrEqual(2000);
        expect(text, `${locale} ${key}`).not.toMatch(/\{|\}/);
      }
    },
  );
});
