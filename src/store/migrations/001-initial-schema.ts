import type { Migration } from '../migrate.js';

// Times are ISO 8601 UTC strings: they sort lexicographically and read well in exports.
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: `
CREATE TABLE app_secret (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
) STRICT;

CREATE TABLE guild_settings (
  guild_id TEXT PRIMARY KEY,
  announcement_channel_id TEXT,
  maintainer_role_id TEXT,
  log_channel_id TEXT,
  feedback_per_minute INTEGER NOT NULL DEFAULT 5 CHECK (feedback_per_minute BETWEEN 1 AND 1000),
  ga_role_policy TEXT NOT NULL DEFAULT 'keep' CHECK (ga_role_policy IN ('keep', 'remove')),
  next_feedback_number INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE guild_tag (
  guild_id TEXT NOT NULL REFERENCES guild_settings (guild_id),
  tag TEXT NOT NULL,
  PRIMARY KEY (guild_id, tag)
) STRICT, WITHOUT ROWID;

CREATE TABLE gate_setting (
  guild_id TEXT NOT NULL REFERENCES guild_settings (guild_id),
  transition TEXT NOT NULL CHECK (transition IN ('early-access->preview', 'preview->ga')),
  min_feedback INTEGER NOT NULL CHECK (min_feedback >= 0),
  min_days INTEGER NOT NULL CHECK (min_days >= 0),
  max_open_blockers INTEGER NOT NULL CHECK (max_open_blockers >= 0),
  PRIMARY KEY (guild_id, transition)
) STRICT, WITHOUT ROWID;

CREATE TABLE level_terms (
  guild_id TEXT NOT NULL REFERENCES guild_settings (guild_id),
  level TEXT NOT NULL CHECK (level IN ('early-access', 'preview')),
  text TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (guild_id, level)
) STRICT, WITHOUT ROWID;

CREATE TABLE feature (
  id INTEGER PRIMARY KEY,
  guild_id TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('early-access', 'preview', 'ga')),
  level_entered_at TEXT NOT NULL,
  role_id TEXT NOT NULL,
  feedback_channel_id TEXT,
  seat_cap INTEGER CHECK (seat_cap IS NULL OR seat_cap >= 1),
  admissions_paused INTEGER NOT NULL DEFAULT 0 CHECK (admissions_paused IN (0, 1)),
  state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retired')),
  retired_at TEXT,
  retired_by TEXT,
  retire_reason TEXT,
  -- The level at which the readiness notice was last posted, so it is posted once per level.
  ready_notice_level TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (guild_id, key)
) STRICT;

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  guild_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  feature_id INTEGER NOT NULL REFERENCES feature (id),
  level TEXT NOT NULL CHECK (level IN ('early-access', 'preview', 'ga')),
  author_id TEXT NOT NULL,
  body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  status TEXT NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'acknowledged', 'planned', 'resolved', 'wont-fix', 'duplicate')),
  source_interaction_id TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  UNIQUE (guild_id, number)
) STRICT;
CREATE INDEX feedback_by_feature_created ON feedback (feature_id, created_at);
CREATE INDEX feedback_by_feature_level_status ON feedback (feature_id, level, status);
CREATE INDEX feedback_by_author_created ON feedback (author_id, created_at);

CREATE TABLE feedback_tag (
  feedback_id INTEGER NOT NULL REFERENCES feedback (id),
  tag TEXT NOT NULL,
  PRIMARY KEY (feedback_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX feedback_tag_by_tag ON feedback_tag (tag, feedback_id);

-- Every triage change: who, when, what moved. Feedback rows keep only the current state.
CREATE TABLE triage_event (
  id INTEGER PRIMARY KEY,
  feedback_id INTEGER NOT NULL REFERENCES feedback (id),
  actor_id TEXT NOT NULL,
  at TEXT NOT NULL,
  old_status TEXT,
  new_status TEXT,
  old_tags TEXT,
  new_tags TEXT,
  note TEXT
) STRICT;
CREATE INDEX triage_event_by_feedback ON triage_event (feedback_id, id);

CREATE TABLE invite (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  feature_id INTEGER NOT NULL REFERENCES feature (id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  target_member_id TEXT,
  uses INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0),
  max_uses INTEGER CHECK (max_uses IS NULL OR max_uses >= 1),
  expires_at TEXT,
  revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
  revoked_at TEXT,
  revoked_by TEXT
) STRICT;
CREATE INDEX invite_by_feature ON invite (feature_id, id);
CREATE INDEX invite_by_target ON invite (feature_id, target_member_id);

CREATE TABLE access_grant (
  id INTEGER PRIMARY KEY,
  feature_id INTEGER NOT NULL REFERENCES feature (id),
  member_id TEXT NOT NULL,
  how TEXT NOT NULL CHECK (how IN ('invite', 'sign-up', 'maintainer')),
  invite_id INTEGER REFERENCES invite (id),
  terms_version INTEGER,
  terms_accepted_at TEXT,
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT,
  revoke_reason TEXT
) STRICT;
-- One live grant per member and feature; history rows keep their revoked_at.
CREATE UNIQUE INDEX access_grant_one_active ON access_grant (feature_id, member_id) WHERE revoked_at IS NULL;

CREATE TABLE waitlist_entry (
  id INTEGER PRIMARY KEY,
  feature_id INTEGER NOT NULL REFERENCES feature (id),
  member_id TEXT NOT NULL,
  joined_at TEXT NOT NULL,
  -- Set when the entry leaves the queue: admitted (with its invite), left, or the gate opened.
  closed_at TEXT,
  close_reason TEXT,
  invite_id INTEGER REFERENCES invite (id)
) STRICT;
CREATE UNIQUE INDEX waitlist_one_open ON waitlist_entry (feature_id, member_id) WHERE closed_at IS NULL;
CREATE INDEX waitlist_queue ON waitlist_entry (feature_id, id) WHERE closed_at IS NULL;

CREATE TABLE promotion (
  id INTEGER PRIMARY KEY,
  feature_id INTEGER NOT NULL REFERENCES feature (id),
  from_level TEXT NOT NULL,
  to_level TEXT NOT NULL,
  by_id TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT,
  report_json TEXT,
  forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1)),
  -- Guards against two maintainers promoting the same feature at the same moment.
  UNIQUE (feature_id, from_level)
) STRICT;

-- Every effect on Discord besides the interaction reply, written with the state change that causes it.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  guild_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('message', 'direct-message', 'role-add', 'role-remove')),
  -- Effects in the same lane are delivered in order (a role add before its remove).
  lane TEXT NOT NULL,
  payload TEXT NOT NULL,
  actor_id TEXT,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
  attempts INTEGER NOT NULL DEFAULT 0,
  -- NULL: due at once. A retry sets it in the worker's real time, not the business clock.
  available_at TEXT,
  last_error TEXT,
  result TEXT,
  created_at TEXT NOT NULL,
  delivered_at TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox (available_at, id) WHERE status = 'pending';
CREATE INDEX outbox_pending_lane ON outbox (lane, id) WHERE status = 'pending';
`,
};
