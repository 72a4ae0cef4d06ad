import { FEEDBACK_STATUSES, type FeedbackStatus } from './feedback-rules.js';
import { LEVELS, type Level } from './levels.js';
import { cutText } from './text.js';
import { isClosedStatus } from './votes.js';

/**
 * Where the discussion of a feedback item lives (product.md §8). A feature's feedback channel is
 * either a text or announcement channel, where each copy opens a public thread on itself, or a
 * forum channel, where each item is a post whose first message is the copy.
 */
export const FEEDBACK_CHANNEL_KINDS = ['text', 'forum'] as const;
export type FeedbackChannelKind = (typeof FEEDBACK_CHANNEL_KINDS)[number];

/** Discord's limit on a thread's (or forum post's) name. */
export const MAX_THREAD_NAME_LENGTH = 100;
/** Discord's limits on a forum's tags: how many a forum holds, and a tag name's length. */
export const MAX_FORUM_TAGS = 20;
export const MAX_FORUM_TAG_NAME_LENGTH = 20;

/**
 * Discord markup a thread name shows as raw text (names render no mentions): a custom emoji reads as
 * its `:name:`, a mention of a member, role or channel as `@…` or `#…` (whose name the bot does not
 * know here), a timestamp as `…`.
 */
const NAME_MARKUP: readonly [RegExp, string][] = [
  [/<a?:(\w{2,32}):\d{17,20}>/g, ':$1:'],
  [/<@[!&]?\d{17,20}>/g, '@…'],
  [/<#\d{17,20}>/g, '#…'],
  [/<t:-?\d+(?::[tTdDfFR])?>/g, '…'],
];

/**
 * The name of an item's thread or post: `#N · <start of the feedback>`, on one line, with Discord
 * markup made readable, at most 100 characters, cut between graphemes (never inside an emoji or a
 * letter with its accents).
 */
export function threadName(number: number, body: string): string {
  const plain = NAME_MARKUP.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    body,
  );
  const oneLine = plain.replace(/\s+/g, ' ').trim();
  return cutText(`#${number} · ${oneLine}`, MAX_THREAD_NAME_LENGTH);
}

/**
 * A forum tag the bot manages, named by what it stands for: one per level (the feature's current
 * level) and one per status (the item's). Its Discord id is learnt when the bot creates it.
 */
export type ForumTagKey = `level:${Level}` | `status:${FeedbackStatus}`;

/** Every tag the bot keeps in a feedback forum: 3 levels and 6 statuses, 9 of the forum's 20. */
export const FORUM_TAG_KEYS: readonly ForumTagKey[] = [
  ...LEVELS.map((level) => `level:${level}` as const),
  ...FEEDBACK_STATUSES.map((status) => `status:${status}` as const),
];

/** The tags a post carries: the feature's current level and the item's status. */
export function postTags(level: Level, status: FeedbackStatus): ForumTagKey[] {
  return [`level:${level}`, `status:${status}`];
}

/** A closed item's thread or post is archived once its closing status is posted in it. */
export function archivesDiscussion(status: FeedbackStatus): boolean {
  return isClosedStatus(status);
}

/** A forum tag as Discord lists it in the forum's `available_tags`. */
export interface ForumTag {
  id: string;
  name: string;
}

/** The tags to give a forum: its own, then the missing ones the bot manages, as many as fit. */
export interface ForumTagPlan {
  /** The forum's full list after the change (tags it had keep their id). */
  tags: { id?: string; name: string }[];
  /** Keys of tags the forum already had by name (their id is adopted). */
  adopted: { key: ForumTagKey; id: string }[];
  /** Keys of tags to be created (their id is known from Discord's answer). */
  created: ForumTagKey[];
  /** Keys that did not fit in the forum's 20 tags. */
  missing: ForumTagKey[];
}

/**
 * Merges the tags the bot manages into a forum's tags. A tag with the same name (case aside) is
 * adopted rather than duplicated; a tag the bot created before under another name (`known`, by id,
 * still in the forum) is kept as it is (a moderator may have renamed it); the rest are appended
 * while the forum has room for them, in `FORUM_TAG_KEYS` order (levels first).
 */
export function planForumTags(
  existing: readonly ForumTag[],
  wanted: readonly { key: ForumTagKey; name: string }[],
  known: ReadonlyMap<ForumTagKey, string>,
): ForumTagPlan {
  const tags: { id?: string; name: string }[] = existing.map((tag) => ({ id: tag.id, name: tag.name }));
  const byName = new Map(existing.map((tag) => [tag.name.toLocaleLowerCase(), tag.id]));
  const ids = new Set(existing.map((tag) => tag.id));
  const adopted: ForumTagPlan['adopted'] = [];
  const created: ForumTagKey[] = [];
  const missing: ForumTagKey[] = [];
  const planned = new Set<string>();
  for (const { key, name } of wanted) {
    const knownId = known.get(key);
    if (knownId !== undefined && ids.has(knownId)) {
      adopted.push({ key, id: knownId });
      continue;
    }
    const sameName = byName.get(name.toLocaleLowerCase());
    if (sameName !== undefined) {
      adopted.push({ key, id: sameName });
      continue;
    }
    // No room, or a name another wanted tag takes already (two tags of one name could not be told apart).
    if (tags.length >= MAX_FORUM_TAGS || planned.has(name.toLocaleLowerCase())) {
      missing.push(key);
      continue;
    }
    tags.push({ name: cutText(name, MAX_FORUM_TAG_NAME_LENGTH) });
    planned.add(name.toLocaleLowerCase());
    created.push(key);
  }
  return { tags, adopted, created, missing };
}
