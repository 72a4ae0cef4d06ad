import type { FeedbackChannelKind } from '../domain/discussion.js';
import type { Feature, FeatureSummary } from '../domain/entities.js';
import type { FeatureState, Level } from '../domain/levels.js';
import type { Db } from './database.js';

export interface NewFeature {
  guildId: string;
  key: string;
  name: string;
  description: string;
  roleId: string;
  feedbackChannelId: string | null;
  /** Default `text`. */
  feedbackChannelKind?: FeedbackChannelKind;
  seatCap: number | null;
  createdBy: string;
}

export interface FeaturePatch {
  name?: string;
  description?: string;
  roleId?: string;
  feedbackChannelId?: string | null;
  /** Set with `feedbackChannelId` (default `text`). */
  feedbackChannelKind?: FeedbackChannelKind;
  seatCap?: number | null;
}

interface RawFeature {
  id: number;
  guild_id: string;
  key: string;
  name: string;
  description: string;
  level: Level;
  level_entered_at: string;
  role_id: string;
  feedback_channel_id: string | null;
  feedback_channel_kind: FeedbackChannelKind;
  seat_cap: number | null;
  admissions_paused: number;
  state: FeatureState;
  retired_at: string | null;
  retired_by: string | null;
  retire_reason: string | null;
  ready_notice_level: Level | null;
  created_by: string;
  created_at: string;
}

function toFeature(raw: RawFeature): Feature {
  return {
    id: raw.id,
    guildId: raw.guild_id,
    key: raw.key,
    name: raw.name,
    description: raw.description,
    level: raw.level,
    levelEnteredAt: new Date(raw.level_entered_at),
    roleId: raw.role_id,
    feedbackChannelId: raw.feedback_channel_id,
    feedbackChannelKind: raw.feedback_channel_kind,
    seatCap: raw.seat_cap,
    admissionsPaused: raw.admissions_paused === 1,
    state: raw.state,
    retiredAt: raw.retired_at === null ? null : new Date(raw.retired_at),
    retiredBy: raw.retired_by,
    retireReason: raw.retire_reason,
    readyNoticeLevel: raw.ready_notice_level,
    createdBy: raw.created_by,
    createdAt: new Date(raw.created_at),
  };
}

/** A LIKE pattern matching any text that contains `text` literally (`%`, `_` and backslashes escaped). */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class DuplicateFeatureKeyError extends Error {
  override readonly name = 'DuplicateFeatureKeyError';
}

/** The feature catalogue of each guild. */
export class FeatureRepository {
  private readonly insert;
  private readonly byKey;
  private readonly byId;
  private readonly activeByGuild;
  private readonly activeByRole;
  private readonly activeSummaries;
  private readonly searchActive;
  private readonly searchAny;
  private readonly updateFields;
  private readonly updateLevel;
  private readonly updateRetired;
  private readonly updatePaused;
  private readonly updateSeatCap;
  private readonly updateReadyNotice;
  private readonly updateRoleAlert;

  constructor(db: Db) {
    this.insert = db.prepare<unknown[], RawFeature>(
      `INSERT INTO feature (guild_id, key, name, description, level, level_entered_at, role_id,
         feedback_channel_id, feedback_channel_kind, seat_cap, created_by, created_at)
       VALUES (@guildId, @key, @name, @description, 'early-access', @now, @roleId,
         @feedbackChannelId, @feedbackChannelKind, @seatCap, @createdBy, @now)
       RETURNING *`,
    );
    this.byKey = db.prepare<[string, string], RawFeature>(
      'SELECT * FROM feature WHERE guild_id = ? AND key = ?',
    );
    this.byId = db.prepare<[number], RawFeature>('SELECT * FROM feature WHERE id = ?');
    this.activeByGuild = db.prepare<[string], RawFeature>(
      "SELECT * FROM feature WHERE guild_id = ? AND state = 'active' ORDER BY key",
    );
    this.activeByRole = db.prepare<[string, string], RawFeature>(
      "SELECT * FROM feature WHERE guild_id = ? AND role_id = ? AND state = 'active' ORDER BY id LIMIT 1",
    );
    this.activeSummaries = db.prepare<
      [string],
      RawFeature & { feedback_count: number; participants: number }
    >(
      // Counters kept by triggers (migration 010): one row per feature, whatever the feedback volume.
      `SELECT f.*, f.participant_count AS participants
       FROM feature f WHERE f.guild_id = ? AND f.state = 'active' ORDER BY f.key`,
    );
    this.searchActive = db.prepare<[string, string, string, number], RawFeature>(
      `SELECT * FROM feature
       WHERE guild_id = ? AND state = 'active' AND (key LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')
       ORDER BY key LIMIT ?`,
    );
    this.searchAny = db.prepare<[string, string, string, number], RawFeature>(
      `SELECT * FROM feature
       WHERE guild_id = ? AND (key LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')
       ORDER BY state = 'retired', key LIMIT ?`,
    );
    this.updateFields = db.prepare(
      `UPDATE feature SET
         name = coalesce(@name, name),
         description = coalesce(@description, description),
         role_id = coalesce(@roleId, role_id),
         feedback_channel_id = CASE WHEN @setChannel THEN @feedbackChannelId ELSE feedback_channel_id END,
         feedback_channel_kind = CASE WHEN @setChannel THEN @feedbackChannelKind ELSE feedback_channel_kind END,
         seat_cap = CASE WHEN @setSeatCap THEN @seatCap ELSE seat_cap END
       WHERE id = @id`,
    );
    this.updateLevel = db.prepare(
      'UPDATE feature SET level = ?, level_entered_at = ? WHERE id = ? AND level = ? AND state = ?',
    );
    this.updateRetired = db.prepare(
      `UPDATE feature SET state = 'retired', retired_at = ?, retired_by = ?, retire_reason = ?
       WHERE id = ? AND state = 'active'`,
    );
    this.updatePaused = db.prepare('UPDATE feature SET admissions_paused = ? WHERE id = ?');
    this.updateSeatCap = db.prepare('UPDATE feature SET seat_cap = ? WHERE id = ?');
    this.updateReadyNotice = db.prepare(
      'UPDATE feature SET ready_notice_level = @level WHERE id = @id AND ready_notice_level IS NOT @level',
    );
    this.updateRoleAlert = db.prepare(
      'UPDATE feature SET role_alert = @alert WHERE id = @id AND role_alert IS NOT @alert',
    );
  }

  /** Creates a feature in Early Access; throws `DuplicateFeatureKeyError` when the key is taken. */
  create(feature: NewFeature, now: Date): Feature {
    try {
      const row = { feedbackChannelKind: 'text', ...feature, now: now.toISOString() };
      return toFeature(this.insert.get(row)!);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new DuplicateFeatureKeyError(`feature ${feature.key} exists`, { cause: error });
      }
      throw error;
    }
  }

  findByKey(guildId: string, key: string): Feature | null {
    const raw = this.byKey.get(guildId, key);
    return raw ? toFeature(raw) : null;
  }

  findById(id: number): Feature | null {
    const raw = this.byId.get(id);
    return raw ? toFeature(raw) : null;
  }

  /** The active feature that hands out this role, if any (two features must not share a role). */
  findActiveByRole(guildId: string, roleId: string): Feature | null {
    const raw = this.activeByRole.get(guildId, roleId);
    return raw ? toFeature(raw) : null;
  }

  listActive(guildId: string): Feature[] {
    return this.activeByGuild.all(guildId).map(toFeature);
  }

  listActiveSummaries(guildId: string): FeatureSummary[] {
    return this.activeSummaries.all(guildId).map((raw) => ({
      feature: toFeature(raw),
      feedbackCount: raw.feedback_count,
      participants: raw.participants,
    }));
  }

  /** Active features whose key or name contains `text`, for autocomplete. */
  search(guildId: string, text: string, limit: number): Feature[] {
    const pattern = containsPattern(text);
    return this.searchActive.all(guildId, pattern, pattern, limit).map(toFeature);
  }

  /** Like `search`, with retired features too (after the active ones), for commands that read history. */
  searchIncludingRetired(guildId: string, text: string, limit: number): Feature[] {
    const pattern = containsPattern(text);
    return this.searchAny.all(guildId, pattern, pattern, limit).map(toFeature);
  }

  update(id: number, patch: FeaturePatch): void {
    this.updateFields.run({
      id,
      name: patch.name ?? null,
      description: patch.description ?? null,
      roleId: patch.roleId ?? null,
      setChannel: patch.feedbackChannelId !== undefined ? 1 : 0,
      feedbackChannelId: patch.feedbackChannelId ?? null,
      feedbackChannelKind: patch.feedbackChannelKind ?? 'text',
      setSeatCap: patch.seatCap !== undefined ? 1 : 0,
      seatCap: patch.seatCap ?? null,
    });
  }

  /**
   * Moves an active feature from `from` to `to`. Returns false when the feature was not at `from`
   * any more (someone else promoted it first), so callers can refuse instead of double-promoting.
   */
  changeLevel(id: number, from: Level, to: Level, now: Date): boolean {
    return this.updateLevel.run(to, now.toISOString(), id, from, 'active').changes === 1;
  }

  /** Returns false when the feature was already retired. */
  retire(id: number, by: string, reason: string, now: Date): boolean {
    return this.updateRetired.run(now.toISOString(), by, reason, id).changes === 1;
  }

  setAdmissionsPaused(id: number, paused: boolean): void {
    this.updatePaused.run(paused ? 1 : 0, id);
  }

  setSeatCap(id: number, seatCap: number | null): void {
    this.updateSeatCap.run(seatCap, id);
  }

  /**
   * Records what was reported about the feature's role (`null`: the role is fine again); false
   * when that was already the record, so the report goes out once.
   */
  markRoleAlert(id: number, alert: string | null): boolean {
    return this.updateRoleAlert.run({ alert, id }).changes === 1;
  }

  /** Records that the readiness notice for `level` went out; false when it already had. */
  markReadyNotice(id: number, level: Level): boolean {
    return this.updateReadyNotice.run({ level, id }).changes === 1;
  }
}
