import { randomBytes } from 'node:crypto';
import {
  type APIEmbed,
  type AutocompleteInteraction,
  type ButtonInteraction,
  ComponentType,
  type Interaction,
} from 'discord.js';
import { cutText } from '../domain/text.js';
import { claimInteraction, releaseInteraction } from '../lifecycle/receipts.js';
import { type Locale, t, text } from '../text/index.js';
import type { CommandModule, Deps, GuildChatInput } from './command.js';
import { ANY_MEMBER, type ComponentAction, ComponentSigner } from './component-id.js';
import { DISCORD_ERROR, discordErrorCode, UserError } from './errors.js';
import { replyLocale } from './locale.js';
import { isMaintainer } from './permissions.js';
import { type RepliableInteraction, respond } from './reply.js';

// An embed description holds 4096 characters; the refusal's own text stays well under the 6000 total.
const TYPED_TEXT_LIMIT = 4096;
const MAX_AUTOCOMPLETE_CHOICES = 25;
/** Discord refuses interaction replies whose content is longer than this. */
const MAX_CONTENT_LENGTH = 2000;

/** The longest quote of member input (a code span) a refusal keeps. */
const MAX_QUOTE_LENGTH = 100;

/** Told of every command, button and form handled, with how it ended and how long it took (metrics). */
export type InteractionObserver = (
  command: string,
  outcome: 'ok' | 'refused' | 'error',
  seconds: number,
) => void;

/**
 * Refusals quote what the member typed in code spans; an option value Discord did not cut to its
 * length limit must neither drown the explanation nor push the reply past Discord's limit.
 */
function clip(text: string): string {
  const quotesCut = text.replace(
    /`([^`\n]{101,})`/g,
    (_, quote: string) => `\`${cutText(quote, MAX_QUOTE_LENGTH)}\``,
  );
  return cutText(quotesCut, MAX_CONTENT_LENGTH);
}

/**
 * Routes every interaction to its command module and owns the error policy: a `UserError` becomes
 * an ephemeral reply; anything else is logged with a reference id and the member gets a short
 * generic message carrying that id.
 */
export class Dispatcher {
  private readonly commands: Map<string, CommandModule>;
  private readonly inFlight = new Set<Promise<void>>();
  /**
   * Guilds whose settings row is known to exist, with the preferred locale last recorded, so the
   * row is written once per guild (and when its locale changes), not per interaction.
   */
  private readonly knownGuilds = new Map<string, string | null>();
  private accepting = true;

  constructor(
    commands: readonly CommandModule[],
    private readonly deps: Deps,
    private readonly observe?: InteractionObserver,
  ) {
    this.commands = new Map(commands.map((c) => [c.data.name, c]));
  }

  /** Entry point for `interactionCreate`; never rejects. */
  handle(interaction: Interaction): Promise<void> {
    const work = this.route(interaction).finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return work;
  }

  /**
   * Runs a command; one that `claimsInteraction` runs once per interaction, however often Discord
   * delivers it. A refusal gives the claim back: it changed nothing, and its replay is refused alike.
   */
  private async executeOnce(command: CommandModule, interaction: GuildChatInput): Promise<void> {
    if (!command.claimsInteraction) return command.execute(interaction, this.deps);
    const claim = { interactionId: interaction.id, command: interaction.commandName };
    if (!claimInteraction(this.deps, claim)) throw new UserError(text('interactionReplayed'));
    try {
      await command.execute(interaction, this.deps);
    } catch (error) {
      if (error instanceof UserError) releaseInteraction(this.deps, claim);
      throw error;
    }
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
    const started = performance.now();
    let outcome: 'ok' | 'refused' | 'error' = 'ok';
    try {
      if (!this.accepting) throw new UserError(text('shuttingDown'));
      if (interaction.isButton() && !interaction.inGuild()) {
        await this.directMessageButton(interaction);
        return;
      }
      if (!interaction.inCachedGuild()) throw new UserError(text('guildOnly'));
      this.ensureGuild(interaction.guildId, interaction.guildLocale);
      if (interaction.isChatInputCommand()) {
        const command = this.commands.get(interaction.commandName);
        if (!command) throw new UserError(text('unknownCommand'));
        if (command.maintainerOnly) this.requireMaintainer(interaction);
        await this.executeOnce(command, interaction);
      } else {
        const component = this.verifyComponent(
          interaction.customId,
          interaction.user.id,
          interaction.isButton(),
        );
        const command = this.commands.get(component.command);
        if (command?.maintainerOnly) this.requireMaintainer(interaction);
        if (interaction.isButton() && command?.button)
          await command.button(interaction, component, this.deps);
        else if (interaction.isModalSubmit() && command?.modal)
          await command.modal(interaction, component, this.deps);
        else throw new UserError(text('expiredComponent'));
      }
    } catch (error) {
      if (answeredByEarlierDelivery(interaction, error)) {
        // Discord delivered this interaction twice (a gateway resume) and the first was answered:
        // the use case already found its work done; nobody can be told anything more.
        log.info('interaction already answered (delivered twice)');
      } else {
        outcome = error instanceof UserError ? 'refused' : 'error';
        await this.fail(interaction, error, log);
      }
    }
    this.observe?.(
      interaction.isChatInputCommand()
        ? interaction.commandName
        : ComponentSigner.commandOf(interaction.customId),
      outcome,
      (performance.now() - started) / 1000,
    );
  }

  /**
   * The component a custom id carries, when the bot signed it, it is still valid and `userId` may
   * press it: its owner, or anyone for a button owned by `ANY_MEMBER` (vote buttons). A form is
   * always one member's.
   */
  private verifyComponent(customId: string, userId: string, isButton: boolean): ComponentAction {
    const verified = this.deps.signer.verify(customId, this.deps.clock.now());
    if (verified.kind === 'invalid') throw new UserError(text('expiredComponent'));
    const { ownerId } = verified.component;
    const anyone = isButton && ownerId === ANY_MEMBER;
    if (!anyone && ownerId !== userId) throw new UserError(text('notYourComponent'));
    if (verified.kind === 'expired') throw new UserError(text('expiredComponent'));
    return verified.component;
  }

  /** A button in a direct message: only commands that handle such buttons take it. */
  private async directMessageButton(interaction: ButtonInteraction): Promise<void> {
    const component = this.verifyComponent(interaction.customId, interaction.user.id, true);
    const command = this.commands.get(component.command);
    if (!command?.directMessageButton) throw new UserError(text('guildOnly'));
    await command.directMessageButton(interaction, component, this.deps);
  }

  /**
   * A guild's settings and default tags are created where the guild first appears: its first
   * interaction. Its preferred locale is kept too: posts made outside an interaction use it.
   */
  private ensureGuild(guildId: string, guildLocale: string | null): void {
    if (this.knownGuilds.has(guildId) && this.knownGuilds.get(guildId) === guildLocale) return;
    const now = this.deps.clock.now();
    this.deps.store.transaction(() => {
      this.deps.store.settings.ensure(guildId, now);
      if (guildLocale) this.deps.store.settings.recordGuildLocale(guildId, guildLocale, now);
    });
    this.knownGuilds.set(guildId, guildLocale);
  }

  private requireMaintainer(interaction: RepliableInteraction & { inCachedGuild(): boolean }): void {
    if (!interaction.inCachedGuild()) throw new UserError(text('guildOnly'));
    const settings = this.deps.store.settings.get(interaction.guildId);
    if (!isMaintainer(interaction.member, settings.maintainerRoleId))
      throw new UserError(text('maintainerOnly'));
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
    const locale = replyLocale(interaction);
    let content: string;
    if (error instanceof UserError) {
      content = clip(error.render(locale));
      log.debug({ reason: error.message }, 'refused');
    } else {
      const reference = randomBytes(4).toString('hex');
      log.error({ err: error, reference }, 'interaction failed');
      content = t(locale, 'genericError', { reference });
    }
    try {
      await respond(interaction, {
        content,
        ephemeral: true,
        embeds: handBackTypedText(interaction, locale),
      });
    } catch (replyError) {
      log.warn({ err: replyError }, 'could not tell the member about the error');
    }
  }
}

/**
 * Discord refused this reply as already acknowledged although this delivery never answered: the
 * same interaction was delivered before and that delivery answered it.
 */
function answeredByEarlierDelivery(interaction: RepliableInteraction, error: unknown): boolean {
  return (
    discordErrorCode(error) === DISCORD_ERROR.alreadyAcknowledged &&
    !interaction.replied &&
    !interaction.deferred
  );
}

/**
 * A refused form would lose what the member typed (a long feedback, say): the refusal shows it
 * back so it can be copied into a new try. Blank fields are left out.
 */
function handBackTypedText(interaction: RepliableInteraction, locale: Locale): APIEmbed[] {
  if (!interaction.isModalSubmit()) return [];
  const typed = interaction.fields.fields
    .filter((field) => field.type === ComponentType.TextInput && field.value.trim() !== '')
    .map((field) => (field.type === ComponentType.TextInput ? field.value : ''));
  if (typed.length === 0) return [];
  return [{ title: t(locale, 'yourText'), description: cutText(typed.join('\n\n'), TYPED_TEXT_LIMIT) }];
}
