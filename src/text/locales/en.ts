/**
 * English, the source language: every member-visible text of Stagegate, as ICU messages
 * (https://formatjs.github.io/docs/core-concepts/icu-syntax). Other languages translate these keys;
 * a test fails on a missing or extra key or a placeholder that differs from English's.
 */
export const en = {
  'access.alreadyHas': '<@{memberId}> already has access to **{name}**.',
  'access.alreadyPaused': 'Admissions to **{name}** were already paused.',
  'access.everyoneHasIt': '**{name}** is generally available: everyone has it, there is no access to grant.',
  'access.granted':
    'Granted <@{memberId}> access to **{name}** (recorded as a maintainer grant). The role is on its way.',
  'access.listEmpty': 'Nobody has access to **{name}** yet.',
  'access.listMore': '…and {more, number} more.',
  'access.listTitle': '{name}: {count, plural, one {# member} other {# members}} with access',
  'access.noAccess': '<@{memberId}> has no access to **{name}**.',
  'access.notInServer':
    '<@{memberId}> is not a member of this server, so the feature role cannot be given to them.',
  'access.notPaused': 'Admissions to **{name}** were not paused.',
  'access.paused': 'Admissions to **{name}** are paused: nobody new joins until you `/access resume`.',
  'access.reasonRequired': 'Give a reason: the member is told why.',
  'access.reconcileSkippedGa': 'General Availability: roles are not checked, everyone has the feature.',
  'access.reconciled': 'Checked the role of {checked, plural, one {# member} other {# members}} with access.',
  'access.reconciledAllInPlace': 'Every role is in place.',
  'access.reconciledGone': '{gone, number} left the server (their grant stays until you revoke it).',
  'access.reconciledRestored': '{restored, number} had lost the role: it is being given back.',
  'access.reconciledUnchecked': '{unchecked, number} more were not checked this time (at most 100 per run).',
  'access.resumed': 'Admissions to **{name}** are open again.',
  'access.retire.announced': 'The announcement is queued in <#{channelId}>.',
  'access.retire.done':
    'Retired **{name}**: {grants, plural, one {# grant} other {# grants}} revoked (their roles are being removed), {invites, plural, one {# invite} other {# invites}} closed, {waiting, plural, one {# waitlist entry} other {# waitlist entries}} closed.',
  'access.retire.grantReason': 'feature retired: {reason}',
  'access.retire.noAnnouncementChannel':
    'No announcement channel is set, so the server was not told. Set one with `/setup announcements` and announce it yourself.',
  'access.revoked':
    'Revoked the access of <@{memberId}> to **{name}**. The role is being removed and they are told why by direct message.',
  'access.revokedDm':
    'Your access to **{name}** in **{guildName}** was removed by the maintainers. Reason: {reason}',
  'access.seats': '**{name}** now has {cap, number} seats; {used, number} taken, {free, number} free.',
  'access.seatsOverCap':
    '**{name}** now has {cap, number} seats; {used, number} members already have access. Nobody is removed, and nobody new is admitted until fewer than {cap, number} have access.',
  'access.targetIsBot': 'Bots cannot be given access: pick a member.',
  'discord.cannotMessageUser': 'The member does not accept direct messages from this server.',
  'discord.missingPermissions':
    'Discord refused: the bot is missing a permission here. Give its role Manage Roles, View Channel, Send Messages and Embed Links, and make sure its role sits above every feature role.',
  'discord.roleAboveBot':
    "Discord refused the role change: the feature role sits above the bot's highest role. Drag the bot's role above the feature roles in Server Settings > Roles.",
  'discord.unknownChannel':
    'The channel no longer exists or the bot cannot see it. Pick another channel in `/setup`.',
  'discord.unknownMember': 'The member is no longer in the server.',
  'discord.unknownRole': 'The feature role no longer exists. Set a new one with `/feature edit role:`.',
  expiredComponent: 'This button or form has expired. Run the command again.',
  'feature.created':
    'Created **{name}** (`{key}`) in {level}. Members can now `/join` it with an invite or give `/feedback`.',
  'feature.edited': 'Updated `{key}`: {fields}.',
  'feature.keyTaken': 'A feature with the key `{key}` already exists in this server. Pick another key.',
  'feature.nothingToEdit': 'Give at least one option to change (name, description, role, channel or seats).',
  'feature.reasonRequired': 'Give a reason: it is recorded and shown in the announcement.',
  'feature.roleAboveBot':
    "The role {name} sits at or above the bot's highest role, so the bot could not grant it. Move the bot's role above it in Server Settings > Roles, or pick another role.",
  'feature.roleEveryone': 'The @everyone role cannot be a feature role: pick a role made for this feature.',
  'feature.roleManaged': 'The role {name} is managed by an integration and cannot be granted by the bot.',
  'feature.rolePrivileged':
    'The role {name} carries {permissions}: members who join would get it. Pick a role without moderation permissions.',
  'feature.roleTaken':
    'That role is already the role of **{name}**: two features cannot share a role. Pick or create another role.',
  'feature.roleUnknown': 'That role does not exist in this server.',
  'features.listTitle': 'Features',
  'features.none': 'No active features yet. Maintainers add one with `/feature create`.',
  'feedback.alreadyStored':
    'This feedback was already stored as **#{number}** for **{feature}** ({level}), tagged {tags}. Nothing was stored twice.',
  'feedback.byLevelField': 'Feedback by level',
  'feedback.byTagField': 'Feedback by tag',
  'feedback.countLine': '{label}: **{count, number}**',
  'feedback.earlyAccessOnly':
    '**{feature}** is in Early Access: only members with access can give feedback. Ask for access with `/join feature:{key}` (you need an invite, or you join the waitlist).',
  'feedback.mirrorFrom': 'From',
  'feedback.mirrorLevel': 'Level',
  'feedback.mirrorTags': 'Tags',
  'feedback.mirrorTitle': '#{number} · {feature}',
  'feedback.modalLabel': 'Your feedback',
  'feedback.modalPlaceholder': 'What works, what does not, what you expected…',
  'feedback.modalTitle': 'Feedback: {feature}',
  'feedback.moreOpenBlockers': '…and {count, number} more (`/triage list tag:blocker status:open`).',
  'feedback.noFeedbackYet': 'No feedback yet.',
  'feedback.noOpenBlockers': 'None.',
  'feedback.openBlockersField': 'Open blockers ({count, number})',
  'feedback.rateLimited':
    'You can give at most {perMinute, plural, one {# feedback item} other {# feedback items}} per minute. Try again <t:{retryAt}:R>.',
  'feedback.stored':
    'Thanks! Your feedback is stored as **#{number}** for **{feature}** ({level}), tagged {tags}.',
  'feedback.tagsChanged':
    'The tag vocabulary changed while the form was open. Run `/feedback` again with current tags.',
  'feedback.tagsTooLongForForm':
    'These tags are too long to carry into the form. Give your feedback with the `message` option instead.',
  'gateLabel.max_open_blockers': 'Open blockers',
  'gateLabel.min_days': 'Days at {levelLabel}',
  'gateLabel.min_feedback': 'Feedback at {levelLabel}',
  genericError:
    'Something went wrong on our side. Please try again; if it keeps happening, give a maintainer the reference `{reference}`.',
  guildOnly: 'Stagegate commands work inside a server only.',
  invalidOption: '`{option}`: {problem}',
  'invite.admitted':
    "Invited {count, plural, one {# member} other {# members}} from the waitlist of **{name}**: {members}. They are told by direct message (or by a mention in the feature's channel when their DMs are closed). {remaining, number} still waiting.",
  'invite.alreadyRevoked': 'The invite `{code}` was already revoked.',
  'invite.created':
    'Invite `{code}` for **{name}**: {uses, plural, one {# use} other {# uses}}, valid until <t:{expiresAt}:f>{hasTarget, select, yes {, for <@{target}> only} other {}}.\nShare it: `/join feature:{key} code:{code}`',
  'invite.invitedDm':
    'You are invited to **{name}** (Early Access) in **{guildName}**! Run `/join feature:{key}` there (or use the code `{code}`) before <t:{expiresAt}:f>.',
  'invite.listEmpty': '**{name}** has no invites yet. Create one with `/invite create`.',
  'invite.listMore': '…and {more, number} older.',
  'invite.listTitle': 'Invites of {name}',
  'invite.notFound': 'There is no invite `{code}` in this server.',
  'invite.onlyEarlyAccess':
    '**{name}** is in {level}: invites are for Early Access only. {isPreview, select, yes {Anyone can `/join` it.} other {Everyone has it.}}',
  'invite.revoked':
    'Revoked the invite `{code}` of **{name}**. Members who already joined keep their access.',
  'invite.status.expired': 'expired',
  'invite.status.revoked': 'revoked',
  'invite.status.usable': 'active',
  'invite.status.used-up': 'used up',
  'invite.status.wrong-member': 'active',
  'invite.targetHasAccess': '<@{memberId}> already has access.',
  'invite.targetIsBot': 'Bots cannot be invited: pick a member.',
  'invite.waitlistEmpty': 'Nobody is on the waitlist of **{name}**.',
  'join.accept': 'Accept',
  'join.alreadyMember': 'You already have access to **{name}**.',
  'join.alreadyWaiting':
    'You are already on the waitlist for **{name}**, at position **{position, number}**.',
  'join.codeRefused.expired': 'That invite code has expired. Ask a maintainer for a new one.',
  'join.codeRefused.revoked': 'That invite code was revoked by the maintainers.',
  'join.codeRefused.used-up':
    'That invite code has been used as many times as it allows. Ask a maintainer for a new one.',
  'join.codeRefused.wrong-member': 'That invite code was made for another member.',
  'join.codeUnknown':
    'That invite code is not valid for **{name}**. Check it, or run `/join` without a code to join the waitlist.',
  'join.decline': 'Decline',
  'join.declined': 'You declined the terms of **{name}**. Nothing was granted.',
  'join.everyoneHasIt':
    '**{name}** is generally available: everyone already has it, there is nothing to join.',
  'join.featureGone': 'This feature is no longer available. Nothing was granted.',
  'join.full':
    '**{name}** has no free seat: all {seats, number} Early Access seats are taken. Try again later.',
  'join.grantLeaveReason': 'left',
  'join.granted':
    'Welcome to **{name}**! You accepted the terms; the <@&{roleId}> role is on its way. Use `/feedback` to tell the team what you think, and `/leave` to give up access.',
  'join.inviteGone':
    'Your invite to **{name}** is no longer valid (used, expired or revoked meanwhile). Nothing was granted.',
  'join.left': 'You left **{name}**. Your access ended and its role is being removed.',
  'join.leftWaitlist': 'You left the waitlist of **{name}**.',
  'join.notMember': 'You do not have access to **{name}** and are not on its waitlist.',
  'join.nothingToLeaveAtGa':
    '**{name}** is generally available: everyone has it, so there is no access to give up.',
  'join.paused': 'Admissions to **{name}** are paused by the maintainers right now. Try again later.',
  'join.termsChanged':
    'The terms of **{name}** changed while you were reading them. Run `/join` again to see the current terms.',
  'join.termsFooter':
    'Terms version {version} · Accept within {minutes, number} minutes, or nothing is granted.',
  'join.termsPrompt': 'Read the terms below. Press **Accept** to get access, or **Decline**.',
  'join.termsTitle': '{name}: {level} terms',
  'join.waitlisted':
    '**{name}** is invite-only for now. You are on the waitlist at position **{position, number}**; you will get a direct message when you are invited.',
  maintainerOnly:
    'This command is for maintainers: you need the Manage Server permission or the maintainer role set with `/setup maintainers`.',
  notYourComponent: 'These buttons belong to another member.',
  'option.empty': '`{option}`: is empty.',
  'option.featureMissing': '`{option}`: name a feature.',
  'option.invalid': '`{option}`: is not valid.',
  'option.inviteCodeCharacters': '`{option}`: an invite code has only letters and digits.',
  'option.missing': '`{option}`: is required.',
  'option.tooBig': '`{option}`: must be at most {max, number}.',
  'option.tooLong': '`{option}`: can be at most {max, number} characters.',
  'option.tooShort': '`{option}`: needs at least {min, number} characters.',
  'option.tooSmall': '`{option}`: must be at least {min, number}.',
  'promote.announcementField': 'Announcement',
  'promote.announcementPreview':
    'Would be posted in <#{channelId}>, mentioning the feature role only (shown below).',
  'promote.announcementQueued': 'Posted in <#{channelId}>, mentioning the feature role only.',
  'promote.atGa':
    '**{name}** is already in General Availability, the last level: there is nothing to promote it to.',
  'promote.dryRunHeader': 'Dry run: nothing was changed. This is what `/promote` would do:',
  'promote.forcedField': 'Forced',
  'promote.forcedValue': 'Yes: gates are unmet and `force` was used; this is recorded with the report.',
  'promote.gaKeep':
    'Members keep <@&{roleId}> as a badge (GA role policy: keep; change it with `/setup ga-roles`).',
  'promote.gaRemove':
    '<@&{roleId}> is removed from {count, plural, one {# member} other {# members}} with access (GA role policy: remove).',
  'promote.gaRoleRemovedReason': 'Stagegate: {key} reached General Availability (role policy: remove)',
  'promote.gateField': 'Sign-up',
  'promote.gateOpens':
    'The invite gate opens: anyone can sign up with `/join`. {count, plural, one {# waitlisted member is} other {# waitlisted members are}} told by direct message.',
  'promote.gatesUnmet':
    'Not promoted: **{name}** does not meet the readiness gates for {to}. Nothing changed. Run `/promote` again with `force:True` to promote anyway (the unmet report is recorded).',
  'promote.historyField': 'Promotion history',
  'promote.historyLine':
    '<t:{at}:d> {from} → {to} by <@{byId}>{forced, select, yes { **(forced)**} other {}}{hasNote, select, yes {: {note}} other {}}',
  'promote.historyMore': '…and {count, number} earlier.',
  'promote.historyNone': 'No level changes yet.',
  'promote.noAnnouncementChannel':
    'No announcement channel is set, so nothing is announced. Set one with `/setup announcements`.',
  'promote.noRoleChanges': 'No role changes.',
  'promote.noteField': 'Note',
  'promote.noteLength': 'The note can be at most 1000 characters.',
  'promote.planTitle': '{name}: {from} → {to}',
  'promote.promoted':
    'Promoted **{name}** from {from} to {to}{forced, select, yes { (forced: the unmet gates are recorded)} other {}}.',
  'promote.readinessField': 'Readiness',
  'promote.retired': '**{name}** is retired and cannot be promoted.',
  'promote.rolesField': 'Roles',
  'promote.stale':
    'Not promoted: **{name}** was just moved to {level}, possibly by another maintainer at the same moment. Nothing changed. Check `/features`; to promote it further, run `/promote` again in a minute.',
  'promote.waitlistOpened':
    '**{name}** is now in Preview: the invite gate is lifted and you can sign up with `/join feature:{key}`. You were on its waitlist, which is now closed.',
  'roleReason.ga-role-removed': 'Stagegate: {featureKey} reached General Availability (role policy: remove)',
  'roleReason.granted-by-maintainer': 'Stagegate: granted by {maintainerName}',
  'roleReason.held-without-access': 'Stagegate: role held without access',
  'roleReason.joined': 'Stagegate: joined {featureKey} ({how})',
  'roleReason.left': 'Stagegate: left {featureKey}',
  'roleReason.restored': 'Stagegate: role restored (member has access)',
  'roleReason.retired': 'Stagegate: {featureKey} retired',
  'roleReason.revoked': 'Stagegate: access revoked: {reason}',
  'roleReason.role-moved-from': 'Stagegate: {featureKey} moved to another role',
  'roleReason.role-moved-to': 'Stagegate: {featureKey} role changed (member has access)',
  'rule.alreadyRetired': 'This feature is already retired.',
  'rule.durationInvalid':
    '`{input}` is not a duration: use a number and a unit, for example 30m, 12h, 7d or 2w (units m, h, d, w).',
  'rule.durationOutOfRange': 'A duration must be between 1 minute and 90 days (got `{input}`).',
  'rule.featureDescriptionLength':
    'A feature description must be 1-1000 characters (yours has {length, number}).',
  'rule.featureKeyInvalid':
    '`{key}` is not a valid feature key: use 2-32 characters, lowercase letters a-z, digits and hyphens, starting with a letter or digit.',
  'rule.featureNameLength': 'A feature name must be 1-80 characters (yours has {length, number}).',
  'rule.feedbackEmpty': 'Feedback cannot be empty.',
  'rule.feedbackTooLong': 'Feedback can be at most {max, number} characters (yours has {length, number}).',
  'rule.gateFieldInvalid': '`{field}` must be a whole number from 0 to {max, number}.',
  'rule.gateThresholdsNotObject': 'Gate thresholds must give min_feedback, min_days and max_open_blockers.',
  'rule.retireOnlyEarlyAccess': 'Only Early Access features can be retired; this feature is in {levelLabel}.',
  'rule.retireReasonLength':
    'A retirement reason must be 1-{max, number} characters (yours has {length, number}).',
  'rule.seatCapInvalid': 'The seat count must be a whole number from 1 to 100000 (got {value}).',
  'rule.seatCapOnlyEarlyAccess':
    'Seat caps apply to Early Access only; this feature is in {levelLabel}, where seats are not counted.',
  'rule.tagInvalid':
    '`{tag}` is not a valid tag: use 1-24 characters, lowercase letters a-z, digits and hyphens, starting with a letter or digit.',
  'rule.tagRepeated': 'The tag `{tag}` is listed more than once.',
  'rule.tagUnknown': 'Unknown tag `{tag}`. Choose from: {vocabulary}.',
  'rule.tagsMissing': 'Give at least one tag. Choose from: {vocabulary}.',
  'rule.tagsTooMany': 'Give at most {max, number} tags (you gave {count, number}).',
  'setup.announcements': 'Promotions and retirements will be announced in <#{channelId}>.',
  'setup.channelMissing':
    'The bot cannot post in <#{channelId}>: it is missing {missing} there. Grant them to its role in the channel settings, or pick another channel. Nothing changed.',
  'setup.channelNotText': 'Pick a text or announcement channel.',
  'setup.channelUnknown': 'The bot cannot see that channel. Pick a text channel it can read.',
  'setup.feedbackRate': 'Members may give at most {perMinute, number} feedback per minute.',
  'setup.gaRolePolicy.keep': 'keep',
  'setup.gaRolePolicy.remove': 'remove',
  'setup.gaRoles':
    '{policy, select, keep {When a feature reaches General Availability, its members keep the feature role as a badge.} other {When a feature reaches General Availability, the feature role is removed from every member with access.}}',
  'setup.gatesLine':
    'At least {minFeedback, number} feedback at the level, at least {minDays, plural, one {# day} other {# days}} at the level, at most {maxOpenBlockers, number} open `blocker` feedback.',
  'setup.gatesSet': 'Updated the readiness gates of {transition}:',
  'setup.gatesTitle': 'Readiness gates: {transition}',
  'setup.languageDefault':
    "Stagegate's posts and direct messages in this server now follow the server's preferred language. Until Discord tells Stagegate which one it is, they are in **{language}**.",
  'setup.languageFallback':
    "Stagegate's posts and direct messages in this server now follow the server's preferred language. Stagegate does not speak it ({serverLanguage}), so they fall back to **{language}**.",
  'setup.languageName.de': 'German',
  'setup.languageName.en-US': 'English',
  'setup.languageName.es-ES': 'Spanish',
  'setup.languageName.fr': 'French',
  'setup.languageName.pt-BR': 'Brazilian Portuguese',
  'setup.languageServer':
    "Stagegate's posts and direct messages in this server now follow the server's preferred language: **{language}**.",
  'setup.languageSet':
    "Language of Stagegate's posts and direct messages in this server: **{language}**. Replies to a member still follow that member's own Discord language.",
  'setup.log': 'Readiness notices and delivery problems will be reported in <#{channelId}>.',
  'setup.maintainerEveryone':
    'The @everyone role cannot be the maintainer role: it would let every member promote and revoke.',
  'setup.maintainerManaged':
    'That role is managed by an integration (a bot, server boosting or a subscription): members get it from the integration, not from your staff. Pick a role you hand out yourself.',
  'setup.maintainerUnknown': 'That role does not exist in this server.',
  'setup.maintainers':
    'Members with <@&{roleId}> can now run maintainer commands (as can members with Manage Server).',
  'setup.maintainersNeedManageServer':
    'Only members with the Manage Server permission can choose the maintainer role: the maintainer role alone cannot hand maintainer rights to another role. Nothing changed.',
  'setup.notSet': 'not set',
  'setup.permission.embedLinks': 'Embed Links',
  'setup.permission.sendMessages': 'Send Messages',
  'setup.permission.viewChannel': 'View Channel',
  'setup.showAnnouncements': 'Announcement channel',
  'setup.showGaRoles': 'GA role policy',
  'setup.showGates': 'Readiness gates',
  'setup.showGatesLine': '**{transition}**: {gates}',
  'setup.showLanguage': 'Language',
  'setup.showLanguageDefault': '{language} (default)',
  'setup.showLanguageFallback':
    "{language} (the server's preferred language, {serverLanguage}, is not one Stagegate speaks)",
  'setup.showLanguageServer': "{language} (the server's preferred language)",
  'setup.showLanguageSet': '{language} (set with `/setup language`)',
  'setup.showLog': 'Log channel',
  'setup.showMaintainers': 'Maintainer role',
  'setup.showRate': 'Feedback rate',
  'setup.showRateValue': '{perMinute, number} per minute per member',
  'setup.showTags': 'Tags',
  'setup.showTerms': 'Terms',
  'setup.showTermsDefault': '{level}: default text',
  'setup.showTermsVersion': '{level}: version {version}',
  'setup.showTitle': 'Stagegate configuration',
  'setup.tagAdded': 'Added the tag `{tag}`. Tags: {tags}.',
  'setup.tagExists': 'The tag `{tag}` is already in the vocabulary.',
  'setup.tagLast': 'The vocabulary needs at least one tag: add another before removing this one.',
  'setup.tagMissing': 'There is no tag `{tag}`. Tags: {tags}.',
  'setup.tagRemoved': 'Removed the tag `{tag}`; feedback that has it keeps it. Tags: {tags}.',
  'setup.tagsFull':
    'The vocabulary holds at most {max, number} tags (autocomplete shows no more). Remove one first.',
  'setup.termsEmpty': '`{option}`: The terms text cannot be empty.',
  'setup.termsSet':
    'Stored the {level} terms as version {version}. Members accept this version before they get access.',
  shuttingDown: 'Stagegate is restarting. Please try again in a moment.',
  'triage.changeSeparator': '; ',
  'triage.exportTooLarge':
    'The export is larger than {limitMiB} MiB, which Discord cannot attach. {levelGiven, select, yes {Even one level is too large: ask the server admin for a database export.} other {Export one level at a time with the `level` option.}}',
  'triage.exported':
    'Exported {rows, plural, one {# feedback item} other {# feedback items}} to `{fileName}`.',
  'triage.filterStatus': 'status {status}',
  'triage.filterTag': 'tag {tag}',
  'triage.listEmpty': 'No feedback matches these filters.',
  'triage.listFooter': '{total, plural, one {# matching item} other {# matching items}} · newest first',
  'triage.listTitle': 'Feedback: {feature}',
  'triage.listTitleFiltered': 'Feedback: {feature} ({filters})',
  'triage.next': 'Next',
  'triage.noteEmpty': 'The note cannot be empty.',
  'triage.noteRecorded': 'note recorded',
  'triage.previous': 'Previous',
  'triage.statusChange': 'status `{from}` → `{to}`',
  'triage.tagsChange': 'tags {from} → {to}',
  'triage.unchanged':
    '**#{number}** already has status `{status}`; give a different status, a note or tags to change it.',
  'triage.unknownFeedback': 'There is no feedback **#{number}** in this server.',
  'triage.updated': 'Updated **#{number}**: {changes}.',
  unknownCommand:
    'This command is not available any more. It may take a moment for Discord to update the list.',
  unknownFeature: 'There is no active feature `{key}`. Use `/features` to see the list.',
  yourText: 'Your text (copy it to try again)',
} as const;
