import { ApplicationCommandOptionType, type CommandInteractionOption } from 'discord.js';
import { z } from 'zod';
import { INVITE_CODE_MAX_INPUT } from '../domain/invite-codes.js';
import { containsNul } from '../domain/text.js';
import { isMessageKey, type TextRef, text } from '../text/index.js';
import type { GuildChatInput } from './command.js';
import { UserError } from './errors.js';

/** A user option as handlers need it: who, whether a bot, whether a member of this server. */
export interface UserOptionValue {
  id: string;
  bot: boolean;
  /** Discord resolves a member only for users in the server. */
  inServer: boolean;
}

function rawValue(option: CommandInteractionOption<'cached'> | null): unknown {
  if (!option) return null;
  if (option.type === ApplicationCommandOptionType.User) {
    return option.user
      ? { id: option.user.id, bot: option.user.bot, inServer: option.member != null }
      : { id: String(option.value), bot: false, inServer: false };
  }
  return option.value ?? null;
}

/**
 * Reads the options a schema names, by the names Discord shows the member (`expires_in`, not
 * `expiresIn`), and validates them. A missing option reads as `null`; user options read as
 * `UserOptionValue`, role and channel options as their id. The first problem becomes a
 * `UserError` naming the option, so the member sees what to fix and nothing is stored.
 */
export function readOptions<Shape extends z.ZodRawShape>(
  interaction: GuildChatInput,
  schema: z.ZodObject<Shape>,
): z.infer<z.ZodObject<Shape>> {
  const raw: Record<string, unknown> = {};
  for (const name of Object.keys(schema.shape)) raw[name] = rawValue(interaction.options.get(name));
  return parseOptions(schema, raw);
}

/**
 * Validates values read from an interaction (options, form fields). The first problem becomes a
 * `UserError` naming the field, so the member sees what to fix and nothing is stored.
 */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  refuseNul(raw);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new UserError(issueText(parsed.error.issues[0]));
}

/**
 * Text with U+0000 is refused, naming the option, before any rule sees it (see `containsNul`): the
 * same answer for every text a member can send (bodies, notes, reasons, names, terms, keys).
 */
function refuseNul(raw: unknown): void {
  if (raw === null || typeof raw !== 'object') return;
  for (const [option, value] of Object.entries(raw)) {
    if (typeof value === 'string' && containsNul(value))
      throw new UserError(text('option.nulCharacter', { option }));
  }
}

/**
 * A validation problem in the member's language. A schema's own message is a catalogue key
 * (`.regex(PATTERN, 'option.inviteCodeCharacters')`); zod's generic checks map to generic texts.
 */
function issueText(issue: z.core.$ZodIssue | undefined): TextRef {
  const option = issue?.path.join('.') || 'input';
  if (!issue) return text('option.invalid', { option });
  if (isMessageKey(issue.message)) return { key: issue.message, values: { option } };
  const bound = (value: unknown) => Number(value);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return bound(issue.minimum) <= 1
          ? text('option.empty', { option })
          : text('option.tooShort', { option, min: bound(issue.minimum) });
      return text('option.tooSmall', { option, min: bound(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? text('option.tooLong', { option, max: bound(issue.maximum) })
        : text('option.tooBig', { option, max: bound(issue.maximum) });
    case 'invalid_type':
      return text(issue.input === null || issue.input === undefined ? 'option.missing' : 'option.invalid', {
        option,
      });
    default:
      return text('option.invalid', { option });
  }
}

/** Option schemas shared by several commands, so the same option is validated the same everywhere. */
export const OPTION = {
  /** The `feature` option: a key (autocomplete fills it in); resolved with `requireFeature`. */
  feature: z.string().trim().min(1, 'option.featureMissing').max(32),
  optionalFeature: z.string().trim().min(1, 'option.featureMissing').max(32).nullable(),
  /** An invite code as a member types it; `normalizeInviteCode` makes it canonical. */
  inviteCode: z
    .string()
    .trim()
    .min(1, 'option.empty')
    .max(INVITE_CODE_MAX_INPUT)
    .regex(/^[0-9A-Za-z]+$/, 'option.inviteCodeCharacters'),
  user: z.object({ id: z.string(), bot: z.boolean(), inServer: z.boolean() }),
  optionalBoolean: z
    .boolean()
    .nullable()
    .transform((value) => value ?? false),
} as const;
