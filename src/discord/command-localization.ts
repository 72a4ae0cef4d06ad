import {
  type APIApplicationCommandOption,
  type APIApplicationCommandOptionChoice,
  ApplicationCommandOptionType,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DEFAULT_LOCALE, isMessageKey, type MessageKey, SUPPORTED_LOCALES, t } from '../text/index.js';
import type { CommandModule } from './command.js';

/**
 * What a command's `data` builder passes to `setDescription` (and as a choice's `name`): the text
 * comes from the catalogue, and `localizeCommand` puts it in, in English and every other language.
 *
 * Where the text goes: `src/text/locales/*.ts`, under the key spelled by the command path
 * (`/invite create expires_in` -> `cmd.invite.create.expires_in`, the subcommand itself ->
 * `cmd.invite.create`, a choice -> `cmd.triage.set.status.choice.wont-fix`). A `COMMANDS` entry
 * whose key is missing fails to load, naming the key to add.
 */
export const FROM_CATALOGUE = '(from the text catalogue)';

/** `{ name: FROM_CATALOGUE, value }` for each value: the choice names come from the catalogue. */
export const catalogueChoices = <V extends string>(...values: readonly V[]) =>
  values.map((value) => ({ name: FROM_CATALOGUE, value }));

/** The keys that describe the command surface: plain text, no placeholders (checked by `t`'s types). */
type CommandTextKey = Extract<MessageKey, `cmd.${string}`>;

/** Prefix of the keys shared by every option of a name (`cmd.option.feature`), after the path's own. */
const SHARED_OPTION = 'cmd.option';

const TRANSLATED_LOCALES = SUPPORTED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

function isCommandTextKey(key: string): key is CommandTextKey {
  return key.startsWith('cmd.') && isMessageKey(key);
}

function localizations(key: CommandTextKey): LocalizationMap {
  return Object.fromEntries(TRANSLATED_LOCALES.map((locale) => [locale, t(locale, key)]));
}

interface Found {
  english: string;
  localized: LocalizationMap;
}

/**
 * The text of the first key of `keys` that the catalogue has; null when none is there and `current`
 * is text a builder wrote itself (kept as it is, so a command added before its keys still loads;
 * the catalogue test names the missing key). Throws when `current` is the placeholder.
 */
function lookUp(keys: readonly string[], current: string, what: string): Found | null {
  const key = keys.find(isCommandTextKey);
  if (key) return { english: t(DEFAULT_LOCALE, key), localized: localizations(key) };
  if (current !== FROM_CATALOGUE) return null;
  throw new Error(
    `No catalogue text for ${what}: add '${keys[0]}' to every language in src/text/locales/ ` +
      `(keys tried: ${keys.join(', ')})`,
  );
}

/** The catalogue keys of a node, its own first, then the one shared by options of its name. */
function keysOf(path: readonly string[], shared: string | null, suffix = ''): string[] {
  const own = `cmd.${path.join('.')}${suffix}`;
  return shared === null ? [own] : [own, `${SHARED_OPTION}.${shared}${suffix}`];
}

function localizeChoice<C extends APIApplicationCommandOptionChoice>(
  choice: C,
  path: readonly string[],
  optionName: string,
): C {
  const suffix = `.choice.${choice.value}`;
  const found = lookUp(
    keysOf(path, optionName, suffix),
    choice.name,
    `the choice ${choice.value} of /${path.join(' ')}`,
  );
  return found ? { ...choice, name: found.english, name_localizations: found.localized } : choice;
}

/** The description fields of a node, or nothing when its builder's own text stays. */
function described(found: Found | null): {
  description?: string;
  description_localizations?: LocalizationMap;
} {
  return found ? { description: found.english, description_localizations: found.localized } : {};
}

function localizeOption(
  option: APIApplicationCommandOption,
  parent: readonly string[],
): APIApplicationCommandOption {
  const path = [...parent, option.name];
  const what = `the description of /${path.join(' ')}`;
  if (
    option.type === ApplicationCommandOptionType.Subcommand ||
    option.type === ApplicationCommandOptionType.SubcommandGroup
  ) {
    const found = lookUp(keysOf(path, null), option.description, what);
    const options = option.options?.map((child) => localizeOption(child, path));
    return { ...option, ...described(found), ...(options ? { options } : {}) } as APIApplicationCommandOption;
  }
  const found = lookUp(keysOf(path, option.name), option.description, what);
  const choices =
    'choices' in option
      ? option.choices?.map((choice) => localizeChoice(choice, path, option.name))
      : undefined;
  return { ...option, ...described(found), ...(choices ? { choices } : {}) } as APIApplicationCommandOption;
}

/**
 * A command's registration with every description in English and in each supported language
 * (`description_localizations` on the command, its groups, subcommands and options;
 * `name_localizations` on choices), from the catalogue keys its path spells (see
 * `FROM_CATALOGUE`). An option finds its key under its own path first, then under
 * `cmd.option.<name>`, the text shared by every option of that name (`feature`, the `level` and
 * `status` choices). Names of commands and options never change: outside tools rely on them.
 */
export function localizeCommand(
  command: RESTPostAPIChatInputApplicationCommandsJSONBody,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const path = [command.name];
  const found = lookUp(keysOf(path, null), command.description, `the description of /${command.name}`);
  const options = command.options?.map((option) => localizeOption(option, path));
  return { ...command, ...described(found), ...(options ? { options } : {}) };
}

/** Every command with its registration localized: what the dispatcher and the deployment use. */
export function localizeCommands(commands: readonly CommandModule[]): readonly CommandModule[] {
  return commands.map((command) => ({ ...command, data: localizeCommand(command.data) }));
}
