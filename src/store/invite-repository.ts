import type { Invite } from '../domain/entities.js';
import type { Db } from './database.js';

export interface NewInvite {
  code: string;
  featureId: number;
  createdBy: string;
  targetMemberId: string | null;
  maxUses: number | null;
  expiresAt: Date | null;
  /** The interaction that made it (`/invite create`, `/invite admit`), so a second delivery makes none. */
  sourceInteractionId?: string | null;
}

interface RawInvite {
  id: number;
  code: string;
  feature_id: number;
  created_by: string;
  created_at: string;
  target_member_id: string | null;
  uses: number;
  max_uses: number | null;
  expires_at: string | null;
  revoked: number;
  revoked_at: string | null;
  revoked_by: string | null;
}

const date = (value: string | null) => (value === null ? null : new Date(value));

function toInvite(raw: RawInvite): Invite {
  return {
    id: raw.id,
    code: raw.code,
    featureId: raw.feature_id,
    createdBy: raw.created_by,
    createdAt: new Date(raw.created_at),
    targetMemberId: raw.target_member_id,
    uses: raw.uses,
    maxUses: raw.max_uses,
    expiresAt: date(raw.expires_at),
    revoked: raw.revoked === 1,
    revokedAt: date(raw.revoked_at),
    revokedBy: raw.revoked_by,
  };
}

/** Early Access invites: codes, targeted invites, their uses and revocation. */
export class InviteRepository {
  private readonly insert;
  private readonly byId;
  private readonly bySource;
  private readonly byGuildCode;
  private readonly targetedAt;
  private readonly byFeature;
  private readonly countByFeature;
  private readonly useOne;
  private readonly revokeOne;
  private readonly revokeAllStmt;

  constructor(db: Db) {
    this.insert = db.prepare<unknown[], RawInvite>(
      `INSERT INTO invite (code, feature_id, created_by, created_at, target_member_id, max_uses, expires_at,
         source_interaction_id)
       VALUES (@code, @featureId, @createdBy, @now, @targetMemberId, @maxUses, @expiresAt, @sourceInteractionId)
       RETURNING *`,
    );
    this.byId = db.prepare<[number], RawInvite>('SELECT * FROM invite WHERE id = ?');
    this.bySource = db.prepare<[string], RawInvite>(
      'SELECT * FROM invite WHERE source_interaction_id = ? ORDER BY id',
    );
    this.byGuildCode = db.prepare<[string, string], RawInvite>(
      `SELECT i.* FROM invite i JOIN feature f ON f.id = i.feature_id WHERE f.guild_id = ? AND i.code = ?`,
    );
    this.targetedAt = db.prepare<[number, string], RawInvite>(
      `SELECT * FROM invite WHERE feature_id = ? AND target_member_id = ? AND revoked = 0
       ORDER BY id DESC`,
    );
    this.byFeature = db.prepare<[number, number], RawInvite>(
      'SELECT * FROM invite WHERE feature_id = ? ORDER BY id DESC LIMIT ?',
    );
    this.countByFeature = db
      .prepare<[number], number>('SELECT count(*) FROM invite WHERE feature_id = ?')
      .pluck();
    // The guard repeats the use limit so a use is never counted past it, whatever the caller checked.
    this.useOne = db.prepare(
      `UPDATE invite SET uses = uses + 1
       WHERE id = ? AND revoked = 0 AND (max_uses IS NULL OR uses < max_uses)`,
    );
    this.revokeOne = db.prepare(
      'UPDATE invite SET revoked = 1, revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked = 0',
    );
    this.revokeAllStmt = db.prepare(
      'UPDATE invite SET revoked = 1, revoked_at = ?, revoked_by = ? WHERE feature_id = ? AND revoked = 0',
    );
  }

  create(invite: NewInvite, now: Date): Invite {
    return toInvite(
      this.insert.get({
        ...invite,
        expiresAt: invite.expiresAt?.toISOString() ?? null,
        sourceInteractionId: invite.sourceInteractionId ?? null,
        now: now.toISOString(),
      })!,
    );
  }

  findById(id: number): Invite | null {
    const raw = this.byId.get(id);
    return raw ? toInvite(raw) : null;
  }

  /** The invites an interaction made, oldest first (empty when it made none). */
  madeByInteraction(interactionId: string): Invite[] {
    return this.bySource.all(interactionId).map(toInvite);
  }

  /** The invite with this code among the guild's features (codes are unique across guilds anyway). */
  findByCode(guildId: string, code: string): Invite | null {
    const raw = this.byGuildCode.get(guildId, code);
    return raw ? toInvite(raw) : null;
  }

  /** Unrevoked invites targeted at the member, newest first; the caller checks which one is usable. */
  targetedAtMember(featureId: number, memberId: string): Invite[] {
    return this.targetedAt.all(featureId, memberId).map(toInvite);
  }

  /** The feature's newest invites. */
  list(featureId: number, limit: number): Invite[] {
    return this.byFeature.all(featureId, limit).map(toInvite);
  }

  count(featureId: number): number {
    return this.countByFeature.get(featureId)!;
  }

  /** Counts one use; false when the invite was revoked or used up meanwhile. */
  use(id: number): boolean {
    return this.useOne.run(id).changes === 1;
  }

  /** False when it was already revoked. */
  revoke(id: number, by: string, now: Date): boolean {
    return this.revokeOne.run(now.toISOString(), by, id).changes === 1;
  }

  /** Revokes every open invite of the feature; returns how many. */
  revokeAll(featureId: number, by: string, now: Date): number {
    return this.revokeAllStmt.run(now.toISOString(), by, featureId).changes;
  }
}
