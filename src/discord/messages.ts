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
  /** An autocomplete choice for a retired feature, in commands that read its record. */
  retiredFeatureChoice: (name: string) => `${name} (retired)`,
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
  join: {
    everyoneHasIt: (name: string) =>
      `**${name}** is generally available: everyone already has it, there is nothing to join.`,
    alreadyMember: (name: string) => `You already have access to **${name}**.`,
    paused: (name: string) =>
      `Admissions to **${name}** are paused by the maintainers right now. Try again later.`,
    full: (name: string, seats: number) =>
      `**${name}** has no free seat: all ${seats} Early Access seats are taken. Try again later.`,
    waitlisted: (name: string, position: number) =>
      `**${name}** is invite-only for now. You are on the waitlist at position **${position}**; you will get a direct message when you are invited.`,
    alreadyWaiting: (name: string, position: number) =>
      `You are already on the waitlist for **${name}**, at position **${position}**.`,
    codeUnknown: (name: string) =>
      `That invite code is not valid for **${name}**. Check it, or run \`/join\` without a code to join the waitlist.`,
    codeRefused: {
      revoked: 'That invite code was revoked by the maintainers.',
      expired: 'That invite code has expired. Ask a maintainer for a new one.',
      'used-up': 'That invite code has been used as many times as it allows. Ask a maintainer for a new one.',
      'wrong-member': 'That invite code was made for another member.',
    },
    termsTitle: (name: string, level: string) => `${name}: ${level} terms`,
    termsFooter: (version: number, minutes: number) =>
      `Terms version ${version} · Accept within ${minutes} minutes, or nothing is granted.`,
    termsPrompt: 'Read the terms below. Press **Accept** to get access, or **Decline**.',
    accept: 'Accept',
    decline: 'Decline',
    declined: (name: string) => `You declined the terms of **${name}**. Nothing was granted.`,
    granted: (name: string, roleId: string) =>
      `Welcome to **${name}**! You accepted the terms; the <@&${roleId}> role is on its way. Use \`/feedback\` to tell the team what you think, and \`/leave\` to give up access.`,
    termsChanged: (name: string) =>
      `The terms of **${name}** changed while you were reading them. Run \`/join\` again to see the current terms.`,
    inviteGone: (name: string) =>
      `Your invite to **${name}** is no longer valid (used, expired or revoked meanwhile). Nothing was granted.`,
    featureGone: 'This feature is no longer available. Nothing was granted.',
    left: (name: string) => `You left **${name}**. Your access ended and its role is being removed.`,
    leftWaitlist: (name: string) => `You left the waitlist of **${name}**.`,
    nothingToLeaveAtGa: (name: string) =>
      `**${name}** is generally available: everyone has it, so there is no access to give up.`,
    notMember: (name: string) => `You do not have access to **${name}** and are not on its waitlist.`,
    grantLeaveReason: 'left',
  },
  invite: {
    onlyEarlyAccess: (name: string, level: string) =>
      `**${name}** is in ${level}: invites are for Early Access only. ${level === 'Preview' ? 'Anyone can `/join` it.' : 'Everyone has it.'}`,
    created: (
      code: string,
      name: string,
      key: string,
      uses: number,
      expiresAt: Date,
      target: string | null,
    ) =>
      `Invite \`${code}\` for **${name}**: ${uses} use${uses === 1 ? '' : 's'}, valid until <t:${Math.floor(expiresAt.getTime() / 1000)}:f>${target ? `, for <@${target}> only` : ''}.\nShare it: \`/join feature:${key} code:${code}\``,
    targetHasAccess: (memberId: string) => `<@${memberId}> already has access.`,
    targetIsBot: 'Bots cannot be invited: pick a member.',
    invitedDm: (name: string, key: string, code: string, guildName: string, expiresAt: Date) =>
      `You are invited to **${name}** (Early Access) in **${guildName}**! Run \`/join feature:${key}\` there (or use the code \`${code}\`) before <t:${Math.floor(expiresAt.getTime() / 1000)}:f>.`,
    /** `admitted` when the full list of mentions would pass Discord's 2,000 characters: the first ones, then a count. */
    admittedSome: (name: string, total: number, shown: string[], remaining: number) =>
      `Invited ${total} members from the waitlist of **${name}**: ${shown.map((m) => `<@${m}>`).join(', ')} and ${total - shown.length} more. They are told by direct message (or by a mention in the feature's channel when their DMs are closed). ${remaining} still waiting.`,
    waitlistEmpty: (name: string) => `Nobody is on the waitlist of **${name}**.`,
    admitted: (name: string, members: string[], remaining: number) =>
      `Invited ${members.length} member${members.length === 1 ? '' : 's'} from the waitlist of **${name}**: ${members.map((m) => `<@${m}>`).join(', ')}. They are told by direct message (or by a mention in the feature's channel when their DMs are closed). ${remaining} still waiting.`,
    listTitle: (name: string) => `Invites of ${name}`,
    listEmpty: (name: string) => `**${name}** has no invites yet. Create one with \`/invite create\`.`,
    listMore: (more: number) => `…and ${more} older.`,
    notFound: (code: string) => `There is no invite \`${code}\` in this server.`,
    alreadyRevoked: (code: string) => `The invite \`${code}\` was already revoked.`,
    revoked: (code: string, name: string) =>
      `Revoked the invite \`${code}\` of **${name}**. Members who already joined keep their access.`,
    status: {
      usable: 'active',
      revoked: 'revoked',
      expired: 'expired',
      'used-up': 'used up',
      'wrong-member': 'active',
    },
  },
  access: {
    everyoneHasIt: (name: string) =>
      `**${name}** is generally available: everyone has it, there is no access to grant.`,
    targetIsBot: 'Bots cannot be given access: pick a member.',
    notInServer: (memberId: string) =>
      `<@${memberId}> is not a member of this server, so the feature role cannot be given to them.`,
    alreadyHas: (memberId: string, name: string) => `<@${memberId}> already has access to **${name}**.`,
    granted: (memberId: string, name: string) =>
      `Granted <@${memberId}> access to **${name}** (recorded as a maintainer grant). The role is on its way.`,
    noAccess: (memberId: string, name: string) => `<@${memberId}> has no access to **${name}**.`,
    reasonRequired: 'Give a reason: the member is told why.',
    revoked: (memberId: string, name: string) =>
      `Revoked the access of <@${memberId}> to **${name}**. The role is being removed and they are told why by direct message.`,
    revokedDm: (name: string, guildName: string, reason: string) =>
      `Your access to **${name}** in **${guildName}** was removed by the maintainers. Reason: ${reason}`,
    paused: (name: string) =>
      `Admissions to **${name}** are paused: nobody new joins until you \`/access resume\`.`,
    alreadyPaused: (name: string) => `Admissions to **${name}** were already paused.`,
    resumed: (name: string) => `Admissions to **${name}** are open again.`,
    notPaused: (name: string) => `Admissions to **${name}** were not paused.`,
    seats: (name: string, cap: number, used: number) =>
      used > cap
        ? `**${name}** now has ${cap} seats; ${used} members already have access. Nobody is removed, and nobody new is admitted until fewer than ${cap} have access.`
        : `**${name}** now has ${cap} seats; ${used} taken, ${cap - used} free.`,
    listTitle: (name: string, count: number) =>
      `${name}: ${count} member${count === 1 ? '' : 's'} with access`,
    listEmpty: (name: string) => `Nobody has access to **${name}** yet.`,
    listMore: (more: number) => `…and ${more} more.`,
    reconciled: (checked: number, restored: number, gone: number, unchecked: number) =>
      [
        `Checked the role of ${checked} member${checked === 1 ? '' : 's'} with access.`,
        restored > 0 ? `${restored} had lost the role: it is being given back.` : 'Every role is in place.',
        gone > 0 ? `${gone} left the server (their grant stays until you revoke it).` : '',
        unchecked > 0 ? `${unchecked} more were not checked this time (at most 100 per run).` : '',
      ]
        .filter(Boolean)
        .join(' '),
    reconcileSkippedGa: 'General Availability: roles are not checked, everyone has the feature.',
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
  promote: {
    atGa: (name: string) =>
      `**${name}** is already in General Availability, the last level: there is nothing to promote it to.`,
    retired: (name: string) => `**${name}** is retired and cannot be promoted.`,
    gatesUnmet: (name: string, to: string) =>
      `Not promoted: **${name}** does not meet the readiness gates for ${to}. Nothing changed. Run \`/promote\` again with \`force:True\` to promote anyway (the unmet report is recorded).`,
    stale: (name: string, level: string) =>
      `Not promoted: **${name}** was just moved to ${level}, possibly by another maintainer at the same moment. Nothing changed. Check \`/features\`; to promote it further, run \`/promote\` again in a minute.`,
    noteLength: 'The note can be at most 1000 characters.',
    dryRunHeader: 'Dry run: nothing was changed. This is what `/promote` would do:',
    promoted: (name: string, from: string, to: string, forced: boolean) =>
      `Promoted **${name}** from ${from} to ${to}${forced ? ' (forced: the unmet gates are recorded)' : ''}.`,
    planTitle: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
    forcedField: 'Forced',
    forcedValue: 'Yes: gates are unmet and `force` was used; this is recorded with the report.',
    readinessField: 'Readiness',
    rolesField: 'Roles',
    noRoleChanges: 'No role changes.',
    gaKeep: (roleId: string) =>
      `Members keep <@&${roleId}> as a badge (GA role policy: keep; change it with \`/setup ga-roles\`).`,
    gaRemove: (roleId: string, count: number) =>
      `<@&${roleId}> is removed from ${count} member${count === 1 ? '' : 's'} with access (GA role policy: remove).`,
    gateField: 'Sign-up',
    gateOpens: (count: number) =>
      `The invite gate opens: anyone can sign up with \`/join\`. ${count} waitlisted member${count === 1 ? ' is' : 's are'} told by direct message.`,
    announcementField: 'Announcement',
    announcementQueued: (channelId: string) => `Posted in <#${channelId}>, mentioning the feature role only.`,
    announcementPreview: (channelId: string) =>
      `Would be posted in <#${channelId}>, mentioning the feature role only (shown below).`,
    noAnnouncementChannel:
      'No announcement channel is set, so nothing is announced. Set one with `/setup announcements`.',
    noteField: 'Note',
    gaRoleRemovedReason: (key: string) =>
      `Stagegate: ${key} reached General Availability (role policy: remove)`,
    waitlistOpened: (name: string, key: string) =>
      `**${name}** is now in Preview: the invite gate is lifted and you can sign up with \`/join feature:${key}\`. You were on its waitlist, which is now closed.`,
    historyField: 'Promotion history',
    historyNone: 'No level changes yet.',
    historyLine: (at: number, from: string, to: string, byId: string, forced: boolean, note: string | null) =>
      `<t:${at}:d> ${from} → ${to} by <@${byId}>${forced ? ' **(forced)**' : ''}${note ? `: ${note}` : ''}`,
    historyMore: (count: number) => `…and ${count} earlier.`,
  },
  /** The announcement-channel post of a promotion or retirement. */
  announcement: {
    promotedTitle: (name: string, from: string, to: string) => `${name}: ${from} → ${to}`,
    retiredTitle: (name: string) => `${name} has been retired`,
    noteField: 'Note',
    whyField: 'Why',
    evidenceField: 'Evidence',
    feedbackLine: (level: string, total: number, tags: string) =>
      `Feedback at ${level}: **${total}** (${tags})`,
    tagCount: (tag: string, count: number) => `${tag} ${count}`,
    tagSeparator: ' · ',
    noTags: 'none',
    moreTags: (count: number) => `and ${count} more`,
    participantsLine: (participants: number) => `Participants: **${participants}**`,
    daysLine: (level: string, days: number) => `Days at ${level}: **${days}**`,
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
  /** Audit-log reasons of role changes (shown in Server Settings > Audit Log). */
  roleReason: {
    joined: ({ featureKey, how }: { featureKey: string; how: string }) =>
      `Stagegate: joined ${featureKey} (${how})`,
    left: ({ featureKey }: { featureKey: string }) => `Stagegate: left ${featureKey}`,
    revoked: ({ reason }: { reason: string }) => `Stagegate: access revoked: ${reason}`,
    'granted-by-maintainer': ({ maintainerName }: { maintainerName: string }) =>
      `Stagegate: granted by ${maintainerName}`,
    retired: ({ featureKey }: { featureKey: string }) => `Stagegate: ${featureKey} retired`,
    'role-moved-from': ({ featureKey }: { featureKey: string }) =>
      `Stagegate: ${featureKey} moved to another role`,
    'role-moved-to': ({ featureKey }: { featureKey: string }) =>
      `Stagegate: ${featureKey} role changed (member has access)`,
    'ga-role-removed': ({ featureKey }: { featureKey: string }) =>
      `Stagegate: ${featureKey} reached General Availability (role policy: remove)`,
    restored: () => 'Stagegate: role restored (member has access)',
    'held-without-access': () => 'Stagegate: role held without access',
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
    unexpected:
      "Stagegate could not build the request (an error of its own, recorded in the bot's log). It is not retried.",
    failureGroup: (
      kind: 'role' | 'message' | 'direct-message',
      count: number,
      target: string,
      featureName: string | null,
      advice: string,
    ) =>
      kind === 'role'
        ? `${count} role changes ${featureName ? `for **${featureName}**` : `of <@&${target}>`} failed: ${advice}`
        : kind === 'message'
          ? `${count} posts in <#${target}> failed: ${advice}`
          : `${count} direct messages failed: ${advice}`,
  },
} as const;
