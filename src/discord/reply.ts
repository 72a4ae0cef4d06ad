import {
  type APIAllowedMentions,
  type BaseMessageOptions,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type InteractionReplyOptions,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';

export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** Pings nobody: the default for every message the bot sends, so user text can never mention. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [] };

export interface ReplyContent
  extends Pick<BaseMessageOptions, 'content' | 'embeds' | 'components' | 'files'> {
  ephemeral?: boolean;
  allowedMentions?: APIAllowedMentions;
}

/**
 * The one place that knows whether an interaction was already deferred or answered: replies,
 * edits the deferred reply, or follows up, always with explicit `allowed_mentions`.
 */
export async function respond(interaction: RepliableInteraction, content: ReplyContent): Promise<void> {
  const { ephemeral = true, allowedMentions = NO_MENTIONS, ...message } = content;
  const base = { ...message, allowedMentions };
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(base);
  } else if (interaction.replied) {
    await interaction.followUp({ ...base, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
  } else {
    const options: InteractionReplyOptions = {
      ...base,
      ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    };
    await interaction.reply(options);
  }
}

/** Replaces the message a button sits on (the member keeps one message per flow). */
export async function updateComponentMessage(
  interaction: ButtonInteraction,
  content: ReplyContent,
): Promise<void> {
  const { ephemeral: _ephemeral, allowedMentions = NO_MENTIONS, ...message } = content;
  await interaction.update({ components: [], ...message, allowedMentions });
}
