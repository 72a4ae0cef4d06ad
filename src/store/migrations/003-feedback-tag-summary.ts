import type { Migration } from '../migrate.js';

/**
 * Counts per feature (by tag, open blockers, evidence at a level) must not read one feedback row per
 * item: a feature's rows are spread over the whole file, so at scale each count became thousands of
 * random reads. `feedback_tag` now carries its feedback's feature, level and status, kept right by
 * triggers (every writer, bulk loads included, stays correct without knowing), and one covering
 * index answers those counts from the index alone.
 */
export const feedbackTagSummary: Migration = {
  version: 3,
  name: 'feedback tag summary columns',
  up: `
ALTER TABLE feedback_tag ADD COLUMN feature_id INTEGER;
ALTER TABLE feedback_tag ADD COLUMN level TEXT;
ALTER TABLE feedback_tag ADD COLUMN status TEXT;

UPDATE feedback_tag SET (feature_id, level, status) =
  (SELECT f.feature_id, f.level, f.status FROM feedback f WHERE f.id = feedback_tag.feedback_id);

-- Fills in what a writer left out (bulk loads, retagging); the bot's own insert sets the columns.
CREATE TRIGGER feedback_tag_copies_feedback AFTER INSERT ON feedback_tag WHEN NEW.feature_id IS NULL BEGIN
  UPDATE feedback_tag SET (feature_id, level, status) =
    (SELECT f.feature_id, f.level, f.status FROM feedback f WHERE f.id = NEW.feedback_id)
  WHERE feedback_id = NEW.feedback_id AND tag = NEW.tag;
END;

CREATE TRIGGER feedback_status_reaches_tags AFTER UPDATE OF status ON feedback BEGIN
  UPDATE feedback_tag SET status = NEW.status WHERE feedback_id = NEW.id;
END;

CREATE INDEX feedback_tag_by_feature ON feedback_tag (feature_id, tag, status, level);
-- Every query by tag now starts from a feature; the tag-first index only cost writes.
DROP INDEX feedback_tag_by_tag;
-- Participants at a level (distinct authors) from the index alone.
CREATE INDEX feedback_by_feature_level_author ON feedback (feature_id, level, author_id);
`,
};
