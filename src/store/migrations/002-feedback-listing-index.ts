import type { Migration } from '../migrate.js';

// `/triage list` pages a feature's feedback by `#N`, newest first, with a keyset cursor.
export const feedbackListingIndex: Migration = {
  version: 2,
  name: 'feedback listing index',
  up: 'CREATE INDEX feedback_by_feature_number ON feedback (feature_id, number);',
};
