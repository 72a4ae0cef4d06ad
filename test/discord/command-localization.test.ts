import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { FROM_CATALOGUE, localizeCommand } from '../../src/discord/command-localization.js';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES } from '../../src/text/index.js';
import { en } from '../../src/text/locales/en.js';

const TRANSLATED = SUPPORTED_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).sort();

/** One described part of the command surface: a command, group, subcommand, option or choice. */
interface Node {
  /** `/invite create expires_in`, `/triage set status choice wont-fix` */
  where: string;
  kind: 'description' | 'choice';
  text: string;
  localizations: Record<string, string | null> | null | undefined;
  /** Present on commands and options: names are never localized. */
  nameLocalizations: unknown;
  /** The catalogue keys the node may take its text from, its own first. */
  keys: string[];
}

type JsonNode = {
  name: string;
  description?: string;
  type?: number;
  description_localizations?: Record<string, string | null> | null;
  name_localizations?: unknown;
  options?: JsonNode[];
  choices?: {
    name: string;
    value: string | number;
    name_localizations?: Record<string, string | null> | null;
  }[];
};

function nodesOf(command: RESTPostAPIChatInputApplicationCommandsJSONBody): Node[] {
  const nodes: Node[] = [];
  const visit = (node: JsonNode, path: string[], shared: boolean) => {
    nodes.push({
      where: `/${path.join(' ')}`,
      kind: 'description',
      text: node.description ?? '',
      localizations: node.description_localizations,
      nameLocalizations: node.name_localizations,
      keys: [`cmd.${path.join('.')}`, ...(shared ? [`cmd.option.${node.name}`] : [])],
    });
    for (const choice of node.choices ?? []) {
      const suffix = `.choice.${choice.value}`;
      nodes.push({
        where: `/${path.join(' ')} choice ${choice.value}`,
        kind: 'choice',
        text: choice.name,
        localizations: choice.name_localizations,
        nameLocalizations: undefined,
        keys: [`cmd.${path.join('.')}${suffix}`, `cmd.option.${node.name}${suffix}`],
      });
    }
    for (const child of node.options ?? []) {
      const nested =
        child.type === ApplicationCommandOptionType.Subcommand ||
        child.type === ApplicationCommandOptionType.SubcommandGroup;
      visit(child, [...path, child.name], !nested);
    }
  };
  visit(command as JsonNode, [command.name], false);
  return nodes;
}

const ALL_NODES = COMMANDS.flatMap((command) => nodesOf(command.data));

/** Problems of one text against Discord's limit (descriptions and choice names: 1-100). */
function limitProblems(where: string, text: string | null | undefined): string[] {
  if (typeof text !== 'string' || text.length < 1 || text.length > 100) {
    return [`${where}: ${JSON.stringify(text)} is not 1-100 characters`];
  }
  return text === FROM_CATALOGUE ? [`${where}: still the placeholder`] : [];
}

describe('the localized command surface', () => {
  it('gives every command, group, subcommand, option and choice its text in every supported language, within Discord limits', () => {
    const problems = ALL_NODES.flatMap((node) => {
      const found: string[] = limitProblems(`${node.where} (en-US)`, node.text);
      if (!node.localizations) {
        return [...found, `${node.where}: no localizations (add ${node.keys[0]} to src/text/locales/)`];
      }
      if (Object.keys(node.localizations).sort().join() !== TRANSLATED.join()) {
        found.push(`${node.where}: localized in ${Object.keys(node.localizations).sort().join()}`);
      }
      for (const locale of TRANSLATED) {
        found.push(...limitProblems(`${node.where} (${locale})`, node.localizations[locale]));
      }
      return found;
    });
    expect(problems).toEqual([]);
    expect(ALL_NODES.filter((node) => node.kind === 'choice').length).toBeGreaterThan(20);
  });

  it('never localizes the name of a command or option: outside tools rely on them', () => {
    const localizedNames = ALL_NODES.filter((node) => node.nameLocalizations != null).map(
      (node) => node.where,
    );
    expect(localizedNames).toEqual([]);
  });

  it('uses every cmd.* key of the catalogue, so a renamed option leaves no stale text behind', () => {
    const used = new Set(ALL_NODES.map((node) => node.keys.find((key) => Object.hasOwn(en, key))));
    const unused = Object.keys(en).filter((key) => key.startsWith('cmd.') && !used.has(key));
    expect(unused).toEqual([]);
  });

  it('shows a German member the German description of an option', () => {
    const invite = COMMANDS.find((command) => command.data.name === 'invite')?.data as JsonNode;
    const create = invite.options?.find((o) => o.name === 'create');
    const expiresIn = create?.options?.find((o) => o.name === 'expires_in');
    expect(expiresIn?.description).toBe('How long it stays valid, e.g. 12h, 7d, 2w (default 7d)');
    expect(expiresIn?.description_localizations?.de).toBe(
      'Wie lange er gültig bleibt, z.\u202fB. 12h, 7d, 2w (Standard: 7d)',
    );
    expect(create?.description_localizations?.fr).toBe('Créez un code d’invitation');
  });
});

const option = (name: string, description: string, extra: object = {}) => ({
  type: ApplicationCommandOptionType.String,
  name,
  description,
  ...extra,
});
const subcommand = (name: string, options: object[]) => ({
  type: ApplicationCommandOptionType.Subcommand,
  name,
  description: FROM_CATALOGUE,
  options,
});
const command = (name: string, options: object[]) =>
  ({ name, description: FROM_CATALOGUE, options }) as RESTPostAPIChatInputApplicationCommandsJSONBody;

describe('localizeCommand', () => {
  it('takes each text from the key its path spells', () => {
    const localized = localizeCommand(
      command('invite', [subcommand('create', [option('expires_in', FROM_CATALOGUE)])]),
    ) as JsonNode;
    const create = localized.options?.[0];
    expect(localized.description).toBe(en['cmd.invite']);
    expect(localized.description_localizations?.['pt-BR']).toBe('Convites do Early Access');
    expect(create?.description).toBe(en['cmd.invite.create']);
    expect(create?.options?.[0]?.description).toBe(en['cmd.invite.create.expires_in']);
    expect(create?.options?.[0]?.description_localizations?.['es-ES']).toBe(
      'Cuánto tiempo es válido, p.\u00a0ej. 12h, 7d, 2w (por defecto, 7d)',
    );
  });

  it('falls back to the text shared by options of the same name, unless the command has its own', () => {
    const shared = localizeCommand(
      command('invite', [subcommand('list', [option('feature', FROM_CATALOGUE)])]),
    ) as JsonNode;
    expect(shared.options?.[0]?.options?.[0]?.description).toBe('The feature (its key)');
    const own = localizeCommand(command('features', [option('feature', FROM_CATALOGUE)])) as JsonNode;
    expect(own.options?.[0]?.description).toBe('Show this feature in detail');
  });

  it('names choices in every language and leaves their values alone', () => {
    const localized = localizeCommand(
      command('triage', [
        subcommand('set', [
          option('status', FROM_CATALOGUE, { choices: [{ name: FROM_CATALOGUE, value: 'wont-fix' }] }),
        ]),
      ]),
    ) as JsonNode;
    const choice = localized.options?.[0]?.options?.[0]?.choices?.[0];
    expect(choice).toEqual({
      name: 'wont-fix',
      value: 'wont-fix',
      name_localizations: {
        de: 'Wird nicht umgesetzt',
        fr: 'ne sera pas traité',
        'es-ES': 'no se hará',
        'pt-BR': 'não será feito',
      },
    });
  });

  it('refuses a placeholder without a catalogue text, naming the key to add', () => {
    expect(() =>
      localizeCommand(command('invite', [subcommand('create', [option('colour', FROM_CATALOGUE)])])),
    ).toThrow(/cmd\.invite\.create\.colour/);
  });

  it('keeps a description written in the builder when the catalogue has no text for it yet', () => {
    const localized = localizeCommand(
      command('setup', [subcommand('show', []), option('not-yet-translated', 'Written in English')]),
    ) as JsonNode;
    expect(localized.options?.[1]).toEqual(option('not-yet-translated', 'Written in English'));
    expect(localized.options?.[0]?.description_localizations?.de).toBe('Zeige die aktuelle Konfiguration');
  });

  it('changes nothing but descriptions and their localizations, and leaves its input alone', () => {
    const input = command('invite', [
      subcommand('revoke', [option('code', FROM_CATALOGUE, { required: true, max_length: 64 })]),
    ]);
    const before = structuredClone(input);
    const localized = localizeCommand(input) as JsonNode;
    expect(input).toEqual(before);
    expect(localized.options?.[0]?.options?.[0]).toEqual({
      ...option('code', en['cmd.invite.revoke.code'], { required: true, max_length: 64 }),
      description_localizations: {
        de: 'Der Einladungscode',
        fr: 'Le code d’invitation',
        'es-ES': 'El código de invitación',
        'pt-BR': 'O código de convite',
      },
    });
  });
});
