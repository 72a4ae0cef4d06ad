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
  feedback: {
    stored: (number: number, feature: string, level: string, tags: readonly string[]) =>
      `Thanks! Your feedback is stored as **#${number}** for **${feature}** (${level}), tagged ${tags.map((t) => `\`${t}\``).join(', ')}.`,
    alreadyStored: (number: number, feature: string, level: string, tags: readonly string[]) =>
      `This feedback was already stored as **#${number}** for **${feature}** (${level}), tagged ${tags.map((t) => `\`${t}\``).join(', ')}. Nothing was stored twice.`,
    earlyAccessOnly: (feature: string, key: string) =>
      `**${feature}** is in Early Access: only members with access can give feedback. Ask for access with \`/join feature:${key}\` (you need an invite, or you join the waitlist).`,
    rateLimited: (perMinute: number, retryAt: Date) =>
      `You can give at most ${perMinute} feedback item${perMinute === 1 ? '' : 's'} per minute. Try again <t:${Math.ceil(retryAt.getTime() / 1000)}:R>.`,
    modalTitle: (feature: string) => `Feedback: ${feature}`.slice(0, 45),
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
    thanksHeader: (feature: string, from: string, to: string) =>
      `**${feature}** moved from ${from} to ${to}. Thank you for your feedback at ${from}; this is where it stands:`,
    thanksLine: (number: number, status: string, excerpt: string) =>
      `**#${number}** · \`${status}\` · ${excerpt}`,
    thanksMore: (count: number) => `…and ${count} more.`,
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
  },
} as const;
