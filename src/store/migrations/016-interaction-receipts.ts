import type { Migration } from '../migrate.js';

/**
 * Settings-like commands (`/setup`, `/feature`) keep no record of the interaction that made a
 * change, so a second delivery of the same interaction (Discord may send one after a gateway
 * resume, minutes later) applied it again, setting back what another maintainer changed in
 * between. The dispatcher now claims each such interaction here once; rows older than a day are
 * pruned as new ones come (a redelivery comes within minutes).
 */
export const interactionReceipts: Migration = {
  version: 16,
  name: 'interaction receipts of settings-like commands',
  up: `
CREATE TABLE interaction_receipt (
  interaction_id TEXT PRIMARY KEY,
  command TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX interaction_receipt_by_age ON interaction_receipt (at);
`,
};
