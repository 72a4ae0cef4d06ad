import type { OutboxEntry } from '../domain/entities.js';
import { DISCORD_ERROR, DirectMessageFallbackError, discordErrorCode } from './errors.js';
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
    case 'message-edit':
      what = `Could not update a message in <#${effect.channelId}>`;
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
      return error instanceof Error ? error.message : String(error);
  }
}
