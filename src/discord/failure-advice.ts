import type { OutboxEntry } from '../domain/entities.js';
import type { FailureGroup } from '../store/outbox-repository.js';
import { DISCORD_ERROR, DirectMessageFallbackError, discordErrorCode, httpStatus } from './errors.js';
import { MESSAGES } from './messages.js';

/** Discord's limit on a message's content; reports quote Discord's error text, which can be long. */
const MAX_REPORT_LENGTH = 2000;

/** Turns Discord's refusal of an outbox effect into a sentence a maintainer can act on. */
export function describeDeliveryFailure(entry: OutboxEntry, error: unknown): string {
  const effect = entry.effect;
  let what: string;
  switch (effect.kind) {
    case 'role-add':
      what = `Could not give <@&${effect.roleId}> to <@${effect.memberId}>`;
      break;
    case 'role-remove':
      what = `Could not remove <@&${effect.roleId}> from <@${effect.memberId}>`;
      break;
    case 'message':
      what = `Could not post in <#${effect.channelId}>`;
      break;
    case 'direct-message':
      what = `Could not send a direct message to <@${effect.userId}>`;
      break;
  }
  const isRole = effect.kind === 'role-add' || effect.kind === 'role-remove';
  const text =
    error instanceof DirectMessageFallbackError
      ? `${what}: ${MESSAGES.discord.cannotMessageUser} Could not mention them in <#${error.fallbackChannelId}> either: ${adviceFor(error.cause, false)}`
      : `${what}: ${adviceFor(error, isRole)}`;
  return text.length > MAX_REPORT_LENGTH ? `${text.slice(0, MAX_REPORT_LENGTH - 1)}…` : text;
}

function adviceFor(error: unknown, isRole: boolean): string {
  switch (discordErrorCode(error)) {
    case DISCORD_ERROR.missingPermissions:
      return isRole
        ? `${MESSAGES.discord.missingPermissions} ${MESSAGES.discord.roleAboveBot}`
        : MESSAGES.discord.missingPermissions;
    case DISCORD_ERROR.missingAccess:
    case DISCORD_ERROR.unknownChannel:
      return MESSAGES.discord.unknownChannel;
    case DISCORD_ERROR.unknownMember:
      return MESSAGES.discord.unknownMember;
    case DISCORD_ERROR.unknownRole:
      return MESSAGES.discord.unknownRole;
    case DISCORD_ERROR.cannotMessageUser:
      return MESSAGES.discord.cannotMessageUser;
    default:
      // Discord's own words when it gave some; otherwise a failure of ours, told plainly.
      return httpStatus(error) !== null && error instanceof Error
        ? error.message
        : MESSAGES.discord.unexpected;
  }
}

/** What a refusal has in common with others to be reported together: kind, target and cause. */
export function failureCause(
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
        advice: adviceFor(error, true),
      };
    case 'message':
      return {
        causeKey: `message:${effect.channelId}:${cause}`,
        kind: 'message',
        target: effect.channelId,
        advice: adviceFor(error, false),
      };
    case 'direct-message':
      return {
        causeKey: `direct-message:${cause}`,
        kind: 'direct-message',
        target: '',
        advice:
          error instanceof DirectMessageFallbackError
            ? `${MESSAGES.discord.cannotMessageUser} ${adviceFor(error.cause, false)}`
            : adviceFor(error, false),
      };
  }
}

/** One line for many refusals with one cause: "120 role changes for Query Insights failed: ...". */
export function describeFailureGroup(
  group: Pick<FailureGroup, 'kind' | 'target' | 'advice'>,
  count: number,
  featureName: string | null,
): string {
  const text = MESSAGES.discord.failureGroup(group.kind, count, group.target, featureName, group.advice);
  return text.length > MAX_REPORT_LENGTH ? `${text.slice(0, MAX_REPORT_LENGTH - 1)}…` : text;
}
