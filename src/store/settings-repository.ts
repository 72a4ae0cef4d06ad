import type { Statement } from 'better-sqlite3';
import type { GuildSettings, LevelTerms, TermsLevel } from '../domain/entities.js';
import { DEFAULT_FEEDBACK_PER_MINUTE, DEFAULT_TAGS } from '../domain/feedback-rules.js';
import { DEFAULT_GATES, type GateThresholds } from '../domain/gates.js';
import type { Transition } from '../domain/levels.js';
import type { GaRolePolicy } from '../domain/promotion.js';
import type { Db } from './database.js';

interface RawSettings {
  guild_id: string;
  announcement_channel_id: string | null;
  maintainer_role_id: string | null;
  log_channel_id: string | null;
  feedback_per_minute: number;
  ga_role_policy: GaRolePolicy;
  language: string | null;
  guild_locale: string | null;
}

interface RawGate {
  transition: Transition;
  min_feedback: number;
  min_participants: number;
  min_days: number;
  max_open_blockers: number;
}

type SettingColumn = 'announcement_channel_id' | 'maintainer_role_id' | 'log_channel_id';

/** Per-guild configuration: channels, maintainer role, tag vocabulary, gates, terms, limits. */
export class SettingsRepository {
  private readonly insertGuild;
  private readonly ensureGuild: (guildId: string, at: string) => void;
  private readonly insertTag;
  private readonly selectSettings;
  private readonly selectTags;
  private readonly selectGates;
  private readonly selectTerms;
  private readonly deleteTag;
  private readonly upsertGate;
  private readonly upsertTerms;
  private readonly termsVersion;
  private readonly takeFeedbackNumber;
  private readonly updateColumn: Record<
    SettingColumn,
    Statement<[string | null, string, string, string | null]>
  >;
  private readonly updateRate;
  private readonly updateGaPolicy;
  private readonly updateLanguage;
  private readonly updateGuildLocale;

  constructor(db: Db) {
    this.insertGuild = db.prepare(
      'INSERT INTO guild_settings (guild_id, updated_at) VALUES (?, ?) ON CONFLICT (guild_id) DO NOTHING',
    );
    this.insertTag = db.prepare('INSERT OR IGNORE INTO guild_tag (guild_id, tag) VALUES (?, ?)');
    // Setting a value a guild already has writes nothing (an interaction delivered twice, say).
    this.updateLanguage = db.prepare(
      'UPDATE guild_settings SET language = ?, updated_at = ? WHERE guild_id = ? AND language IS NOT ?',
    );
    this.updateGuildLocale = db.prepare(
      'UPDATE guild_settings SET guild_locale = ? WHERE guild_id = ? AND guild_locale IS NOT ?',
    );
    this.ensureGuild = db.transaction((guildId: string, at: string) => {
      if (this.insertGuild.run(guildId, at).changes === 0) return;
      for (const tag of DEFAULT_TAGS) this.insertTag.run(guildId, tag);
    });
    this.selectSettings = db.prepare<[string], RawSettings>(
      'SELECT * FROM guild_settings WHERE guild_id = ?',
    );
    this.selectTags = db
      .prepare<[string], string>('SELECT tag FROM guild_tag WHERE guild_id = ? ORDER BY tag')
      .pluck();
    this.selectGates = db.prepare<[string], RawGate>('SELECT * FROM gate_setting WHERE guild_id = ?');
    this.selectTerms = db.prepare<[string], { level: TermsLevel; text: string; version: number }>(
      'SELECT level, text, version FROM level_terms WHERE guild_id = ?',
    );
    this.deleteTag = db.prepare('DELETE FROM guild_tag WHERE guild_id = ? AND tag = ?');
    this.upsertGate = db.prepare(
      `INSERT INTO gate_setting (guild_id, transition, min_feedback, min_participants, min_days, max_open_blockers)
       VALUES (@guildId, @transition, @minFeedback, @minParticipants, @minDays, @maxOpenBlockers)
       ON CONFLICT (guild_id, transition) DO UPDATE SET
         min_feedback = excluded.min_feedback, min_participants = excluded.min_participants,
         min_days = excluded.min_days, max_open_blockers = excluded.max_open_blockers`,
    );
    this.upsertTerms = db.prepare<[string, TermsLevel, string, string, string], { version: number }>(
      `INSERT INTO level_terms (guild_id, level, text, version, updated_by, updated_at) VALUES (?, ?, ?, 1, ?, ?)
       ON CONFLICT (guild_id, level) DO UPDATE SET
         text = excluded.text, version = level_terms.version + 1,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at
         WHERE level_terms.text IS NOT excluded.text
       RETURNING version`,
    );
    this.termsVersion = db
      .prepare<[string, TermsLevel], number>(
        'SELECT version FROM level_terms WHERE guild_id = ? AND level = ?',
      )
      .pluck();
    this.takeFeedbackNumber = db
      .prepare<[string], number>(
        `UPDATE guild_settings SET next_feedback_number = next_feedback_number + 1 WHERE guild_id = ?
         RETURNING next_feedback_number - 1`,
      )
      .pluck();
    const column = (name: SettingColumn) =>
      db.prepare<[string | null, string, string, string | null]>(
        `UPDATE guild_settings SET ${name} = ?, updated_at = ? WHERE guild_id = ? AND ${name} IS NOT ?`,
      );
    this.updateColumn = {
      announcement_channel_id: column('announcement_channel_id'),
      maintainer_role_id: column('maintainer_role_id'),
      log_channel_id: column('log_channel_id'),
    };
    this.updateRate = db.prepare(
      'UPDATE guild_settings SET feedback_per_minute = ?, updated_at = ? WHERE guild_id = ? AND feedback_per_minute IS NOT ?',
    );
    this.updateGaPolicy = db.prepare(
      'UPDATE guild_settings SET ga_role_policy = ?, updated_at = ? WHERE guild_id = ? AND ga_role_policy IS NOT ?',
    );
  }

  /**
   * Creates the guild's settings with the default vocabulary the first time the guild is seen,
   * in one transaction (a savepoint inside the caller's): a crash cannot leave a guild without tags.
   */
  ensure(guildId: string, now: Date): void {
    this.ensureGuild(guildId, now.toISOString());
  }

  /** The guild's settings; a guild never configured reads as the defaults. Never writes. */
  get(guildId: string): GuildSettings {
    const raw = this.selectSettings.get(guildId);
    const gates = { ...DEFAULT_GATES };
    for (const g of this.selectGates.all(guildId)) {
      gates[g.transition] = {
        minFeedback: g.min_feedback,
        minParticipants: g.min_participants,
        minDays: g.min_days,
        maxOpenBlockers: g.max_open_blockers,
      };
    }
    // Unset terms read as the built-in ones: version 0, no text (members read it from the text catalogue).
    const terms: Record<TermsLevel, LevelTerms> = {
      'early-access': { text: null, version: 0 },
      preview: { text: null, version: 0 },
    };
    for (const t of this.selectTerms.all(guildId)) terms[t.level] = { text: t.text, version: t.version };
    return {
      guildId,
      announcementChannelId: raw?.announcement_channel_id ?? null,
      maintainerRoleId: raw?.maintainer_role_id ?? null,
      logChannelId: raw?.log_channel_id ?? null,
      feedbackPerMinute: raw?.feedback_per_minute ?? DEFAULT_FEEDBACK_PER_MINUTE,
      gaRolePolicy: raw?.ga_role_policy ?? 'keep',
      language: raw?.language ?? null,
      guildLocale: raw?.guild_locale ?? null,
      tags: raw ? this.tags(guildId) : [...DEFAULT_TAGS].sort(),
      gates,
      terms,
    };
  }

  /** The server's language for posts and DMs (`null`: follow the server's preferred locale). */
  setLanguage(guildId: string, language: string | null, now: Date): void {
    this.ensure(guildId, now);
    this.updateLanguage.run(language, now.toISOString(), guildId, language);
  }

  /** Remembers the server's preferred locale Discord sent, for posts made outside an interaction. */
  recordGuildLocale(guildId: string, guildLocale: string, now: Date): void {
    this.ensure(guildId, now);
    this.updateGuildLocale.run(guildLocale, guildId, guildLocale);
  }

  tags(guildId: string): string[] {
    return this.selectTags.all(guildId);
  }

  setAnnouncementChannel(guildId: string, channelId: string | null, now: Date): void {
    this.setColumn('announcement_channel_id', guildId, channelId, now);
  }

  setMaintainerRole(guildId: string, roleId: string | null, now: Date): void {
    this.setColumn('maintainer_role_id', guildId, roleId, now);
  }

  setLogChannel(guildId: string, channelId: string | null, now: Date): void {
    this.setColumn('log_channel_id', guildId, channelId, now);
  }

  setFeedbackPerMinute(guildId: string, perMinute: number, now: Date): void {
    this.ensure(guildId, now);
    this.updateRate.run(perMinute, now.toISOString(), guildId, perMinute);
  }

  setGaRolePolicy(guildId: string, policy: GaRolePolicy, now: Date): void {
    this.ensure(guildId, now);
    this.updateGaPolicy.run(policy, now.toISOString(), guildId, policy);
  }

  /** Returns false when the tag was already in the vocabulary. */
  addTag(guildId: string, tag: string, now: Date): boolean {
    this.ensure(guildId, now);
    return this.insertTag.run(guildId, tag).changes > 0;
  }

  /** Returns false when the tag was not in the vocabulary. Stored feedback keeps its tags. */
  removeTag(guildId: string, tag: string, now: Date): boolean {
    this.ensure(guildId, now);
    return this.deleteTag.run(guildId, tag).changes > 0;
  }

  setGates(guildId: string, transition: Transition, gates: GateThresholds, now: Date): void {
    this.ensure(guildId, now);
    this.upsertGate.run({ guildId, transition, ...gates });
  }

  /**
   * Stores new terms text and returns its version (each change bumps it, so consent can be traced);
   * the text the level already has keeps its version.
   */
  setTerms(guildId: string, level: TermsLevel, text: string, by: string, now: Date): number {
    this.ensure(guildId, now);
    return (
      this.upsertTerms.get(guildId, level, text, by, now.toISOString())?.version ??
      this.termsVersion.get(guildId, level)!
    );
  }

  /** Hands out the guild's next `#N`; call inside the transaction that stores the feedback. */
  nextFeedbackNumber(guildId: string, now: Date): number {
    const number = this.takeFeedbackNumber.get(guildId);
    if (number !== undefined) return number;
    this.ensure(guildId, now);
    return this.takeFeedbackNumber.get(guildId)!;
  }

  private setColumn(column: SettingColumn, guildId: string, value: string | null, now: Date): void {
    this.ensure(guildId, now);
    this.updateColumn[column].run(value, now.toISOString(), guildId, value);
  }
}
