import type { Db } from './database.js';

/** Whether members want notification DMs, per server. No row means on. */
export class NotificationRepository {
  private readonly getStmt;
  private readonly setStmt;
  private readonly disabledStmt;

  constructor(db: Db) {
    this.getStmt = db
      .prepare<[string, string], number>(
        'SELECT enabled FROM notification_setting WHERE guild_id = ? AND member_id = ?',
      )
      .pluck();
    this.setStmt = db.prepare<[string, string, number, string]>(
      `INSERT INTO notification_setting (guild_id, member_id, enabled, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (guild_id, member_id) DO UPDATE SET enabled = excluded.enabled, updated_at = excluded.updated_at`,
    );
    this.disabledStmt = db
      .prepare<[string], string>(
        'SELECT member_id FROM notification_setting WHERE guild_id = ? AND enabled = 0',
      )
      .pluck();
  }

  enabled(guildId: string, memberId: string): boolean {
    return (this.getStmt.get(guildId, memberId) ?? 1) === 1;
  }

  /** Stores the member's choice; returns whether it changed anything. */
  set(guildId: string, memberId: string, enabled: boolean, now: Date): boolean {
    const before = this.enabled(guildId, memberId);
    this.setStmt.run(guildId, memberId, enabled ? 1 : 0, now.toISOString());
    return before !== enabled;
  }

  /** The members of the guild who turned notifications off. */
  disabled(guildId: string): Set<string> {
    return new Set(this.disabledStmt.all(guildId));
  }
}
