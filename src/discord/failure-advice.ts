import type { OutboxEntry } from '../domain/entities.js';
import { cutText } from '../domain/text.js';
import type { FailureGroup } from '../store/outbox-repository.js';
import { type Locale, type MessageKey, t } from '../text/index.js';
import { DISCORD_ERROR, DirectMessageFallbackError, discordErrorCode, httpStatus } from './errors.js';

/** Discord's limit on a message's content; reports quote Discord's error text, which can be long. */
const MAX_REPORT_LENGTH = 2000;

/** Turns Discord's refusal of an outbox effect into a sentence a maintainer can act on, in `locale`. */
export function describeDeliveryFailure(locale: Locale, entry: OutboxEntry, error: unknown): string {
  const effect = entry.effect;
  let text: string;
  switch (effect.kind) {
    case 'role-add':
    case 'role-remove':
      text = t(locale, effect.kind === 'role-add' ? 'report.roleAdd' : 'report.roleRemove', {
        roleId: effect.roleId,
        memberId: effect.memberId,
        advice: adviceFor(locale, error, true),
      });
      break;
    case 'message':
      text = t(locale, 'report.message', {
        channelId: effect.channelId,
        advice: adviceFor(locale, error, false),
      });
      break;
    case 'direct-message':
      text =
        error instanceof DirectMessageFallbackError
          ? t(locale, 'report.fallbackFailed', {
              userId: effect.userId,
              closedDms: t(locale, 'discord.cannotMessageUser'),
              channelId: error.fallbackChannelId,
              advice: adviceFor(locale, error.cause, false),
            })
          : t(locale, 'report.directMessage', {
              userId: effect.userId,
              advice: adviceFor(locale, error, false),
            });
      break;
    case 'message-edit':
      text = t(locale, 'report.messageEdit', {
        channelId: effect.channelId,
        advice: adviceFor(locale, error, false),
      });
      break;
    case 'forum-post':
    case 'thread-open':
    case 'thread-message':
    case 'thread-update':
    case 'forum-tags':
      text = t(locale, DISCUSSION_REPORT[effect.kind], {
        channelId: discussionChannel(effect),
        advice: discussionAdvice(locale, effect, error),
      });
      break;
  }
  return cutText(text, MAX_REPORT_LENGTH);
}

type DiscussionEffect = Extract<
  OutboxEntry['effect'],
  { kind: 'forum-post' | 'thread-open' | 'thread-message' | 'thread-update' | 'forum-tags' }
>;

const DISCUSSION_REPORT = {
  'forum-post': 'report.forumPost',
  'thread-open': 'report.threadOpen',
  'thread-message': 'report.threadMessage',
  'thread-update': 'report.threadUpdate',
  'forum-tags': 'report.forumTags',
} as const satisfies Record<DiscussionEffect['kind'], MessageKey>;

/** The permission each discussion effect needs beyond seeing the channel, as Discord names it. */
const DISCUSSION_PERMISSION = {
  'forum-post': 'setup.permission.createPosts',
  'thread-open': 'setup.permission.createPublicThreads',
  'thread-message': 'setup.permission.sendMessagesInThreads',
  'thread-update': 'setup.permission.manageThreads',
  'forum-tags': 'setup.permission.manageChannels',
} as const satisfies Record<DiscussionEffect['kind'], MessageKey>;

/**
 * Whether a failure cause (as `failureCause` keys it: `<kind>:<channel>:<code>`) is a permission
 * that threads, posts or tags lack: every new item meets it again until a maintainer grants it.
 */
export function isDiscussionPermissionCause(causeKey: string): boolean {
  const kind = causeKey.slice(0, causeKey.indexOf(':'));
  return Object.hasOwn(DISCUSSION_REPORT, kind) && causeKey.endsWith(`:${DISCORD_ERROR.missingPermissions}`);
}

/** The feedback channel (text channel or forum) a discussion effect is about. */
function discussionChannel(effect: DiscussionEffect): string {
  return effect.kind === 'forum-post' ? effect.forumId : effect.channelId;
}

/** A missing permission is named: the maintainer knows which box to tick. */
function discussionAdvice(locale: Locale, effect: DiscussionEffect, error: unknown): string {
  if (discordErrorCode(error) !== DISCORD_ERROR.missingPermissions) return adviceFor(locale, error, false);
  return t(locale, 'discord.missingPermission', {
    permission: t(locale, DISCUSSION_PERMISSION[effect.kind]),
  });
}

function adviceFor(locale: Locale, error: unknown, isRole: boolean): string {
  switch (discordErrorCode(error)) {
    case DISCORD_ERROR.missingPermissions:
      return isRole
        ? `${t(locale, 'discord.missingPermissions')} ${t(locale, 'discord.roleAboveBot')}`
        : t(locale, 'discord.missingPermissions');
    case DISCORD_ERROR.missingAccess:
    case DISCORD_ERROR.unknownChannel:
      return t(locale, 'discord.unknownChannel');
    case DISCORD_ERROR.unknownMember:
      return t(locale, 'discord.unknownMember');
    case DISCORD_ERROR.unknownRole:
      return t(locale, 'discord.unknownRole');
    case DISCORD_ERROR.cannotMessageUser:
      return t(locale, 'discord.cannotMessageUser');
    default:
      // Discord's own words when it gave some; otherwise a failure of ours, told plainly.
      return httpStatus(error) !== null && error instanceof Error
        ? error.message
        : t(locale, 'discord.unexpected');
  }
}

/** What a refusal has in common with others to be reported together: kind, target and cause. */
export function failureCause(
  locale: Locale,
  entry: OutboxEntry,
  error: unknown,
): { causeKey: string; kind: 'role' | 'message' | 'direct-message'; target: string; advice: string } {
  const effect = entry.effect;
  const cause =
    error instanceof DirectMessageFallbackError
      ? 'fallback'
      : String(
          discordErrorCode(error) ?? httpStatus(error) ?? (error instanceof Error ? error.name : 'error'),
        );
  switch (effect.kind) {
    case 'role-add':
    case 'role-remove':
      return {
        causeKey: `role:${effect.roleId}:${cause}`,
        kind: 'role',
        target: effect.roleId,
        advice: adviceFor(locale, error, true),
      };
    case 'message':
    case 'message-edit':
      return {
        causeKey: `message:${effect.channelId}:${cause}`,
        kind: 'message',
        target: effect.channelId,
        advice: adviceFor(locale, error, false),
      };
    case 'forum-post':
    case 'thread-open':
    case 'thread-message':
    case 'thread-update':
    case 'forum-tags': {
      // One report per channel, kind of effect and cause: a forum without a permission is told once.
      const channelId = discussionChannel(effect);
      return {
        causeKey: `${effect.kind}:${channelId}:${cause}`,
        kind: 'message',
        target: channelId,
        advice: discussionAdvice(locale, effect, error),
      };
    }
    case 'direct-message':
      return {
        causeKey: `direct-message:${cause}`,
        kind: 'direct-message',
        target: '',
        advice:
          error instanceof DirectMessageFallbackError
            ? `${t(locale, 'discord.cannotMessageUser')} ${adviceFor(locale, error.cause, false)}`
            : adviceFor(locale, error, false),
      };
  }
}

/** One line for many refusals with one cause: "120 role changes for Query Insights failed: ...". */
export function describeFailureGroup(
  locale: Locale,
  group: Pick<FailureGroup, 'kind' | 'target' | 'advice'>,
  count: number,
  featureName: string | null,
): string {
  const { advice, target } = group;
  let text: string;
  if (group.kind === 'role')
    text = featureName
      ? t(locale, 'report.groupRole', { count, feature: featureName, advice })
      : t(locale, 'report.groupRoleOf', { count, roleId: target, advice });
  else if (group.kind === 'message')
    text = t(locale, 'report.groupMessage', { count, channelId: target, advice });
  else text = t(locale, 'report.groupDirectMessage', { count, advice });
  return cutText(text, MAX_REPORT_LENGTH);
}
