import type { Db } from './database.js';

/** How long a claimed interaction is remembered: Discord redelivers within minutes. */
const RECEIPT_KEPT_MS = 24 * 60 * 60_000;

/** The interactions of settings-like commands already carried out, so a redelivery is not. */
export class ReceiptRepository {
  private readonly claimStmt;
  private readonly pruneStmt;
  private readonly releaseStmt;

  constructor(db: Db) {
    this.claimStmt = db.prepare<[string, string, string]>(
      'INSERT INTO interaction_receipt (interaction_id, command, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.pruneStmt = db.prepare<[string]>('DELETE FROM interaction_receipt WHERE at < ?');
    this.releaseStmt = db.prepare<[string]>('DELETE FROM interaction_receipt WHERE interaction_id = ?');
  }

  /**
   * Records the interaction as carried out; false when it already was (a redelivery). Forgets
   * receipts older than a day on the way. Call inside a transaction.
   */
  claim(interactionId: string, command: string, now: Date): boolean {
    this.pruneStmt.run(new Date(now.getTime() - RECEIPT_KEPT_MS).toISOString());
    return this.claimStmt.run(interactionId, command, now.toISOString()).changes === 1;
  }

  /** Forgets a claim (the command was refused: nothing to protect). */
  release(interactionId: string): void {
    this.releaseStmt.run(interactionId);
  }
}
