import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Client,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import type { LifecycleDeps } from '../lifecycle/deps.js';
import type { Logger } from '../logger.js';
import { text } from '../text/index.js';
import type { ComponentAction, ComponentSigner } from './component-id.js';
import { UserError } from './errors.js';

/**
 * Everything a command handler may use, built once in `bot.ts` and passed in (no global
 * container): the use cases' deps plus what only the adapter needs.
 */
export interface Deps extends LifecycleDeps {
  logger: Logger;
  config: Config;
  signer: ComponentSigner;
  client: Client;
}

export type GuildChatInput = ChatInputCommandInteraction<'cached'>;
export type GuildAutocomplete = AutocompleteInteraction<'cached'>;
export type GuildButton = ButtonInteraction<'cached'>;
export type GuildModalSubmit = ModalSubmitInteraction<'cached'>;

/** One top-level slash command: its registration and its handlers. */
export interface CommandModule {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Checked again at run time against Manage Server or the configured maintainer role. */
  maintainerOnly: boolean;
  /**
   * A settings-like command with no replay record of its own: the dispatcher claims each of its
   * interactions once, so a second delivery changes nothing, even after another maintainer
   * changed the same value in between.
   */
  claimsInteraction?: true;
  execute(interaction: GuildChatInput, deps: Deps): Promise<void>;
  autocomplete?(interaction: GuildAutocomplete, deps: Deps): ApplicationCommandOptionChoiceData[];
  /** Buttons whose verified custom id names this command; only the owner's clicks arrive here. */
  button?(interaction: GuildButton, component: ComponentAction, deps: Deps): Promise<void>;
  modal?(interaction: GuildModalSubmit, component: ComponentAction, deps: Deps): Promise<void>;
  /**
   * Buttons pressed in a direct message (outside any server), such as the opt-out button of a
   * notification: the server they are about travels in the verified custom id.
   */
  directMessageButton?(interaction: ButtonInteraction, component: ComponentAction, deps: Deps): Promise<void>;
}

export type SubcommandHandler = (interaction: GuildChatInput, deps: Deps) => Promise<void>;

/**
 * An `execute` that hands each subcommand to its handler, from a table keyed by the subcommand's
 * name, or by `group subcommand` (`'tags add'`) for subcommands in a group. A subcommand (or group)
 * the table does not know, from a stale command list or a forged payload, or no subcommand at all,
 * is answered with the ephemeral "not available any more" refusal instead of no answer.
 */
export function bySubcommand(handlers: Record<string, SubcommandHandler>): CommandModule['execute'] {
  return (interaction, deps) => {
    const group = interaction.options.getSubcommandGroup(false);
    const sub = interaction.options.getSubcommand(false);
    const key = sub === null ? null : group === null ? sub : `${group} ${sub}`;
    // Own keys only: a forged name such as `constructor` must not find an inherited property.
    const handler = key !== null && Object.hasOwn(handlers, key) ? handlers[key] : undefined;
    if (!handler) throw new UserError(text('unknownCommand'));
    return handler(interaction, deps);
  };
}
