import type { Migration } from '../migrate.js';
import { initialSchema } from './001-initial-schema.js';
import { feedbackListingIndex } from './002-feedback-listing-index.js';
import { feedbackTagSummary } from './003-feedback-tag-summary.js';
import { votesAndNotifications } from './004-votes-and-notifications.js';

/** Every migration in order; append only, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  feedbackListingIndex,
  feedbackTagSummary,
  votesAndNotifications,
];
