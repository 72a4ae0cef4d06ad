/**
 * Member-facing texts of the Discord adapter, kept together so they can be translated later.
 * Domain rule messages live in `src/domain/messages.ts`.
 */
const VOTE_PLURAL = new Intl.PluralRules('en-US');

export const MESSAGES = {
  genericError: (reference: string) =>
    `Something went wrong on our side. Please try again; if it keeps happening, give a maintainer the reference \`${reference}\`.`,
  shuttingDown: 'Stagegate is restarting. Please try again in a moment.',
  guildOnly: 'Stagegate commands work inside a server only.',
  maintainerOnly:
    'This command is for maintainers: you need the Manage Server permission or the maintainer role set with `/setup maintainers`.',
  unknownCommand:
    'This command is not available any more. It may take a moment for Discord to update the list.',
  expiredComponent: 'This button or form has expired. Run the command again.',
  notYourComponent: 'These buttons belong to another member.',
  unknownFeature: (key: string) =>
    `There is no active feature \`${key}\`. Use \`/features\` to see the list.`,
  yourText: 'Your text (copy it to try again)',
  invalidOption: (option: string, problem: string) => `\`${option}\`: ${problem}`,
  feature: {
    created: (name: string, key: string, level: string) =>
      `Created **${name}** (\`${key}\`) in ${level}. Members can now \`/join\` it with an invite or give \`/feedback\`.`,
    keyTaken: (key: string) =>
      `A feature with the key \`${key}\` already exists in this server. Pick another key.`,
    edited: (key: string, fields: string[]) => `Updated \`${key}\`: ${fields.join(', ')}.`,
    nothingToEdit: 'Give at least one option to change (name, description, role, channel or seats).',
    reasonRequired: 'Give a reason: it is recorded and shown in the announcement.',
    roleUnknown: 'That role does not exist in this server.',
    rolePrivileged: (name: string, permissions: string[]) =>
      `The role ${name} carries ${permissions.join(', ')}: members who join would get it. Pick a role without moderation permissions.`,
    roleTaken: (name: string) =>
      `That role is already the role of **${name}**: two features cannot share a role. Pick or create another role.`,
    roleEveryone: 'The @everyone role cannot be a feature role: pick a role made for this feature.',
    roleManaged: (name: string) =>
      `The role ${name} is managed by an integration and cannot be granted by the bot.`,
    roleAboveBot: (name: string) =>
      `The role ${name} sits at or above the bot's highest role, so the bot could not grant it. Move the bot's role above it in Server Settings > Roles, or pick another role.`,
    /** Permissions a feature role is refused for, as Discord's role settings name them. */
    permissionNames: {
      administrator: 'Administrator',
      manageGuild: 'Manage Server',
      manageRoles: 'Manage Roles',
      manageChannels: 'Manage Channels',
      manageWebhooks: 'Manage Webhooks',
      manageMessages: 'Manage Messages',
      kickMembers: 'Kick Members',
      banMembers: 'Ban Members',
      moderateMembers: 'Timeout Members',
      mentionEveryone: 'Mention @everyone',
      muteMembers: 'Mute Members',
      moveMembers: 'Move Members',
      manageNicknames: 'Manage Nicknames',
      manageThreads: 'Manage Threads',
      manageEvents: 'Manage Events',
      manageGuildExpressions: 'Manage Expressions',
      viewAuditLog: 'View Audit Log',
    },
  },
  access: {
    retire: {
      done: (name: string, grants: number, invites: number, waiting: number) =>
        `Retired **${name}**: ${grants} grant${grants === 1 ? '' : 's'} revoked (their roles are being removed), ${invites} invite${invites === 1 ? '' : 's'} closed, ${waiting} waitlist entr${waiting === 1 ? 'y' : 'ies'} closed.`,
      announced: (channelId: string) => `The announcement is queued in <#${channelId}>.`,
      noAnnouncementChannel:
        'No announcement channel is set, so the server was not told. Set one with `/setup announcements` and announce it yourself.',
      grantReason: (reason: string) => `feature retired: ${reason}`,
    },
  },
  features: {
    none: 'No active features yet. Maintainers add one with `/feature create`.',
    listTitle: 'Features',
  },
  votes: {
    count: (votes: number) => `${votes} ${VOTE_PLURAL.select(votes) === 'one' ? 'vote' : 'votes'}`,
    voted: (number: number, count: string) =>
      `You back **#${number}**; it has ${count} now. You will hear when its status changes.`,
    withdrawn: (number: number, count: string) =>
      `You withdrew your vote on **#${number}**; it has ${count} now. You no longer follow it.`,
    alreadyVoted: (number: number, count: string) =>
      `You already back **#${number}** (${count}). To take your vote back, use \`/vote id:${number} withdraw:True\`.`,
    notVoted: (number: number, count: string) =>
      `You do not back **#${number}** (${count}), so there is no vote to withdraw.`,
    unknownItem: (number: number | null) =>
      number === null
        ? 'This feedback no longer exists.'
        : `There is no feedback **#${number}** in this server.`,
    ownItem: (number: number) =>
      `**#${number}** is your own feedback: you cannot vote on it, and you follow it already.`,
    closed: (number: number, status: string) =>
      `**#${number}** is closed (\`${status}\`): it takes no more votes.`,
    retired: (number: number, feature: string) =>
      `**#${number}** is about **${feature}**, which is retired: its feedback takes no votes.`,
    noAccess: (number: number, feature: string, key: string) =>
      `**#${number}** is about **${feature}**, in Early Access: only members with access can vote. Ask for access with \`/join feature:${key}\`.`,
    buttonLabel: (votes: number) => `Vote · ${votes}`,
    choice: (number: number, count: string, feature: string, excerpt: string) =>
      `#${number} · ${count} · ${feature} · ${excerpt}`,
  },
  notifications: {
    on: 'Notifications are on in this server: you get a direct message when feedback you follow changes status, and thanks when a feature you gave feedback on is promoted.',
    off: 'Notifications are off in this server: no more direct messages about feedback you follow. Turn them back on with `/notifications setting:on`.',
    optedOut:
      'Done: no more notifications from that server. Turn them back on there with `/notifications setting:on`.',
    optOutButton: 'Turn off these messages',
    statusChanged: (number: number, feature: string, status: string) =>
      `**#${number}** (${feature}) is now \`${status}\`.`,
    duplicateOf: (original: number) =>
      `It duplicates **#${original}**: your vote and following moved there, and you will hear about **#${original}** from now on.`,
    note: (note: string) => `Note from the maintainers: ${note}`,
    statusFooter: (number: number) =>
      `You get this because you follow #${number} (you gave it or voted for it).`,
  },
  /** Terms shown before access is granted, until a maintainer sets their own with `/setup terms` (version 0). */
  defaultTerms: {
    'early-access':
      'Early Access is invite-only. The feature may change completely or be removed, and your access may be ' +
      'throttled or removed at any time. By accepting you agree to expect breaking changes and to share feedback.',
    preview:
      'Preview is close to final but not for production use. Expect rough edges; it is a final stress test ' +
      'before General Availability.',
  },
  discord: {
    missingPermissions:
      'Discord refused: the bot is missing a permission here. Give its role Manage Roles, View Channel, Send Messages and Embed Links, and make sure its role sits above every feature role.',
    roleAboveBot:
      "Discord refused the role change: the feature role sits above the bot's highest role. Drag the bot's role above the feature roles in Server Settings > Roles.",
    unknownMember: 'The member is no longer in the server.',
    unknownRole: 'The feature role no longer exists. Set a new one with `/feature edit role:`.',
    unknownChannel:
      'The channel no longer exists or the bot cannot see it. Pick another channel in `/setup`.',
    cannotMessageUser: 'The member does not accept direct messages from this server.',
  },
} as const;
