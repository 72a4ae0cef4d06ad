import { type Guild, PermissionFlagsBits } from 'discord.js';
import { DEFAULT_LOCALE, formatList, type Locale, type MessageKey, t, text } from '../text/index.js';
import { UserError } from './errors.js';

/** What the bot needs in a channel it posts embeds in, named as Discord's settings name them. */
const POSTING_PERMISSIONS = [
  [PermissionFlagsBits.ViewChannel, 'setup.permission.viewChannel'],
  [PermissionFlagsBits.SendMessages, 'setup.permission.sendMessages'],
  [PermissionFlagsBits.EmbedLinks, 'setup.permission.embedLinks'],
] as const;

type PermissionKey = (typeof POSTING_PERMISSIONS)[number][1] & MessageKey;

/**
 * The refusal naming the permissions the bot lacks in a channel. Discord shows permission names
 * in each member's language, so the names are looked up in the reader's language when the
 * dispatcher renders the refusal, not when the check runs.
 */
class MissingChannelPermissions extends UserError {
  constructor(
    private readonly channelId: string,
    private readonly missing: readonly PermissionKey[],
  ) {
    super(text('setup.channelMissing', { channelId, missing: missingList(DEFAULT_LOCALE, missing) }));
  }

  override render(locale: Locale): string {
    return t(locale, 'setup.channelMissing', {
      channelId: this.channelId,
      missing: missingList(locale, this.missing),
    });
  }
}

function missingList(locale: Locale, keys: readonly PermissionKey[]): string {
  return formatList(
    locale,
    keys.map((key) => t(locale, key)),
  );
}

/**
 * Refuses a channel the bot cannot post embeds in, naming each missing permission, so a
 * maintainer finds out at `/setup` time rather than when the first announcement fails.
 */
export async function requirePostableChannel(guild: Guild, channelId: string): Promise<void> {
  const channel = guild.channels.cache.get(channelId);
  if (!channel) throw new UserError(text('setup.channelUnknown'));
  if (!channel.isTextBased() || channel.isThread() || channel.isVoiceBased())
    throw new UserError(text('setup.channelNotText'));
  const me = guild.members.me ?? (await guild.members.fetchMe());
  const permissions = me.permissionsIn(channel);
  const missing = POSTING_PERMISSIONS.filter(([flag]) => !permissions.has(flag, true)).map(([, key]) => key);
  if (missing.length > 0) throw new MissingChannelPermissions(channelId, missing);
}
