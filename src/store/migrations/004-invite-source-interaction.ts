import type { Migration } from '../migrate.js';

/**
 * Discord may deliver the same interaction twice (after a gateway resume). `/invite create` and
 * `/invite admit` remember the interaction that made each invite, so a second delivery finds them
 * and answers again instead of making another invite or admitting the next members. One
 * interaction makes at most one invite per target (an untargeted invite counts as one target).
 */
export const inviteSourceInteraction: Migration = {
  version: 4,
  name: 'invite source interaction',
  up: `
ALTER TABLE invite ADD COLUMN source_interaction_id TEXT;
CREATE UNIQUE INDEX invite_by_source_interaction
  ON invite (source_interaction_id, coalesce(target_member_id, ''))
  WHERE source_interaction_id IS NOT NULL;
`,
};
