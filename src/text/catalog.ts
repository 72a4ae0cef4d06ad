import type { Locale } from './locale.js';
import { de } from './locales/de.js';
import { en } from './locales/en.js';
import { es } from './locales/es-ES.js';
import { fr } from './locales/fr.js';
import { ptBR } from './locales/pt-BR.js';
import type { Catalog } from './translate.js';

/**
 * Every language's catalogue, by locale. A language module that misses a key fails to compile,
 * and `test/text/catalog.test.ts` checks keys and placeholders against English's.
 */
export const CATALOGS: Record<Locale, Catalog> = { 'en-US': en, de, fr, 'es-ES': es, 'pt-BR': ptBR };
