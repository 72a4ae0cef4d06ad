/**
 * What `/mydata delete` leaves of a member's feedback item (product.md §9): the item keeps its number,
 * status, tags and votes; its body reads this marker. Stored data, not a text for a reader: the
 * same in every language, as the contract spells it.
 */
export const ERASED_BODY = '[deleted by its author]';

/** What one erasure removed, as the member is told (and told again when the click is replayed). */
export interface ErasureSummary {
  /** Feedback items whose body was erased and whose author was removed. */
  feedback: number;
  votes: number;
  /** Votes withdrawn earlier (the record of the withdrawal). */
  withdrawnVotes: number;
  /** Items followed without voting (followers a duplicate handed over). */
  follows: number;
  waitlist: number;
  /** Whether a notification setting was stored (and is now gone: notifications are on by default). */
  notificationSetting: boolean;
  /** Names of the features whose live access ended (their roles are removed through the outbox). */
  access: string[];
}

/** Whether an erasure found nothing to erase. */
export function isEmptyErasure(summary: ErasureSummary): boolean {
  return (
    summary.feedback === 0 &&
    summary.votes === 0 &&
    summary.withdrawnVotes === 0 &&
    summary.follows === 0 &&
    summary.waitlist === 0 &&
    !summary.notificationSetting &&
    summary.access.length === 0
  );
}
