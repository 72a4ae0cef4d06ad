import type { ForumTagKey } from '../../domain/discussion.js';
import { MAX_FORUM_TAG_NAME_LENGTH } from '../../domain/discussion.js';
import type { OutboxMessageBody } from '../../domain/entities.js';
import type { Level } from '../../domain/levels.js';
import { cutText } from '../../domain/text.js';
import type { ThreadStatusPost } from '../../lifecycle/effects.js';
import { formatList, type Locale, t, translator } from '../../text/index.js';
import type { FeedbackChannelCheck } from '../channel-check.js';
import type { ReplyContent } from '../reply.js';

/** Discord refuses message content longer than this. */
const MAX_CONTENT = 2000;

/** The level tags of a forum: the product's level names, short (a tag holds 20 characters). */
const LEVEL_TAG: Record<Level, string> = {
  'early-access': 'Early Access',
  preview: 'Preview',
  ga: 'GA',
};

/** A forum tag's name: the level's short name, or the status in the server's language. */
export function renderForumTagName(locale: Locale, key: ForumTagKey): string {
  const [kind, value] = key.split(':') as ['level', Level] | ['status', string];
  const name =
    kind === 'level' ? LEVEL_TAG[value as Level] : translator(locale)(`status.label.${value}` as never);
  return cutText(name, MAX_FORUM_TAG_NAME_LENGTH);
}

/** The post in an item's thread that tells its new status (or a note alone), with the note. */
export function renderThreadStatusPost(locale: Locale, post: ThreadStatusPost): OutboxMessageBody {
  const tr = translator(locale);
  const lines: string[] = [];
  if (post.changed) {
    lines.push(
      post.status === 'duplicate' && post.originalNumber !== null
        ? tr('thread.duplicate', { number: post.number, original: post.originalNumber })
        : tr('thread.status', { number: post.number, status: tr(`status.label.${post.status}`) }),
    );
  }
  if (post.note !== null) lines.push(tr('thread.note', { note: post.note }));
  // A note is the maintainer's text: it pings nobody.
  return { content: cutText(lines.join('\n'), MAX_CONTENT), allowed_mentions: { parse: [] } };
}

/**
 * What a maintainer learns when they set a feature's feedback channel: how its discussion works
 * there, and what the bot cannot do for lack of a permission (named, never refused).
 */
export function renderDiscussionNotes(locale: Locale, check: FeedbackChannelCheck): string {
  const tr = translator(locale);
  const { channelId } = check;
  const mode =
    check.kind === 'forum'
      ? tr('discussion.forumMode', { channelId })
      : tr('discussion.textMode', { channelId });
  if (check.missing.length === 0) return mode;
  const missing = formatList(
    locale,
    check.missing.map((permission) => tr(`setup.permission.${permission}`)),
  );
  const effects = formatList(
    locale,
    check.missing.map((permission) => tr(`discussion.cannot.${permission}`)),
  );
  return `${mode}\n${tr('discussion.missing', { channelId, missing, effects })}`;
}

/**
 * A reply with the discussion notes of the channel it set, when it set one, and the bot's forum
 * tags that will not fit in it (`tagsLeftOut`, names in the server's language).
 */
export function withDiscussionNotes(
  reply: ReplyContent,
  locale: Locale,
  check: FeedbackChannelCheck | null,
  tagsLeftOut: readonly string[] = [],
): ReplyContent {
  if (!check) return reply;
  const notes = [renderDiscussionNotes(locale, check)];
  if (tagsLeftOut.length > 0) {
    const tags = formatList(
      locale,
      tagsLeftOut.map((name) => `\`${name}\``),
    );
    notes.push(t(locale, 'discussion.tagsMissing', { channelId: check.channelId, tags }));
  }
  return { ...reply, content: cutText([reply.content ?? '', ...notes].join('\n'), MAX_CONTENT) };
}
