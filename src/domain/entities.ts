import type { GrantHow } from './access.js';
import type { FeedbackChannelKind, ForumTagKey } from './discussion.js';
import type { FeedbackStatus } from './feedback-rules.js';
import type { GateThresholds, ReadinessReport } from './gates.js';
import type { InviteState } from './invites.js';
import type { FeatureState, Level, Transition } from './levels.js';
import type { GaRolePolicy } from './promotion.js';

/**
 * The lifecycle's entities, as the store returns them and the use cases and renderers read them.
 * Plain data: no SQL, no Discord types.
 */

/** A message body as Discord takes it (a subset of its JSON), stored in the outbox as is. */
export interface MessageEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string; inline?: boolean }[];
}

export interface AllowedMentions {
  parse?: ('roles' | 'users' | 'everyone')[];
  roles?: string[];
  users?: string[];
  replied_user?: boolean;
}

export interface Feature {
  id: number;
  guildId: string;
  key: string;
  name: string;
  description: string;
  level: Level;
  levelEnteredAt: Date;
  roleId: string;
  feedbackChannelId: string | null;
  /** Whether the feedback channel is a text channel (a thread per copy) or a forum (a post per item). */
  feedbackChannelKind: FeedbackChannelKind;
  seatCap: number | null;
  admissionsPaused: boolean;
  state: FeatureState;
  retiredAt: Date | null;
  retiredBy: string | null;
  retireReason: string | null;
  readyNoticeLevel: Level | null;
  createdBy: string;
  createdAt: Date;
}

export interface FeatureSummary {
  feature: Feature;
  feedbackCount: number;
  participants: number;
}

/** What a level produced, as announcements and readiness reports show it. */
export interface LevelEvidence {
  total: number;
  /** Distinct members who gave feedback at the level or voted on the feature's items while it was there. */
  participants: number;
  /** Items given at the level whose status is `resolved`. */
  resolved: number;
  byTag: { tag: string; count: number }[];
}

/** One stored feedback item. `number` is the guild's `#N`; `tags` are sorted. */
export interface FeedbackItem {
  id: number;
  guildId: string;
  number: number;
  featureId: number;
  level: Level;
  /** `null` once the author erased their data (`/mydata delete`); the body then reads `ERASED_BODY`. */
  authorId: string | null;
  body: string;
  status: FeedbackStatus;
  sourceInteractionId: string;
  createdAt: Date;
  tags: string[];
  /** Members backing the item (its author never counts); 0 once it is merged into an original. */
  votes: number;
  /** The original's feedback id when the status is `duplicate`. */
  duplicateOf: number | null;
}

export interface AccessGrant {
  id: number;
  featureId: number;
  memberId: string;
  how: GrantHow;
  inviteId: number | null;
  termsVersion: number | null;
  termsAcceptedAt: Date | null;
  grantedBy: string;
  grantedAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

export interface Invite extends InviteState {
  id: number;
  code: string;
  featureId: number;
  createdBy: string;
  createdAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
}

export type WaitlistCloseReason = 'admitted' | 'granted' | 'left' | 'gate-opened' | 'retired';

export interface WaitlistEntry {
  id: number;
  featureId: number;
  memberId: string;
  joinedAt: Date;
}

export interface Promotion {
  id: number;
  featureId: number;
  from: Level;
  to: Level;
  byId: string;
  at: Date;
  note: string | null;
  report: ReadinessReport | null;
  forced: boolean;
}

export type TermsLevel = 'early-access' | 'preview';

/**
 * The terms of one level. Until a maintainer sets them with `/setup terms` the built-in terms
 * apply: `text` is null (the text catalogue holds them, they are text for members) and `version` 0.
 */
export interface LevelTerms {
  text: string | null;
  version: number;
}

export interface GuildSettings {
  guildId: string;
  announcementChannelId: string | null;
  maintainerRoleId: string | null;
  logChannelId: string | null;
  feedbackPerMinute: number;
  gaRolePolicy: GaRolePolicy;
  tags: string[];
  gates: Record<Transition, GateThresholds>;
  terms: Record<TermsLevel, LevelTerms>;
  /** Set with `/setup language` (a supported locale), or null to follow the server's preferred locale. */
  language: string | null;
  /** The server's preferred locale as Discord last sent it. */
  guildLocale: string | null;
}

/** A button as Discord takes it (type 2); a link button has a `url` instead of a `custom_id`. */
export interface MessageButton {
  type: 2;
  /** 1 primary, 2 secondary, 3 success, 4 danger, 5 link. */
  style: 1 | 2 | 3 | 4 | 5;
  label?: string;
  custom_id?: string;
  emoji?: { name: string };
  disabled?: boolean;
}

/** A row of buttons (type 1). */
export interface MessageActionRow {
  type: 1;
  components: MessageButton[];
}

/** A message body as the outbox stores it; the worker adds the nonce at delivery. */
export interface OutboxMessageBody {
  content?: string;
  embeds?: MessageEmbed[];
  components?: MessageActionRow[];
  allowed_mentions: AllowedMentions;
}

/** What an edit replaces in a posted message; the parts left out stay as they are. */
export interface OutboxEditBody {
  content?: string;
  embeds?: MessageEmbed[];
  components?: MessageActionRow[];
  allowed_mentions?: AllowedMentions;
}

export type OutboxEffect =
  | {
      kind: 'message';
      channelId: string;
      body: OutboxMessageBody;
      /** A delivery-failure report: when it fails too, nothing reports that. */
      report?: true;
    }
  | {
      kind: 'direct-message';
      userId: string;
      body: OutboxMessageBody;
      /** Where to mention the member instead when their DMs are closed. */
      fallbackChannelId: string | null;
      report?: true;
      /**
       * A notification the member can turn off (status changes, thanks): when their DMs are closed
       * it is skipped and counted, never reported as a failure.
       */
      notification?: true;
    }
  | {
      /**
       * Replaces parts of a message the bot posted (the vote button of a feedback copy). Edits of
       * one message share a lane and are coalesced by the use case that queues them.
       */
      kind: 'message-edit';
      channelId: string;
      /** `null` while the message is still being posted: then `postedBy` names the outbox row that posts it. */
      messageId: string | null;
      /** The outbox row that posts the message; its result is the message id once delivered. */
      postedBy: number | null;
      body: OutboxEditBody;
      /**
       * The message is a forum post's first message: it lives in the post (a channel whose id is
       * the message's), not in `channelId` (the forum).
       */
      inOwnThread?: true;
    }
  | { kind: 'role-add' | 'role-remove'; memberId: string; roleId: string; reason: string }
  | {
      /** A feedback item's forum post, whose first message is the copy; the result is the post's id. */
      kind: 'forum-post';
      forumId: string;
      feedbackId: number;
      name: string;
      /** Applied as the forum's ids for them, as far as the bot created them (`forum_tag`). */
      tags: ForumTagKey[];
      body: OutboxMessageBody;
    }
  | {
      /** A public thread on a copy in a text channel; the result is the thread's id (the copy's id). */
      kind: 'thread-open';
      channelId: string;
      feedbackId: number;
      /** `null` while the copy is still being posted: then `postedBy` names the row that posts it. */
      messageId: string | null;
      postedBy: number | null;
      name: string;
    }
  | ({
      /** A message in an item's thread or post (a status change, a note). */
      kind: 'thread-message';
      body: OutboxMessageBody;
    } & ThreadTarget)
  | ({
      /** Changes an item's thread or post: its forum tags, archived state, name. */
      kind: 'thread-update';
      /** The forum the post is in, whose ids the tags are given as; `null` for a thread in a text channel. */
      forumId: string | null;
      tags?: ForumTagKey[];
      archived?: boolean;
      name?: string;
    } & ThreadTarget)
  | {
      /** Creates the tags the bot manages in a forum (merged with the forum's own) and records their ids. */
      kind: 'forum-tags';
      channelId: string;
      tags: { key: ForumTagKey; name: string }[];
    };

/** The thread or post an effect is about: its id, or the outbox row whose result will name it. */
export interface ThreadTarget {
  feedbackId: number;
  /** The feedback channel the thread hangs on (a text channel or a forum): failures are reported against it. */
  channelId: string;
  threadId: string | null;
  /** The row that opens the thread or posts the post; its result is the thread's id once delivered. */
  openedBy: number | null;
}

export type OutboxKind = OutboxEffect['kind'];

export interface OutboxEntry {
  id: number;
  guildId: string;
  effect: OutboxEffect;
  /** The member who caused the effect; told when it fails for good. */
  actorId: string | null;
  attempts: number;
  status: 'pending' | 'delivered' | 'failed' | 'cancelled';
  lastError: string | null;
  /** Set while a message's delivery is under way; still set later means Discord's answer was lost. */
  sendingSince: Date | null;
}
