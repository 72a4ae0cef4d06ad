import type { Catalog } from '../translate.js';
import { en } from './en.js';

/** Not translated yet: falls back to English text, key by key. */
export const es: Catalog = { ...en };
