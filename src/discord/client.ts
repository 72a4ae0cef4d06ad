import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';

/**
 * The discord.js client as Stagegate needs it: the `Guilds` intent only (channels and roles for
 * permission checks), and no cache that grows with the server: members, users and messages are
 * not kept, except the bot's own member, which permission checks read.
 */
export function createDiscordClient(apiUrl: string | undefined, restTimeoutMs?: number): Client {
  const client: Client = new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.GuildMember, Partials.User, Partials.Channel],
    rest: { ...(apiUrl ? { api: apiUrl } : {}), ...(restTimeoutMs ? { timeout: restTimeoutMs } : {}) },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === client.user?.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === client.user?.id },
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildMessageManager: 0,
      DMMessageManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
      GuildBanManager: 0,
      GuildInviteManager: 0,
      GuildScheduledEventManager: 0,
      StageInstanceManager: 0,
      GuildStickerManager: 0,
      GuildEmojiManager: 0,
      AutoModerationRuleManager: 0,
      ApplicationCommandManager: 0,
      GuildForumThreadManager: 0,
      GuildTextThreadManager: 0,
    }),
    sweepers: Options.DefaultSweeperSettings,
    allowedMentions: { parse: [] },
  });
  return client;
}
