import type { Migration } from '../migrate.js';
import { initialSchema } from './001-initial-schema.js';

/** Every migration in order; append only, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];
