import type { Migration } from '../migrate.js';

/**
 * `/features` without a feature lists every active feature with its feedback count and its
 * participants (distinct authors). Counting them per call read every item of every feature;
 * counters kept by triggers make the list cost one row per feature, however much feedback there
 * is. `feature_author` holds each (feature, author) pair once, so a second item of the same
 * author does not count twice.
 */
export const featureCounters: Migration = {
  version: 10,
  name: 'feature feedback and participant counters',
  up: `
ALTER TABLE feature ADD COLUMN feedback_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feature ADD COLUMN participant_count INTEGER NOT NULL DEFAULT 0;
CREATE TABLE feature_author (
  feature_id INTEGER NOT NULL REFERENCES feature (id),
  author_id TEXT NOT NULL,
  PRIMARY KEY (feature_id, author_id)
) STRICT, WITHOUT ROWID;

INSERT INTO feature_author (feature_id, author_id)
  SELECT DISTINCT feature_id, author_id FROM feedback WHERE author_id IS NOT NULL;
UPDATE feature SET
  feedback_count = (SELECT count(*) FROM feedback WHERE feedback.feature_id = feature.id),
  participant_count = (SELECT count(*) FROM feature_author WHERE feature_author.feature_id = feature.id);

CREATE TRIGGER feedback_counts_for_feature AFTER INSERT ON feedback BEGIN
  UPDATE feature SET feedback_count = feedback_count + 1 WHERE id = NEW.feature_id;
  INSERT OR IGNORE INTO feature_author (feature_id, author_id)
    SELECT NEW.feature_id, NEW.author_id WHERE NEW.author_id IS NOT NULL;
END;
CREATE TRIGGER feature_author_counts AFTER INSERT ON feature_author BEGIN
  UPDATE feature SET participant_count = participant_count + 1 WHERE id = NEW.feature_id;
END;
`,
};
