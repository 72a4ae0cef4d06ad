import { type ButtonInteraction, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule, Deps } from '../src/discord/command.js';
import { catalogueChoices, FROM_CATALOGUE } from '../src/discord/command-localization.js';
import type { ComponentAction } from '../src/discord/component-id.js';
import { UserError } from '../src/discord/errors.js';
import { replyLocale } from '../src/discord/locale.js';
import { readOptions } from '../src/discord/options.js';
import { renderNotificationsOutcome } from '../src/discord/render/votes.js';
import { respond } from '../src/discord/reply.js';
import { setNotifications } from '../src/lifecycle/notifications.js';
import { text, translator } from '../src/text/index.js';

const data = new SlashCommandBuilder()
  .setName('notifications')
  .setDescription(FROM_CATALOGUE)
  .setContexts(0)
  .addStringOption((o) =>
    o
      .setName('setting')
      .setDescription(FROM_CATALOGUE)
      .setRequired(true)
      .addChoices(...catalogueChoices('on', 'off')),
  )
  .toJSON();

const optionsSchema = z.object({ setting: z.enum(['on', 'off']) });

/**
 * The opt-out button of every notification DM: turns notifications off for the server the custom
 * id names (signed and bound to the member it was sent to). Pressed in the DM, outside any server.
 */
async function optOut(interaction: ButtonInteraction, component: ComponentAction, deps: Deps): Promise<void> {
  const [guildId] = component.args;
  if (component.action !== 'off' || !guildId) throw new UserError(text('expiredComponent'));
  setNotifications(deps, { guildId, memberId: interaction.user.id, enabled: false });
  await respond(interaction, { content: translator(replyLocale(interaction))('notifications.optedOut') });
}

export const notifications: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const { setting } = readOptions(interaction, optionsSchema);
    const outcome = setNotifications(deps, {
      guildId: interaction.guildId,
      memberId: interaction.user.id,
      enabled: setting === 'on',
    });
    await respond(interaction, renderNotificationsOutcome(outcome, replyLocale(interaction)));
  },
  button: optOut,
  directMessageButton: optOut,
};
