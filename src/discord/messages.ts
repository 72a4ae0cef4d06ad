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
  notYetAvailable: 'This part of Stagegate is not available yet.',
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
    roleEveryone: 'The @everyone role cannot be a feature role: pick a role made for this feature.',
    roleManaged: (name: string) =>
      `The role ${name} is managed by an integration and cannot be granted by the bot.`,
    roleAboveBot: (name: string) =>
      `The role ${name} sits at or above the bot's highest role, so the bot could not grant it. Move the bot's role above it in Server Settings > Roles, or pick another role.`,
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
    yourText: 'Your text (copy it to try again)',
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
