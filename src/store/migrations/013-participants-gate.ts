import type { Migration } from '../migrate.js';

/**
 * The participants gate (`/setup gates min_participants`): distinct members who, since a feature
 * entered its level, gave feedback on it or voted on one of its items. Gates a guild already set
 * get the product defaults of their transition (5 toward Preview, 10 toward GA), as a guild that
 * never set them reads them. Counting needs no new index: authors come from
 * `feedback_by_feature_level_author` (migration 003), voters from `feedback_vote_by_feature` (009).
 */
export const participantsGate: Migration = {
  version: 13,
  name: 'participants gate',
  up: `
ALTER TABLE gate_setting ADD COLUMN min_participants INTEGER NOT NULL DEFAULT 5 CHECK (min_participants >= 0);
UPDATE gate_setting SET min_participants = 10 WHERE transition = 'preview->ga';
`,
};
