import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import {
  bySubcommand,
  type CommandModule,
  type Deps,
  type GuildButton,
  type GuildChatInput,
} from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import type { ComponentAction } from '../src/discord/component-id.js';
import { UserError } from '../src/discord/errors.js';
import { replyLocale } from '../src/discord/locale.js';
import { renderErasure, renderErasurePrompt, renderMemberDataExport } from '../src/discord/render/mydata.js';
import { respond, updateComponentMessage } from '../src/discord/reply.js';
import { eraseMemberData, exportMemberData, previewErasure } from '../src/lifecycle/member-data.js';
import { t, text } from '../src/text/index.js';

/** How long the confirmation's buttons stay valid; after that nothing is erased. */
export const ERASE_CONFIRM_MINUTES = 10;

const data = new SlashCommandBuilder()
  .setName('mydata')
  .setDescription(FROM_CATALOGUE)
  .setContexts(0)
  .addSubcommand((sub) => sub.setName('export').setDescription(FROM_CATALOGUE))
  .addSubcommand((sub) => sub.setName('delete').setDescription(FROM_CATALOGUE))
  .toJSON();

async function exportData(interaction: GuildChatInput, deps: Deps): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const dir = await mkdtemp(join(tmpdir(), 'stagegate-mydata-'));
  try {
    const input = { guildId: interaction.guildId, memberId: interaction.user.id, dir };
    const outcome = await exportMemberData(deps, input);
    await respond(interaction, renderMemberDataExport(outcome, replyLocale(interaction)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Shows what would be erased, with Erase / Keep buttons bound to the member; erases nothing. */
async function deleteData(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const memberId = interaction.user.id;
  const locale = replyLocale(interaction);
  const preview = previewErasure(deps, { guildId: interaction.guildId, memberId });
  if (preview.kind === 'nothing') {
    await respond(interaction, { content: t(locale, 'mydata.nothingToErase') });
    return;
  }
  const expiresAt = new Date(deps.clock.now().getTime() + ERASE_CONFIRM_MINUTES * 60_000);
  // The confirmation is named by this interaction: however often its button is pressed, it erases once.
  const sign = (action: string) =>
    deps.signer.sign({ command: 'mydata', action, args: [interaction.id], ownerId: memberId, expiresAt });
  const buttons = { eraseId: sign('erase'), keepId: sign('keep') };
  await respond(interaction, renderErasurePrompt(preview.summary, buttons, ERASE_CONFIRM_MINUTES, locale));
}

async function confirm(interaction: GuildButton, component: ComponentAction, deps: Deps): Promise<void> {
  const [confirmationId] = component.args;
  if (!confirmationId || !['erase', 'keep'].includes(component.action))
    throw new UserError(text('expiredComponent'));
  const locale = replyLocale(interaction);
  if (component.action === 'keep') {
    await updateComponentMessage(interaction, { content: t(locale, 'mydata.kept') });
    return;
  }
  const input = { guildId: interaction.guildId, memberId: interaction.user.id, confirmationId };
  await updateComponentMessage(interaction, { content: renderErasure(eraseMemberData(deps, input), locale) });
}

export const mydata: CommandModule = {
  data,
  maintainerOnly: false,
  execute: bySubcommand({ export: exportData, delete: deleteData }),
  button: confirm,
};
