/**
 * Member-facing texts of the Discord adapter, kept together so they can be translated later.
 * Domain rule messages live in `src/domain/messages.ts`.
 */
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
  feedback: {
    stored: (number: number, feature: string, level: string, tags: readonly string[]) =>
      `Thanks! Your feedback is stored as **#${number}** for **${feature}** (${level}), tagged ${tags.map((t) => `\`${t}\``).join(', ')}.`,
    alreadyStored: (number: number, feature: string, level: string, tags: readonly string[]) =>
      `This feedback was already stored as **#${number}** for **${feature}** (${level}), tagged ${tags.map((t) => `\`${t}\``).join(', ')}. Nothing was stored twice.`,
    earlyAccessOnly: (feature: string, key: string) =>
      `**${feature}** is in Early Access: only members with access can give feedback. Ask for access with \`/join feature:${key}\` (you need an invite, or you join the waitlist).`,
    rateLimited: (perMinute: number, retryAt: Date) =>
      `You can give at most ${perMinute} feedback item${perMinute === 1 ? '' : 's'} per minute. Try again <t:${Math.ceil(retryAt.getTime() / 1000)}:R>.`,
    modalTitle: (feature: string) => `Feedback: ${feature}`,
    modalLabel: 'Your feedback',
    modalPlaceholder: 'What works, what does not, what you expected…',
    tagsTooLongForForm:
      'These tags are too long to carry into the form. Give your feedback with the `message` option instead.',
    tagsChanged:
      'The tag vocabulary changed while the form was open. Run `/feedback` again with current tags.',
    mirrorTitle: (number: number, feature: string) => `#${number} · ${feature}`,
  },
  triage: {
    listTitle: (feature: string) => `Feedback: ${feature}`,
    listEmpty: 'No feedback matches these filters.',
    listFooter: (total: number) => `${total} matching item${total === 1 ? '' : 's'} · newest first`,
    previous: 'Previous',
    next: 'Next',
    unknownFeedback: (number: number) => `There is no feedback **#${number}** in this server.`,
    unchanged: (number: number, status: string) =>
      `**#${number}** already has status \`${status}\`; give a different status, a note or tags to change it.`,
    updated: (number: number, changes: readonly string[]) => `Updated **#${number}**: ${changes.join('; ')}.`,
    statusChange: (from: string, to: string) => `status \`${from}\` → \`${to}\``,
    tagsChange: (from: readonly string[], to: readonly string[]) =>
      `tags ${from.map((t) => `\`${t}\``).join(', ')} → ${to.map((t) => `\`${t}\``).join(', ')}`,
    noteRecorded: 'note recorded',
    noteEmpty: 'The note cannot be empty.',
    exported: (rows: number, fileName: string) =>
      `Exported ${rows} feedback item${rows === 1 ? '' : 's'} to \`${fileName}\`.`,
    exportTooLarge: (limitMiB: number, levelGiven: boolean) =>
      `The export is larger than ${limitMiB} MiB, which Discord cannot attach. ${levelGiven ? 'Even one level is too large: ask the server admin for a database export.' : 'Export one level at a time with the `level` option.'}`,
  },
  setup: {
    announcements: (channelId: string) => `Promotions and retirements will be announced in <#${channelId}>.`,
    log: (channelId: string) =>
      `Readiness notices and delivery problems will be reported in <#${channelId}>.`,
    maintainers: (roleId: string) =>
      `Members with <@&${roleId}> can now run maintainer commands (as can members with Manage Server).`,
    maintainerEveryone:
      'The @everyone role cannot be the maintainer role: it would let every member promote and revoke.',
    maintainerUnknown: 'That role does not exist in this server.',
    maintainerManaged:
      'That role is managed by an integration (a bot, server boosting or a subscription): members get it from the integration, not from your staff. Pick a role you hand out yourself.',
    channelUnknown: 'The bot cannot see that channel. Pick a text channel it can read.',
    channelNotText: 'Pick a text or announcement channel.',
    channelMissing: (channelId: string, missing: string[]) =>
      `The bot cannot post in <#${channelId}>: it is missing ${missing.join(', ')} there. Grant them to its role in the channel settings, or pick another channel. Nothing changed.`,
    tagAdded: (tag: string, tags: string[]) => `Added the tag \`${tag}\`. Tags: ${tags.join(', ')}.`,
    tagExists: (tag: string) => `The tag \`${tag}\` is already in the vocabulary.`,
    tagRemoved: (tag: string, tags: string[]) =>
      `Removed the tag \`${tag}\`; feedback that has it keeps it. Tags: ${tags.join(', ')}.`,
    tagMissing: (tag: string, tags: string[]) => `There is no tag \`${tag}\`. Tags: ${tags.join(', ')}.`,
    tagLast: 'The vocabulary needs at least one tag: add another before removing this one.',
    tagsFull: (max: number) =>
      `The vocabulary holds at most ${max} tags (autocomplete shows no more). Remove one first.`,
    gatesTitle: (transition: string) => `Readiness gates: ${transition}`,
    gatesSet: (transition: string) => `Updated the readiness gates of ${transition}:`,
    gatesLine: (minFeedback: number, minDays: number, maxOpenBlockers: number) =>
      `At least ${minFeedback} feedback at the level, at least ${minDays} day${minDays === 1 ? '' : 's'} at the level, at most ${maxOpenBlockers} open \`blocker\` feedback.`,
    termsEmpty: 'The terms text cannot be empty.',
    termsSet: (level: string, version: number) =>
      `Stored the ${level} terms as version ${version}. Members accept this version before they get access.`,
    feedbackRate: (perMinute: number) => `Members may give at most ${perMinute} feedback per minute.`,
    gaRoles: (policy: 'keep' | 'remove') =>
      policy === 'keep'
        ? 'When a feature reaches General Availability, its members keep the feature role as a badge.'
        : 'When a feature reaches General Availability, the feature role is removed from every member with access.',
    showTitle: 'Stagegate configuration',
    notSet: 'not set',
    showAnnouncements: 'Announcement channel',
    showLog: 'Log channel',
    showMaintainers: 'Maintainer role',
    showTags: 'Tags',
    showGates: 'Readiness gates',
    showTerms: 'Terms',
    showTermsLine: (level: string, version: number) =>
      version === 0 ? `${level}: default text` : `${level}: version ${version}`,
    showRate: 'Feedback rate',
    showRateValue: (perMinute: number) => `${perMinute} per minute per member`,
    showGaRoles: 'GA role policy',
    maintainersNeedManageServer:
      'Only members with the Manage Server permission can choose the maintainer role: the maintainer role alone cannot hand maintainer rights to another role. Nothing changed.',
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
