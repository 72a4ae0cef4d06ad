import type { Db } from '../database.js';
import type { Migration } from '../migrate.js';
import { widenCheck } from './widen-check.js';

/**
 * A promotion's thanks go out in batches like every change of many members: the `thanks` fan-out
 * walks the members who gave feedback at the level left, by member id. Member ids are snowflakes
 * (past JavaScript's safe integers), so the job keeps the last one done as text in `cursor_key`.
 */
export const thanksFanout: Migration = {
  version: 15,
  name: 'thanks in batches',
  up: (db: Db) => {
    db.exec('ALTER TABLE fanout_job ADD COLUMN cursor_key TEXT;');
    widenCheck(db, 'fanout_job', "'retag-posts')", ['thanks']);
  },
};
