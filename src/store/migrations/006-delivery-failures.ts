import type { Migration } from '../migrate.js';

/**
 * Effects Discord refused for good are reported in groups, not one post per effect: each refusal
 * is recorded here with the cause it shares with others (the same role above the bot's, the same
 * channel without permission), and the reporter posts one line per cause and maintainer.
 * `sending_since` marks a message effect whose delivery started but whose answer was not recorded,
 * so a later attempt first looks for the message instead of posting it a second time.
 */
export const deliveryFailures: Migration = {
  version: 6,
  name: 'delivery failure reports and in-doubt deliveries',
  up: `
CREATE TABLE delivery_failure (
  id INTEGER PRIMARY KEY,
  guild_id TEXT NOT NULL,
  outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
  -- What failures have in common to be told together: the kind of effect, its target, the cause.
  cause_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('role', 'message', 'direct-message')),
  target TEXT NOT NULL,
  advice TEXT NOT NULL,
  actor_id TEXT,
  -- The report of this failure alone, used when it is the only one of its group.
  description TEXT NOT NULL,
  created_at TEXT NOT NULL,
  reported_at TEXT
) STRICT;
CREATE INDEX delivery_failure_unreported ON delivery_failure (guild_id, cause_key) WHERE reported_at IS NULL;
CREATE INDEX delivery_failure_reported ON delivery_failure (guild_id, cause_key, reported_at);

ALTER TABLE outbox ADD COLUMN sending_since TEXT;
`,
};
