import { randomBytes } from 'node:crypto';
import {
  type APIEmbed,
  type AutocompleteInteraction,
  type ButtonInteraction,
  ComponentType,
  type Interaction,
} from 'discord.js';
import type { CommandModule, Deps } from './command.js';
import { ANY_MEMBER, type ComponentAction, ComponentSigner } from './component-id.js';
import { UserError } from './errors.js';
import { MESSAGES } from './messages.js';
import { isMaintainer } from './permissions.js';
import { type RepliableInteraction, respond } from './reply.js';

// An embed description holds 4096 characters; the refusal's own text stays well under the 6000 total.
const TYPED_TEXT_LIMIT = 4096;
const MAX_AUTOCOMPLETE_CHOICES = 25;
/** Discord refuses interaction replies whose content is longer than this. */
const MAX_CONTENT_LENGTH = 2000;

/** The longest quote of member input (a code span) a refusal keeps. */
const MAX_QUOTE_LENGTH = 100;

/**
 * Refusals quote what the member typed in code spans; an option value Discord did not cut to its
 * length limit must neither drown the explanation nor push the reply past Discord's limit.
 */
function clip(text: string): string {
  const quotesCut = text.replace(
    /`([^`\n]{101,})`/g,
    (_, quote: string) => `\`${quote.slice(0, MAX_QUOTE_LENGTH - 1)}…\``,
  );
  return quotesCut.length <= MAX_CONTENT_LENGTH
    ? quotesCut
    : `${quotesCut.slice(0, MAX_CONTENT_LENGTH - 1)}…`;
}

/**
 * Routes every interaction to its command module and owns the error policy: a `UserError` becomes
 * an ephemeral reply; anything else is logged with a reference id and the member gets a short
 * generic message carrying that id.
 */
export class Dispatcher {
  private readonly commands: Map<string, CommandModule>;
  private readonly inFlight = new Set<Promise<void>>();
  /** Guilds whose settings row is known to exist, so it is written once per guild, not per interaction. */
  private readonly knownGuilds = new Set<string>();
  private accepting = true;

  constructor(
    commands: readonly CommandModule[],
    private readonly deps: Deps,
  ) {
    this.commands = new Map(commands.map((c) => [c.data.name, c]));
  }

  /** Entry point for `interactionCreate`; never rejects. */
  handle(interaction: Interaction): Promise<void> {
    const work = this.route(interaction).finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return work;
  }

  /** Stops taking interactions and resolves once those in progress have finished. */
  async drain(): Promise<void> {
    this.accepting = false;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      await this.autocomplete(interaction);
      return;
    }
    if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isModalSubmit()) return;
    const log = this.deps.logger.child({
      guild: interaction.guildId,
      member: interaction.user.id,
      command: interaction.isChatInputCommand()
        ? interaction.commandName
        : ComponentSigner.commandOf(interaction.customId),
      interaction: interaction.id,
    });
    try {
      if (!this.accepting) throw new UserError(MESSAGES.shuttingDown);
      if (interaction.isButton() && !interaction.inGuild()) {
        await this.directMessageButton(interaction);
        return;
      }
      if (!interaction.inCachedGuild()) throw new UserError(MESSAGES.guildOnly);
      this.ensureGuild(interaction.guildId);
      if (interaction.isChatInputCommand()) {
        const command = this.commands.get(interaction.commandName);
        if (!command) throw new UserError(MESSAGES.unknownCommand);
        if (command.maintainerOnly) this.requireMaintainer(interaction);
        await command.execute(interaction, this.deps);
      } else {
        const component = this.verifyComponent(interaction.customId, interaction.user.id);
        const command = this.commands.get(component.command);
        if (command?.maintainerOnly) this.requireMaintainer(interaction);
        if (interaction.isButton() && command?.button)
          await command.button(interaction, component, this.deps);
        else if (interaction.isModalSubmit() && command?.modal)
          await command.modal(interaction, component, this.deps);
        else throw new UserError(MESSAGES.expiredComponent);
      }
    } catch (error) {
      await this.fail(interaction, error, log);
    }
  }

  /**
   * The component a custom id carries, when the bot signed it, it is still valid and `userId` may
   * press it (its owner, or anyone for buttons owned by `ANY_MEMBER`, such as vote buttons).
   */
  private verifyComponent(customId: string, userId: string): ComponentAction {
    const verified = this.deps.signer.verify(customId, this.deps.clock.now());
    if (verified.kind === 'invalid') throw new UserError(MESSAGES.expiredComponent);
    const { ownerId } = verified.component;
    if (ownerId !== ANY_MEMBER && ownerId !== userId) throw new UserError(MESSAGES.notYourComponent);
    if (verified.kind === 'expired') throw new UserError(MESSAGES.expiredComponent);
    return verified.component;
  }

  /** A button in a direct message: only commands that handle such buttons take it. */
  private async directMessageButton(interaction: ButtonInteraction): Promise<void> {
    const component = this.verifyComponent(interaction.customId, interaction.user.id);
    const command = this.commands.get(component.command);
    if (!command?.directMessageButton) throw new UserError(MESSAGES.guildOnly);
    await command.directMessageButton(interaction, component, this.deps);
  }

  /** A guild's settings and default tags are created where the guild first appears: its first interaction. */
  private ensureGuild(guildId: string): void {
    if (this.knownGuilds.has(guildId)) return;
    this.deps.store.settings.ensure(guildId, this.deps.clock.now());
    this.knownGuilds.add(guildId);
  }

  private requireMaintainer(interaction: RepliableInteraction & { inCachedGuild(): boolean }): void {
    if (!interaction.inCachedGuild()) throw new UserError(MESSAGES.guildOnly);
    const settings = this.deps.store.settings.get(interaction.guildId);
    if (!isMaintainer(interaction.member, settings.maintainerRoleId))
      throw new UserError(MESSAGES.maintainerOnly);
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    let choices: { name: string; value: string | number }[] = [];
    try {
      const command = this.commands.get(interaction.commandName);
      if (this.accepting && interaction.inCachedGuild() && command?.autocomplete) {
        choices = command.autocomplete(interaction, this.deps).slice(0, MAX_AUTOCOMPLETE_CHOICES);
      }
    } catch (error) {
      // Autocomplete never shows an error: the member just sees no suggestions.
      this.deps.logger.warn({ err: error, command: interaction.commandName }, 'autocomplete failed');
    }
    try {
      await interaction.respond(choices);
    } catch (error) {
      this.deps.logger.debug({ err: error }, 'autocomplete answer not delivered');
    }
  }

  private async fail(interaction: RepliableInteraction, error: unknown, log: Deps['logger']): Promise<void> {
    let content: string;
    if (error instanceof UserError) {
      content = clip(error.message);
      log.debug({ reason: error.message }, 'refused');
    } else {
      const reference = randomBytes(4).toString('hex');
      log.error({ err: error, reference }, 'interaction failed');
      content = MESSAGES.genericError(reference);
    }
    try {
      await respond(interaction, { content, ephemeral: true, embeds: handBackTypedText(interaction) });
    } catch (replyError) {
      log.warn({ err: replyError }, 'could not tell the member about the error');
    }
  }
}

/**
 * A refused form would lose what the member typed (a long feedback, say): the refusal shows it
 * back so it can be copied into a new try. Blank fields are left out.
 */
function handBackTypedText(interaction: RepliableInteraction): APIEmbed[] {
  if (!interaction.isModalSubmit()) return [];
  const typed = interaction.fields.fields
    .filter((field) => field.type === ComponentType.TextInput && field.value.trim() !== '')
    .map((field) => (field.type === ComponentType.TextInput ? field.value : ''));
  if (typed.length === 0) return [];
  return [{ title: MESSAGES.yourText, description: typed.join('\n\n').slice(0, TYPED_TEXT_LIMIT) }];
}
