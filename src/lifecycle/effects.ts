import type { GrantHow } from '../domain/access.js';
import type { ForumTagKey } from '../domain/discussion.js';
import type {
  Feature,
  FeedbackItem,
  LevelEvidence,
  OutboxEditBody,
  OutboxMessageBody,
} from '../domain/entities.js';
import type { RefusedRolePermission } from '../domain/feature-rules.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import type { ReadinessReport } from '../domain/gates.js';
import type { Level } from '../domain/levels.js';
import type { Locale } from '../text/index.js';

/**
 * The port through which use cases get the bodies of the messages they queue in the outbox
 * (announcements, direct messages, feedback copies, readiness notices) and the audit-log
 * reasons of role changes. Use cases decide *that* a message goes out and with which facts;
 * the Discord adapter (`src/discord/render/effects.ts`) decides how it reads. Keeps the
 * lifecycle free of text and of discord.js.
 */
export interface EffectRenderer {
  /**
   * The audit-log reason of a role change (Discord shows it in the server's audit log), in the
   * server's language (`serverLocale`).
   */
  roleReason(locale: Locale, reason: RoleChangeReason): string;

  // --- access: join, leave, invites, access ---
  /**
   * The direct message telling a member they are invited to an Early Access feature (by code or by
   * name), in the server's language (`serverLocale`): the member did not cause it.
   */
  invitedDm(
    locale: Locale,
    feature: Feature,
    invite: { code: string; expiresAt: Date },
    guildName: string,
  ): OutboxMessageBody;
  /**
   * The direct message telling a member a maintainer removed their access, with the maintainer's
   * reason, in the server's language (`serverLocale`).
   */
  accessRevokedDm(locale: Locale, feature: Feature, guildName: string, reason: string): OutboxMessageBody;

  // --- features, promotion, feedback, readiness ---
  // (`locale`: the server's language, `serverLocale(settings)`: these posts are not caused by a reader.)
  /** The log-channel notice that a feature meets every gate of its next transition. */
  readinessNotice(locale: Locale, feature: Feature, report: ReadinessReport): OutboxMessageBody;
  /** The copy of a new feedback item posted in the feature's feedback channel, in the server's language. */
  feedbackMirror(locale: Locale, item: FeedbackItem, feature: Feature): OutboxMessageBody;
  /** The announcement-channel post of a promotion; it may mention the feature's role only. */
  promotionAnnouncement(
    locale: Locale,
    facts: AnnouncementFacts & { to: Level; note: string | null },
  ): OutboxMessageBody;
  /** The announcement-channel post of a retirement, with its reason; it may mention the feature's role only. */
  retirementAnnouncement(locale: Locale, facts: AnnouncementFacts & { reason: string }): OutboxMessageBody;
  /** The direct message telling a waitlisted member that the feature entered Preview and they can sign up. */
  waitlistOpened(locale: Locale, feature: Feature): OutboxMessageBody;
  /** The revoke reason stored on each grant a retirement ends. */
  retiredGrantReason(locale: Locale, reason: string): string;
  /**
   * The log-channel notice that a feature's role gained permissions a feature role must not carry,
   * so it is not handed out until a maintainer fixes it.
   */
  featureRoleAlert(
    locale: Locale,
    facts: { feature: Feature; roleName: string; permissions: RefusedRolePermission[] },
  ): OutboxMessageBody;

  // --- votes and notifications ---
  // (`locale`: the server's language, `serverLocale(settings)`: the copy is the server's post, and
  // these DMs are not caused by the member who gets them.)
  /**
   * The vote button of a feedback copy, its label showing the count: part of the copy when it is
   * posted, and the whole body of the edits that keep the label current.
   */
  voteButtons(
    locale: Locale,
    item: { id: number; number: number; closed: boolean },
    votes: number,
  ): OutboxEditBody;
  /** The direct message telling a follower that an item's status changed (with the opt-out button). */
  statusNotification(locale: Locale, notice: StatusNotice): OutboxMessageBody;
  /**
   * The direct message thanking a member for the feedback they gave at the level a feature left, in
   * the server's language (`serverLocale`): the promotion, not the member, caused it.
   */
  promotionThanks(locale: Locale, notice: ThanksNotice): OutboxMessageBody;

  // --- discussion: threads and forum posts ---
  // (`locale`: the server's language, `serverLocale(settings)`: these are the server's posts.)
  /** The post in an item's thread or forum post that tells a status change (with the note), or a note alone. */
  threadStatusPost(locale: Locale, post: ThreadStatusPost): OutboxMessageBody;
  /** The name of a forum tag the bot manages (at most 20 characters). */
  forumTagName(locale: Locale, key: ForumTagKey): string;
}

/** What a status post in an item's thread says. */
export interface ThreadStatusPost {
  number: number;
  /** The item's status after the change (or as it stands, for a note alone). */
  status: FeedbackStatus;
  /** False for a note recorded without a status change. */
  changed: boolean;
  note: string | null;
  /** The original's `#M` when the item was closed as its duplicate. */
  originalNumber: number | null;
}

/** What an announcement of a promotion or retirement reports. */
export interface AnnouncementFacts {
  feature: Feature;
  /** The level the feature leaves (a retired feature leaves Early Access). */
  from: Level;
  /** The feedback received at `from`. */
  evidence: LevelEvidence;
  /** When the feature entered `from`, and when it left it. */
  levelEnteredAt: Date;
  at: Date;
  /** False when the feature's role was deleted: a mention would show as "@deleted-role". */
  roleExists: boolean;
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
  | { cause: 'joined'; featureKey: string; how: GrantHow }
  | { cause: 'left'; featureKey: string }
  | { cause: 'revoked'; reason: string }
  | { cause: 'granted-by-maintainer'; maintainerName: string }
  | { cause: 'retired'; featureKey: string }
  | { cause: 'role-moved-from'; featureKey: string }
  | { cause: 'role-moved-to'; featureKey: string }
  | { cause: 'ga-role-removed'; featureKey: string }
  | { cause: 'restored' }
  | { cause: 'held-without-access' }
  /** `/mydata delete`: the member erased their data, which ends their access. */
  | { cause: 'data-deleted'; featureKey: string };
