/** Plain data records of the fake Discord world. All ids are snowflake strings. */

/** Channel types of threads: 10 announcement thread, 11 public thread (and forum post), 12 private thread. */
export const THREAD_TYPES: ReadonlySet<number> = new Set([10, 11, 12]);

/** Channel types that hold only threads (forum 15, media 16). */
export const THREAD_ONLY_TYPES: ReadonlySet<number> = new Set([15, 16]);

export function isThread(channel: FakeChannel): channel is FakeThread {
  return THREAD_TYPES.has(channel.type);
}

export interface FakeUser {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  /** When true, `POST /channels/{dm}/messages` to this user answers 403 code 50007. */
  dmsClosed: boolean;
}

export interface FakeRole {
  id: string;
  guildId: string;
  name: string;
  position: number;
  permissions: bigint;
  color: number;
  hoist: boolean;
  mentionable: boolean;
  managed: boolean;
  /** Set for the bot's integration role. */
  botId?: string;
}

export interface FakeMember {
  /** The user id. */
  id: string;
  guildId: string;
  user: FakeUser;
  /** Role ids, without the `@everyone` role. Mutated by the role REST routes. */
  roles: Set<string>;
  joinedAt: string;
  nick: string | null;
}

export interface FakeOverwrite {
  id: string;
  /** 0 = role, 1 = member. */
  type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface FakeChannel {
  id: string;
  guildId: string;
  name: string;
  type: number;
  position: number;
  parentId: string | null;
  topic: string | null;
  overwrites: FakeOverwrite[];
  /** Channel flags; on a forum, `REQUIRE_TAG` (16) makes a tag mandatory for new posts. */
  flags: number;
  /** A forum's tags (at most 20); empty for other channel types. */
  availableTags: FakeForumTag[];
}

export interface FakeForumTag {
  id: string;
  /** 1-20 characters. */
  name: string;
  /** Only members with Manage Threads may add or remove it. */
  moderated: boolean;
  emojiId: string | null;
  emojiName: string | null;
}

export type AutoArchiveDuration = 60 | 1440 | 4320 | 10080;

export interface FakeThreadMetadata {
  archived: boolean;
  autoArchiveDuration: AutoArchiveDuration;
  /** Set on creation and whenever `archived` changes (as Discord does). */
  archiveTimestamp: string;
  /** A locked thread can be un-archived (and posted in) only with Manage Threads. */
  locked: boolean;
  createTimestamp: string;
}

/**
 * A thread (type 11 public, 10 announcement, 12 private) or a forum post (type 11 in a forum). Kept
 * in `FakeGuild.threads`, apart from the guild's channel list, as Discord lists threads apart.
 * `overwrites` is always empty: a thread's permissions are its parent's.
 */
export interface FakeThread extends FakeChannel {
  parentId: string;
  ownerId: string;
  metadata: FakeThreadMetadata;
  /** Messages in the thread, not counting the starter message nor deleted ones (Discord's rule). */
  messageCount: number;
  /** Like `messageCount`, but never decremented by deletions. */
  totalMessageSent: number;
  /** User ids of the thread's members (its creator and everyone who posted in it). */
  memberIds: Set<string>;
  /** Tag ids applied to a forum post; `null` for a thread outside a forum. */
  appliedTags: string[] | null;
  rateLimitPerUser: number;
  lastMessageId: string | null;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  botRoleId: string;
  roles: Map<string, FakeRole>;
  members: Map<string, FakeMember>;
  channels: Map<string, FakeChannel>;
  /** Threads and forum posts, by id (not part of `channels`, as on Discord). */
  threads: Map<string, FakeThread>;
  /**
   * The server's preferred locale (`preferred_locale`), sent with every interaction as
   * `guild_locale`. Mutable: a test may change it between interactions (no GUILD_UPDATE is sent).
   */
  preferredLocale: string;
}

export interface FakeFile {
  /** Multipart field name, e.g. `files[0]`. */
  field: string;
  name: string;
  data: Buffer;
  contentType: string | undefined;
}

export type MessageSource = 'channel' | 'dm' | 'interaction' | 'followup' | 'component';

export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  authorId: string;
  source: MessageSource;
  /** Interaction token when the message belongs to an interaction response. */
  interactionToken: string | null;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  /** Uploaded files (multipart), accumulated across edits. */
  files: FakeFile[];
  /** API attachment objects as returned to the bot. */
  attachments: Record<string, unknown>[];
  nonce: string | number | null;
  timestamp: string;
  editedTimestamp: string | null;
  deleted: boolean;
  /** The JSON body (or `payload_json`) of the last create/edit request. */
  body: Record<string, unknown>;
  edits: number;
}

export interface RecordedRequest {
  seq: number;
  at: number;
  method: string;
  /** Path after `/api/v10`, without the query string. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  contentType: string | null;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body. */
  body: unknown;
  files: FakeFile[];
  /** Filled in when answered. */
  status: number | null;
  response: unknown;
}

export interface Violation {
  method: string;
  path: string;
  /** The spec operation (`METHOD /template`) when the path is known. */
  operation: string | null;
  errors: unknown[];
}

export interface InteractionCallback {
  type: number;
  data: Record<string, unknown> | null;
  files: FakeFile[];
  at: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  /** Command name or component/modal custom id, for error messages. */
  label: string;
  /** `null` for an interaction in a direct message with the bot. */
  guildId: string | null;
  channelId: string;
  userId: string;
  payload: Record<string, unknown>;
  createdAt: number;
  callbacks: InteractionCallback[];
  /** The `@original` message (created by callback 4/5, or the component's message for 6/7). */
  originalMessageId: string | null;
  followupIds: string[];
  /** For component interactions: the message the component sits on. */
  sourceMessageId: string | null;
  /** The message that changed last (original edit or follow-up). */
  lastVisibleMessageId: string | null;
  /** Number of `@original` edits and follow-ups received. */
  updates: number;
}
