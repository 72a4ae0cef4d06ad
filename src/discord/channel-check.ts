import { type Guild, PermissionFlagsBits } from 'discord.js';
import { UserError } from './errors.js';
import { MESSAGES } from './messages.js';

/** What the bot needs in a channel it posts embeds in, with the names Discord's settings show. */
const POSTING_PERMISSIONS = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
] as const;

/**
 * Refuses a channel the bot cannot post embeds in, naming each missing permission, so a
 * maintainer finds out at `/setup` time rather than when the first announcement fails.
 */
export async function requirePostableChannel(guild: Guild, channelId: string): Promise<void> {
  const channel = guild.channels.cache.get(channelId);
  if (!channel) throw new UserError(MESSAGES.setup.channelUnknown);
  if (!channel.isTextBased() || channel.isThread() || channel.isVoiceBased())
    throw new UserError(MESSAGES.setup.channelNotText);
  const me = guild.members.me ?? (await guild.members.fetchMe());
  const permissions = me.permissionsIn(channel);
  const missing = POSTING_PERMISSIONS.filter(([flag]) => !permissions.has(flag, true)).map(
    ([, name]) => name,
  );
  if (missing.length > 0) throw new UserError(MESSAGES.setup.channelMissing(channelId, missing));
}
