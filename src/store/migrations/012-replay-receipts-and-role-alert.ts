import type { Migration } from '../migrate.js';

/**
 * Discord may deliver the same interaction twice (after a gateway resume, also minutes later).
 * A promotion and a single grant or revocation keep the interaction that made them, unique, so a
 * second delivery finds its work done instead of promoting again, or revoking or granting again
 * after someone changed the member's access in between. (A retirement revokes many grants at once
 * and records none.) And a feature role that gained a refused permission after it was picked is
 * reported to the log channel once: `feature.role_alert` holds what was reported
 * (`<role id>:<permission bits>`), cleared when the role is found clean again.
 */
export const replayReceiptsAndRoleAlert: Migration = {
  version: 12,
  name: 'replay receipts of promotions and grants, and feature role alerts',
  up: `
ALTER TABLE promotion ADD COLUMN source_interaction_id TEXT;
CREATE UNIQUE INDEX promotion_by_source_interaction ON promotion (source_interaction_id);
ALTER TABLE access_grant ADD COLUMN source_interaction_id TEXT;
ALTER TABLE access_grant ADD COLUMN revoke_interaction_id TEXT;
CREATE UNIQUE INDEX access_grant_by_source_interaction ON access_grant (source_interaction_id);
CREATE UNIQUE INDEX access_grant_by_revoke_interaction ON access_grant (revoke_interaction_id);
ALTER TABLE feature ADD COLUMN role_alert TEXT;
`,
};
