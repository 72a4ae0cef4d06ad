import type { GrantHow } from '../domain/access.js';
import type { WaitlistCloseReason } from '../domain/entities.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import type { ErasureSummary } from '../domain/member-data.js';
import type { Db } from './database.js';
import { TAGS_OF } from './feedback-repository.js';

/**
 * One member's rows in one server, as `/mydata export` writes them (snake_case, the file's shape).
 * Nothing here carries another member's text or id: items the member voted on or follows are named
 * by their `#N` only, and the maintainers behind a grant or an invite are not named.
 */
export interface MemberFeedbackRow {
  id: number;
  feature: string;
  level: Level;
  tags: string[];
  status: FeedbackStatus;
  body: string;
  created_at: string;
  votes: number;
  /** The original's `#N` when the item was closed as a duplicate. */
  duplicate_of: number | null;
}

export interface MemberVoteRow {
  feedback: number;
  feature: string;
  created_at: string;
}

export interface MemberWithdrawnVoteRow {
  feedback: number;
  feature: string;
  withdrawn_at: string;
}

export interface MemberFollowRow {
  feedback: number;
  feature: string;
  since: string;
}

export interface MemberGrantRow {
  feature: string;
  how: GrantHow;
  terms_version: number | null;
  terms_accepted_at: string | null;
  granted_at: string;
  revoked_at: string | null;
  /** `self`: the member left (or erased their data); `maintainer`: the team ended it. */
  revoked_by: 'self' | 'maintainer' | null;
  /** The reason the member was given (by DM when a maintainer revoked, or in the retirement announcement). */
  revoke_reason: string | null;
}

export interface MemberWaitlistRow {
  feature: string;
  joined_at: string;
  closed_at: string | null;
  close_reason: WaitlistCloseReason | null;
}

export interface MemberInviteRow {
  feature: string;
  code: string;
  created_at: string;
  expires_at: string | null;
  uses: number;
  max_uses: number | null;
  revoked: boolean;
}

export interface MemberNotificationRow {
  setting: 'on' | 'off';
  updated_at: string;
}

/** How many rows of each kind the member has in the server. */
export interface MemberDataCounts {
  feedback: number;
  votes: number;
  withdrawnVotes: number;
  follows: number;
  grants: number;
  liveGrants: number;
  waitlist: number;
  invites: number;
  notificationSetting: boolean;
}

/** A keyset position in a member's rows: the last `(at, id)` read; `null` starts at the beginning. */
export type MemberCursor = { at: string; id: number } | null;

/** A batch of rows with the cursor that continues after it. */
export interface MemberBatch<T> {
  rows: T[];
  next: MemberCursor;
}

interface RawFeedbackRow {
  fid: number;
  number: number;
  feature: string;
  level: Level;
  status: FeedbackStatus;
  body: string;
  created_at: string;
  votes: number;
  duplicate_of: number | null;
  tags: string | null;
}

const START = { at: '', id: 0 };

/**
 * Reads and erases one member's data in one server (`/mydata`). Reads come in keyset batches so an
 * export of a long-standing member never holds everything in memory; erasures run inside the
 * caller's transaction.
 */
export class MemberDataRepository {
  private readonly feedbackStmt;
  private readonly votesStmt;
  private readonly withdrawalsStmt;
  private readonly followsStmt;
  private readonly grantsStmt;
  private readonly waitlistStmt;
  private readonly invitesStmt;
  private readonly notificationStmt;
  private readonly countsStmt;
  private readonly liveGrantFeaturesStmt;
  private readonly eraseFeedbackStmt;
  private readonly deleteVotesStmt;
  private readonly deleteWithdrawalsStmt;
  private readonly deleteFollowsStmt;
  private readonly deleteWaitlistStmt;
  private readonly deleteNotificationStmt;
  private readonly erasureStmt;
  private readonly recordErasureStmt;

  constructor(private readonly db: Db) {
    const IN_GUILD = 'SELECT id FROM feedback WHERE guild_id = @guildId';
    this.feedbackStmt = db.prepare<unknown[], RawFeedbackRow>(
      `SELECT f.id AS fid, f.number, ft.key AS feature, f.level, f.status, f.body, f.created_at, f.votes,
         (SELECT o.number FROM feedback o WHERE o.id = f.duplicate_of) AS duplicate_of, ${TAGS_OF} AS tags
       FROM feedback f JOIN feature ft ON ft.id = f.feature_id
       WHERE f.author_id = @memberId AND f.guild_id = @guildId AND (f.created_at, f.id) > (@at, @id)
       ORDER BY f.created_at, f.id LIMIT @limit`,
    );
    this.votesStmt = db.prepare<unknown[], MemberVoteRow & { fid: number }>(
      `SELECT v.feedback_id AS fid, f.number AS feedback, ft.key AS feature, v.created_at
       FROM feedback_vote v JOIN feedback f ON f.id = v.feedback_id JOIN feature ft ON ft.id = f.feature_id
       WHERE v.member_id = @memberId AND f.guild_id = @guildId AND v.feedback_id > @id
       ORDER BY v.feedback_id LIMIT @limit`,
    );
    this.withdrawalsStmt = db.prepare<unknown[], MemberWithdrawnVoteRow & { fid: number }>(
      `SELECT w.feedback_id AS fid, f.number AS feedback, ft.key AS feature, w.at AS withdrawn_at
       FROM vote_withdrawal w JOIN feedback f ON f.id = w.feedback_id JOIN feature ft ON ft.id = f.feature_id
       WHERE w.member_id = @memberId AND f.guild_id = @guildId AND (w.feedback_id, w.at) > (@id, @at)
       ORDER BY w.feedback_id, w.at LIMIT @limit`,
    );
    this.followsStmt = db.prepare<unknown[], MemberFollowRow & { fid: number }>(
      `SELECT w.feedback_id AS fid, f.number AS feedback, ft.key AS feature, w.created_at AS since
       FROM feedback_follow w JOIN feedback f ON f.id = w.feedback_id JOIN feature ft ON ft.id = f.feature_id
       WHERE w.member_id = @memberId AND f.guild_id = @guildId AND w.feedback_id > @id
       ORDER BY w.feedback_id LIMIT @limit`,
    );
    this.grantsStmt = db.prepare<unknown[], MemberGrantRow>(
      `SELECT ft.key AS feature, g.how, g.terms_version, g.terms_accepted_at, g.granted_at, g.revoked_at,
         CASE WHEN g.revoked_at IS NULL THEN NULL WHEN g.revoked_by = g.member_id THEN 'self' ELSE 'maintainer' END
           AS revoked_by,
         g.revoke_reason
       FROM access_grant g JOIN feature ft ON ft.id = g.feature_id
       WHERE g.member_id = @memberId AND ft.guild_id = @guildId ORDER BY g.id`,
    );
    this.waitlistStmt = db.prepare<unknown[], MemberWaitlistRow>(
      `SELECT ft.key AS feature, w.joined_at, w.closed_at, w.close_reason
       FROM waitlist_entry w JOIN feature ft ON ft.id = w.feature_id
       WHERE w.member_id = @memberId AND ft.guild_id = @guildId ORDER BY w.id`,
    );
    this.invitesStmt = db.prepare<unknown[], Omit<MemberInviteRow, 'revoked'> & { revoked: number }>(
      `SELECT ft.key AS feature, i.code, i.created_at, i.expires_at, i.uses, i.max_uses, i.revoked
       FROM feature ft JOIN invite i ON i.feature_id = ft.id AND i.target_member_id = @memberId
       WHERE ft.guild_id = @guildId ORDER BY i.id`,
    );
    this.notificationStmt = db.prepare<unknown[], { enabled: number; updated_at: string }>(
      'SELECT enabled, updated_at FROM notification_setting WHERE guild_id = @guildId AND member_id = @memberId',
    );
    this.countsStmt = db.prepare<
      unknown[],
      Omit<MemberDataCounts, 'notificationSetting'> & { notes: number }
    >(
      `SELECT
         (SELECT count(*) FROM feedback WHERE author_id = @memberId AND guild_id = @guildId) AS feedback,
         (SELECT count(*) FROM feedback_vote WHERE member_id = @memberId AND feedback_id IN (${IN_GUILD})) AS votes,
         (SELECT count(*) FROM vote_withdrawal WHERE member_id = @memberId AND feedback_id IN (${IN_GUILD}))
           AS withdrawnVotes,
         (SELECT count(*) FROM feedback_follow WHERE member_id = @memberId AND feedback_id IN (${IN_GUILD}))
           AS follows,
         (SELECT count(*) FROM access_grant g JOIN feature ft ON ft.id = g.feature_id
           WHERE g.member_id = @memberId AND ft.guild_id = @guildId) AS grants,
         (SELECT count(*) FROM access_grant g JOIN feature ft ON ft.id = g.feature_id
           WHERE g.member_id = @memberId AND ft.guild_id = @guildId AND g.revoked_at IS NULL) AS liveGrants,
         (SELECT count(*) FROM waitlist_entry w JOIN feature ft ON ft.id = w.feature_id
           WHERE w.member_id = @memberId AND ft.guild_id = @guildId) AS waitlist,
         (SELECT count(*) FROM feature ft JOIN invite i ON i.feature_id = ft.id AND i.target_member_id = @memberId
           WHERE ft.guild_id = @guildId) AS invites,
         (SELECT count(*) FROM notification_setting WHERE guild_id = @guildId AND member_id = @memberId) AS notes`,
    );
    this.liveGrantFeaturesStmt = db
      .prepare<unknown[], number>(
        `SELECT g.feature_id FROM access_grant g JOIN feature ft ON ft.id = g.feature_id
         WHERE g.member_id = @memberId AND ft.guild_id = @guildId AND g.revoked_at IS NULL ORDER BY g.feature_id`,
      )
      .pluck();
    this.eraseFeedbackStmt = db
      .prepare<unknown[], number>(
        `UPDATE feedback SET body = @body, author_id = NULL
         WHERE author_id = @memberId AND guild_id = @guildId RETURNING id`,
      )
      .pluck();
    this.deleteVotesStmt = db
      .prepare<unknown[], number>(
        `DELETE FROM feedback_vote WHERE member_id = @memberId AND feedback_id IN (${IN_GUILD})
         RETURNING feedback_id`,
      )
      .pluck();
    this.deleteWithdrawalsStmt = db.prepare(
      `DELETE FROM vote_withdrawal WHERE member_id = @memberId AND feedback_id IN (${IN_GUILD})`,
    );
    this.deleteFollowsStmt = db.prepare(
      `DELETE FROM feedback_follow WHERE member_id = @memberId AND feedback_id IN (${IN_GUILD})`,
    );
    this.deleteWaitlistStmt = db.prepare(
      `DELETE FROM waitlist_entry
       WHERE member_id = @memberId AND feature_id IN (SELECT id FROM feature WHERE guild_id = @guildId)`,
    );
    this.deleteNotificationStmt = db.prepare(
      'DELETE FROM notification_setting WHERE guild_id = @guildId AND member_id = @memberId',
    );
    this.erasureStmt = db
      .prepare<[string], string>('SELECT summary FROM member_data_erasure WHERE confirmation_id = ?')
      .pluck();
    this.recordErasureStmt = db.prepare<[string, string, string, string]>(
      'INSERT INTO member_data_erasure (confirmation_id, guild_id, erased_at, summary) VALUES (?, ?, ?, ?)',
    );
  }

  /** How many rows of each kind the member has in the server. */
  counts(guildId: string, memberId: string): MemberDataCounts {
    const { notes, ...counts } = this.countsStmt.get({ guildId, memberId })!;
    return { ...counts, notificationSetting: notes > 0 };
  }

  /** The member's feedback, oldest first, `limit` rows after `cursor`. */
  feedbackBatch(
    guildId: string,
    memberId: string,
    cursor: MemberCursor,
    limit: number,
  ): MemberBatch<MemberFeedbackRow> {
    const raws = this.feedbackStmt.all({ guildId, memberId, ...(cursor ?? START), limit });
    const last = raws.at(-1);
    return {
      rows: raws.map(({ fid: _fid, number, tags, ...raw }) => ({
        id: number,
        ...raw,
        tags: tags ? tags.split(',') : [],
      })),
      next: last ? { at: last.created_at, id: last.fid } : cursor,
    };
  }

  /** The member's votes, by item. */
  votesBatch(
    guildId: string,
    memberId: string,
    cursor: MemberCursor,
    limit: number,
  ): MemberBatch<MemberVoteRow> {
    return byItem(this.votesStmt.all({ guildId, memberId, id: cursor?.id ?? 0, limit }), cursor, () => '');
  }

  /** The votes the member withdrew (each withdrawal is recorded, so a replayed click changes nothing). */
  withdrawnVotesBatch(
    guildId: string,
    memberId: string,
    cursor: MemberCursor,
    limit: number,
  ): MemberBatch<MemberWithdrawnVoteRow> {
    return byItem(
      this.withdrawalsStmt.all({ guildId, memberId, ...(cursor ?? START), limit }),
      cursor,
      (row) => row.withdrawn_at,
    );
  }

  /** Items the member follows without voting on them (followers a duplicate handed over). */
  followsBatch(
    guildId: string,
    memberId: string,
    cursor: MemberCursor,
    limit: number,
  ): MemberBatch<MemberFollowRow> {
    return byItem(this.followsStmt.all({ guildId, memberId, id: cursor?.id ?? 0, limit }), cursor, () => '');
  }

  /** Every access grant the member had on the server's features, live or ended, oldest first. */
  grants(guildId: string, memberId: string): MemberGrantRow[] {
    return this.grantsStmt.all({ guildId, memberId });
  }

  /** Every waitlist entry of the member, open or closed, oldest first. */
  waitlist(guildId: string, memberId: string): MemberWaitlistRow[] {
    return this.waitlistStmt.all({ guildId, memberId });
  }

  /** Invites made for the member (targeted invites), oldest first. */
  invitesFor(guildId: string, memberId: string): MemberInviteRow[] {
    return this.invitesStmt.all({ guildId, memberId }).map((row) => ({ ...row, revoked: row.revoked === 1 }));
  }

  /** The member's stored notification choice; `null` when none is stored (notifications are on). */
  notificationSetting(guildId: string, memberId: string): MemberNotificationRow | null {
    const row = this.notificationStmt.get({ guildId, memberId });
    return row ? { setting: row.enabled === 1 ? 'on' : 'off', updated_at: row.updated_at } : null;
  }

  /** Features of the server the member has live access to. */
  liveGrantFeatureIds(guildId: string, memberId: string): number[] {
    return this.liveGrantFeaturesStmt.all({ guildId, memberId });
  }

  /**
   * Replaces the body of each of the member's items by `body` and removes them as author; returns
   * the ids of the items. Numbers, statuses, tags, votes and triage history stay.
   */
  eraseFeedback(guildId: string, memberId: string, body: string): number[] {
    return this.eraseFeedbackStmt.all({ guildId, memberId, body });
  }

  /** Deletes the member's votes (the counts follow by trigger); returns the ids of the items they backed. */
  deleteVotes(guildId: string, memberId: string): number[] {
    return this.deleteVotesStmt.all({ guildId, memberId });
  }

  deleteWithdrawnVotes(guildId: string, memberId: string): number {
    return this.deleteWithdrawalsStmt.run({ guildId, memberId }).changes;
  }

  deleteFollows(guildId: string, memberId: string): number {
    return this.deleteFollowsStmt.run({ guildId, memberId }).changes;
  }

  /** Deletes every waitlist entry of the member, open or closed (an open one loses its place). */
  deleteWaitlist(guildId: string, memberId: string): number {
    return this.deleteWaitlistStmt.run({ guildId, memberId }).changes;
  }

  /** Deletes the member's notification choice (notifications are on again, the default). */
  deleteNotificationSetting(guildId: string, memberId: string): boolean {
    return this.deleteNotificationStmt.run({ guildId, memberId }).changes > 0;
  }

  /**
   * Runs `work` (the erasure's transaction) with SQLite's `secure_delete` on: the space freed by
   * deleted rows and shortened bodies is overwritten with zeros instead of lingering in the file's
   * pages. Call outside a transaction.
   */
  secureDelete<T>(work: () => T): T {
    const before = this.db.pragma('secure_delete', { simple: true }) as number;
    this.db.pragma('secure_delete = ON');
    try {
      return work();
    } finally {
      this.db.pragma(`secure_delete = ${before}`);
    }
  }

  /** What the erasure answering `confirmationId` erased, if it ran. */
  findErasure(confirmationId: string): ErasureSummary | null {
    const summary = this.erasureStmt.get(confirmationId);
    return summary === undefined ? null : (JSON.parse(summary) as ErasureSummary);
  }

  /** Remembers an erasure (no member id: only the confirmation it answered and what it erased). */
  recordErasure(confirmationId: string, guildId: string, summary: ErasureSummary, now: Date): void {
    this.recordErasureStmt.run(confirmationId, guildId, now.toISOString(), JSON.stringify(summary));
  }
}

/** A batch keyed by item id (and `at` within an item), without the internal id. */
function byItem<T>(
  raws: (T & { fid: number })[],
  cursor: MemberCursor,
  at: (row: T) => string,
): MemberBatch<T> {
  const last = raws.at(-1);
  return {
    rows: raws.map(({ fid: _fid, ...row }) => row as T),
    next: last ? { at: at(last), id: last.fid } : cursor,
  };
}
