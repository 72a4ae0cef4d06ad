import type { Migration } from '../migrate.js';

/**
 * A `/triage set` delivered twice (Discord may redeliver an interaction after a gateway resume)
 * must record its change and note once: each triage event keeps the interaction that made it,
 * unique. Events recorded before this migration have none (SQLite lets NULLs repeat in a unique index).
 */
export const triageEventSourceInteraction: Migration = {
  version: 5,
  name: 'triage event source interaction',
  up: `
ALTER TABLE triage_event ADD COLUMN source_interaction_id TEXT;
CREATE UNIQUE INDEX triage_event_by_source_interaction ON triage_event (source_interaction_id);
`,
};
