import type { WaitlistCloseReason, WaitlistEntry } from '../domain/entities.js';
import type { Db } from './database.js';

interface RawEntry {
  id: number;
  feature_id: number;
  member_id: string;
  joined_at: string;
}

function toEntry(raw: RawEntry): WaitlistEntry {
  return {
    id: raw.id,
    featureId: raw.feature_id,
    memberId: raw.member_id,
    joinedAt: new Date(raw.joined_at),
  };
}

/** The Early Access queue: first come, first served; positions are derived from the open entries. */
export class WaitlistRepository {
  private readonly insert;
  private readonly openEntry;
  private readonly positionStmt;
  private readonly headStmt;
  private readonly countOpen;
  private readonly closeOne;
  private readonly closeMember;
  private readonly closeAllStmt;
  private readonly closedPageStmt;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT OR IGNORE INTO waitlist_entry (feature_id, member_id, joined_at) VALUES (?, ?, ?)',
    );
    this.closedPageStmt = db.prepare<
      [number, string, string, number, number],
      { id: number; memberId: string }
    >(
      `SELECT id, member_id AS memberId FROM waitlist_entry
       WHERE feature_id = ? AND closed_at = ? AND close_reason = ? AND id > ? ORDER BY id LIMIT ?`,
    );
    this.openEntry = db.prepare<[number, string], RawEntry>(
      'SELECT * FROM waitlist_entry WHERE feature_id = ? AND member_id = ? AND closed_at IS NULL',
    );
    this.positionStmt = db
      .prepare<[number, number], number>(
        'SELECT count(*) FROM waitlist_entry WHERE feature_id = ? AND closed_at IS NULL AND id <= ?',
      )
      .pluck();
    this.headStmt = db.prepare<[number, number], RawEntry>(
      'SELECT * FROM waitlist_entry WHERE feature_id = ? AND closed_at IS NULL ORDER BY id LIMIT ?',
    );
    this.countOpen = db
      .prepare<[number], number>(
        'SELECT count(*) FROM waitlist_entry WHERE feature_id = ? AND closed_at IS NULL',
      )
      .pluck();
    this.closeOne = db.prepare(
      `UPDATE waitlist_entry SET closed_at = ?, close_reason = ?, invite_id = ?
       WHERE id = ? AND closed_at IS NULL`,
    );
    this.closeMember = db.prepare(
      `UPDATE waitlist_entry SET closed_at = ?, close_reason = ?, invite_id = coalesce(?, invite_id)
       WHERE feature_id = ? AND member_id = ? AND closed_at IS NULL`,
    );
    this.closeAllStmt = db.prepare(
      'UPDATE waitlist_entry SET closed_at = ?, close_reason = ? WHERE feature_id = ? AND closed_at IS NULL',
    );
  }

  /** Puts the member in the queue (once) and returns their position, 1 being next. */
  join(featureId: number, memberId: string, now: Date): { position: number; added: boolean } {
    const added = this.insert.run(featureId, memberId, now.toISOString()).changes === 1;
    return { position: this.position(featureId, memberId)!, added };
  }

  /** 1-based position of the member's open entry, or null when they are not waiting. */
  position(featureId: number, memberId: string): number | null {
    const entry = this.openEntry.get(featureId, memberId);
    return entry ? this.positionStmt.get(featureId, entry.id)! : null;
  }

  /** The first `limit` members waiting, in order (all of them when `limit` is omitted). */
  head(featureId: number, limit = -1): WaitlistEntry[] {
    return this.headStmt.all(featureId, limit).map(toEntry);
  }

  size(featureId: number): number {
    return this.countOpen.get(featureId)!;
  }

  /** Takes one entry out of the queue, remembering the invite it was turned into. */
  close(entryId: number, reason: WaitlistCloseReason, inviteId: number | null, now: Date): boolean {
    return this.closeOne.run(now.toISOString(), reason, inviteId, entryId).changes === 1;
  }

  /** Takes the member out of the queue (remembering the invite they got, if any); false when they were not waiting. */
  closeForMember(
    featureId: number,
    memberId: string,
    reason: WaitlistCloseReason,
    now: Date,
    inviteId: number | null = null,
  ): boolean {
    return this.closeMember.run(now.toISOString(), reason, inviteId, featureId, memberId).changes === 1;
  }

  /** Empties the queue; returns how many entries were closed. */
  closeAll(featureId: number, reason: WaitlistCloseReason, now: Date): number {
    return this.closeAllStmt.run(now.toISOString(), reason, featureId).changes;
  }

  /** Entries closed together at `closedAt` for `reason` (the gate opening), after entry id `afterId`. */
  closedPage(
    featureId: number,
    closedAt: Date,
    reason: WaitlistCloseReason,
    afterId: number,
    limit: number,
  ): { id: number; memberId: string }[] {
    return this.closedPageStmt.all(featureId, closedAt.toISOString(), reason, afterId, limit);
  }
}
