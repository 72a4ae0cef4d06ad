import type { Feature, OutboxEditBody, OutboxMessageBody } from '../domain/entities.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import type { ReadinessReport } from '../domain/gates.js';
import type { Level } from '../domain/levels.js';

/**
 * The port through which use cases get the bodies of the messages they queue in the outbox
 * (announcements, direct messages, feedback copies, readiness notices) and the audit-log
 * reasons of role changes. Use cases decide *that* a message goes out and with which facts;
 * the Discord adapter (`src/discord/render/effects.ts`) decides how it reads. Keeps the
 * lifecycle free of text and of discord.js.
 */
export interface EffectRenderer {
  /** The audit-log reason of a role change (Discord shows it in the server's audit log). */
  roleReason(reason: RoleChangeReason): string;

  // --- access: join, leave, invites, access ---

  // --- features, promotion, feedback, readiness ---
  /** The log-channel notice that a feature meets every gate of its next transition. */
  readinessNotice(feature: Feature, report: ReadinessReport): OutboxMessageBody;

  // --- votes and notifications ---
  /**
   * The vote button of a feedback copy, its label showing the count: part of the copy when it is
   * posted, and the whole body of the edits that keep the label current.
   */
  voteButtons(item: { id: number; number: number; closed: boolean }, votes: number): OutboxEditBody;
  /** The direct message telling a follower that an item's status changed (with the opt-out button). */
  statusNotification(notice: StatusNotice): OutboxMessageBody;
  /** The direct message thanking a member for the feedback they gave at the level a feature left. */
  promotionThanks(notice: ThanksNotice): OutboxMessageBody;
}

/** What a status notification says; `memberId` and `guildId` bind its opt-out button. */
export interface StatusNotice {
  guildId: string;
  memberId: string;
  number: number;
  featureName: string;
  status: FeedbackStatus;
  note: string | null;
  /** The original's `#M` when the item was closed as its duplicate. */
  originalNumber: number | null;
}

/** What the thanks on promotion lists: the member's first items at the level left, and how many. */
export interface ThanksNotice {
  guildId: string;
  memberId: string;
  featureName: string;
  from: Level;
  to: Level;
  items: { number: number; status: FeedbackStatus; body: string }[];
  total: number;
}

/** Why a member's feature role is added or removed. */
export type RoleChangeReason =
  | { cause: 'joined'; featureKey: string; how: string }
  | { cause: 'left'; featureKey: string }
  | { cause: 'revoked'; reason: string }
  | { cause: 'granted-by-maintainer'; maintainerName: string }
  | { cause: 'retired'; featureKey: string }
  | { cause: 'role-moved-from'; featureKey: string }
  | { cause: 'role-moved-to'; featureKey: string }
  | { cause: 'ga-role-removed'; featureKey: string }
  | { cause: 'restored' }
  | { cause: 'held-without-access' };
