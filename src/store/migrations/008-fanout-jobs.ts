import type { Migration } from '../migrate.js';

/**
 * A change that touches many members (a role move, a retirement, a promotion with a long waitlist
 * or the GA `remove` policy) writes its per-member outbox rows in batches: the first batch in the
 * change's own transaction, the rest in the background, one short transaction each, so other
 * interactions are answered meanwhile. A job row remembers where it stands (`cursor`: the last
 * grant or waitlist entry id done), so a restart continues where it stopped.
 */
export const fanoutJobs: Migration = {
  version: 8,
  name: 'fan-out jobs',
  up: `
CREATE TABLE fanout_job (
  id INTEGER PRIMARY KEY,
  guild_id TEXT NOT NULL,
  feature_id INTEGER NOT NULL REFERENCES feature (id),
  kind TEXT NOT NULL CHECK (kind IN ('role-move', 'retire-roles', 'ga-role-remove', 'waitlist-opened')),
  actor_id TEXT,
  params TEXT NOT NULL,
  cursor INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  finished_at TEXT
) STRICT;
CREATE INDEX fanout_job_unfinished ON fanout_job (id) WHERE finished_at IS NULL;
CREATE INDEX access_grant_live ON access_grant (feature_id, id) WHERE revoked_at IS NULL;
CREATE INDEX access_grant_revoked ON access_grant (feature_id, revoked_at, id) WHERE revoked_at IS NOT NULL;
CREATE INDEX waitlist_closed ON waitlist_entry (feature_id, closed_at, id) WHERE closed_at IS NOT NULL;
`,
};
