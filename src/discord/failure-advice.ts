import type { OutboxEntry } from '../store/outbox-repository.js';
import { DISCORD_ERROR, discordErrorCode } from './errors.js';
import { MESSAGES } from './messages.js';

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
  return `${what}: ${adviceFor(error)}`;
}

function adviceFor(error: unknown): string {
  switch (discordErrorCode(error)) {
    case DISCORD_ERROR.missingPermissions:
      return `${MESSAGES.discord.missingPermissions} ${MESSAGES.discord.roleAboveBot}`;
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
