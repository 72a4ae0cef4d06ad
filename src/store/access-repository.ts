import type { GrantHow } from '../domain/access.js';
import type { AccessGrant } from '../domain/entities.js';
import type { Db } from './database.js';

export interface NewGrant {
  featureId: number;
  memberId: string;
  how: GrantHow;
  inviteId: number | null;
  /** The terms version the member accepted; `null` for a maintainer override. */
  termsVersion: number | null;
  termsAcceptedAt: Date | null;
  grantedBy: string;
  /** The interaction that granted it (`/access grant`, Accept): delivered twice, it finds this grant. */
  sourceInteractionId?: string | null;
}

interface RawGrant {
  id: number;
  feature_id: number;
  member_id: string;
  how: GrantHow;
  invite_id: number | null;
  terms_version: number | null;
  terms_accepted_at: string | null;
  granted_by: string;
  granted_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

const date = (value: string | null) => (value === null ? null : new Date(value));

function toGrant(raw: RawGrant): AccessGrant {
  return {
    id: raw.id,
    featureId: raw.feature_id,
    memberId: raw.member_id,
    how: raw.how,
    inviteId: raw.invite_id,
    termsVersion: raw.terms_version,
    termsAcceptedAt: date(raw.terms_accepted_at),
    grantedBy: raw.granted_by,
    grantedAt: new Date(raw.granted_at),
    revokedAt: date(raw.revoked_at),
    revokedBy: raw.revoked_by,
    revokeReason: raw.revoke_reason,
  };
}

export class DuplicateGrantError extends Error {
  override readonly name = 'DuplicateGrantError';
}

/** Access grants per feature and member; a grant is live until `revoked_at` is set, and never deleted. */
export class AccessRepository {
  private readonly insert;
  private readonly selectActive;
  private readonly countActiveStmt;
  private readonly listActiveStmt;
  private readonly revokeOne;
  private readonly byGrantInteraction;
  private readonly byRevokeInteraction;
  private readonly revokeAllStmt;
  private readonly historyStmt;
  private readonly livePageStmt;
  private readonly revokedPageStmt;

  constructor(db: Db) {
    this.insert = db.prepare<unknown[], RawGrant>(
      `INSERT INTO access_grant (feature_id, member_id, how, invite_id, terms_version, terms_accepted_at,
         granted_by, granted_at, source_interaction_id)
       VALUES (@featureId, @memberId, @how, @inviteId, @termsVersion, @termsAcceptedAt, @grantedBy, @now,
         @sourceInteractionId)
       RETURNING *`,
    );
    this.selectActive = db.prepare<[number, string], RawGrant>(
      'SELECT * FROM access_grant WHERE feature_id = ? AND member_id = ? AND revoked_at IS NULL',
    );
    this.countActiveStmt = db
      .prepare<[number], number>(
        'SELECT count(*) FROM access_grant WHERE feature_id = ? AND revoked_at IS NULL',
      )
      .pluck();
    this.listActiveStmt = db.prepare<[number, number, number], RawGrant>(
      `SELECT * FROM access_grant WHERE feature_id = ? AND revoked_at IS NULL
       ORDER BY granted_at, id LIMIT ? OFFSET ?`,
    );
    this.revokeOne = db.prepare<[string, string, string, string | null, number, string], RawGrant>(
      `UPDATE access_grant SET revoked_at = ?, revoked_by = ?, revoke_reason = ?, revoke_interaction_id = ?
       WHERE feature_id = ? AND member_id = ? AND revoked_at IS NULL RETURNING *`,
    );
    this.byGrantInteraction = db.prepare<[string], RawGrant>(
      'SELECT * FROM access_grant WHERE source_interaction_id = ?',
    );
    this.byRevokeInteraction = db.prepare<[string], RawGrant>(
      'SELECT * FROM access_grant WHERE revoke_interaction_id = ?',
    );
    this.revokeAllStmt = db.prepare<[string, string, string, number]>(
      `UPDATE access_grant SET revoked_at = ?, revoked_by = ?, revoke_reason = ?
       WHERE feature_id = ? AND revoked_at IS NULL`,
    );
    this.livePageStmt = db.prepare<[number, number, number], { id: number; memberId: string }>(
      `SELECT id, member_id AS memberId FROM access_grant
       WHERE feature_id = ? AND revoked_at IS NULL AND id > ? ORDER BY id LIMIT ?`,
    );
    this.revokedPageStmt = db.prepare<[number, string, number, number], { id: number; memberId: string }>(
      `SELECT id, member_id AS memberId FROM access_grant
       WHERE feature_id = ? AND revoked_at = ? AND id > ? ORDER BY id LIMIT ?`,
    );
    this.historyStmt = db.prepare<[number, string], RawGrant>(
      'SELECT * FROM access_grant WHERE feature_id = ? AND member_id = ? ORDER BY id',
    );
  }

  /** Stores a live grant; throws `DuplicateGrantError` when the member already has one. */
  grant(grant: NewGrant, now: Date): AccessGrant {
    try {
      return toGrant(
        this.insert.get({
          ...grant,
          termsAcceptedAt: grant.termsAcceptedAt?.toISOString() ?? null,
          sourceInteractionId: grant.sourceInteractionId ?? null,
          now: now.toISOString(),
        })!,
      );
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new DuplicateGrantError(`member ${grant.memberId} already has access`, { cause: error });
      }
      throw error;
    }
  }

  /** The grant an interaction made, if it made one (live or revoked since). */
  grantedByInteraction(interactionId: string): AccessGrant | null {
    const raw = this.byGrantInteraction.get(interactionId);
    return raw ? toGrant(raw) : null;
  }

  /** The grant an interaction ended (`/access revoke`, `/leave`), if it ended one. */
  revokedByInteraction(interactionId: string): AccessGrant | null {
    const raw = this.byRevokeInteraction.get(interactionId);
    return raw ? toGrant(raw) : null;
  }

  activeGrant(featureId: number, memberId: string): AccessGrant | null {
    const raw = this.selectActive.get(featureId, memberId);
    return raw ? toGrant(raw) : null;
  }

  hasAccess(featureId: number, memberId: string): boolean {
    return this.selectActive.get(featureId, memberId) !== undefined;
  }

  /** Live grants, counted against the seat cap. */
  countActive(featureId: number): number {
    return this.countActiveStmt.get(featureId)!;
  }

  /** Live grants, oldest first (all of them when `limit` is omitted). */
  listActive(featureId: number, limit = -1, offset = 0): AccessGrant[] {
    return this.listActiveStmt.all(featureId, limit, offset).map(toGrant);
  }

  /** Ends the member's live grant; returns it, or null when there was none. */
  revoke(
    featureId: number,
    memberId: string,
    by: string,
    reason: string,
    now: Date,
    interactionId: string | null = null,
  ): AccessGrant | null {
    const raw = this.revokeOne.get(now.toISOString(), by, reason, interactionId, featureId, memberId);
    return raw ? toGrant(raw) : null;
  }

  /**
   * Ends every live grant of the feature (retirement) and returns how many: a retirement of 50,000
   * members must not load 50,000 rows; `revokedPage` reads them back in batches.
   */
  revokeAll(featureId: number, by: string, reason: string, now: Date): number {
    return this.revokeAllStmt.run(now.toISOString(), by, reason, featureId).changes;
  }

  /** Every grant the member ever had on the feature, oldest first. */
  history(featureId: number, memberId: string): AccessGrant[] {
    return this.historyStmt.all(featureId, memberId).map(toGrant);
  }

  /** Live grants after grant id `afterId`, in id order: the pages of a fan-out. */
  livePage(featureId: number, afterId: number, limit: number): { id: number; memberId: string }[] {
    return this.livePageStmt.all(featureId, afterId, limit);
  }

  /** Grants revoked together at `revokedAt` (a retirement), after grant id `afterId`, in id order. */
  revokedPage(
    featureId: number,
    revokedAt: Date,
    afterId: number,
    limit: number,
  ): { id: number; memberId: string }[] {
    return this.revokedPageStmt.all(featureId, revokedAt.toISOString(), afterId, limit);
  }
}
