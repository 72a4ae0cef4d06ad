import type { SlashCommandSubcommandGroupBuilder } from 'discord.js';
import { z } from 'zod';
import type { SubcommandHandler } from '../../src/discord/command.js';
import { FROM_CATALOGUE } from '../../src/discord/command-localization.js';
import { replyLocale } from '../../src/discord/locale.js';
import { readOptions } from '../../src/discord/options.js';
import { renderTagChange } from '../../src/discord/render/settings.js';
import { addTag, removeTag } from '../../src/lifecycle/settings.js';
import { answer } from './subcommand.js';

const MAX_TAG_INPUT = 24;

const options = z.object({ tag: z.string() });

/** `/setup tags add|remove tag`: the feedback tag vocabulary. */
export const defineTags = (group: SlashCommandSubcommandGroupBuilder) =>
  group
    .setName('tags')
    .setDescription(FROM_CATALOGUE)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription(FROM_CATALOGUE)
        .addStringOption((o) =>
          o.setName('tag').setDescription(FROM_CATALOGUE).setRequired(true).setMaxLength(MAX_TAG_INPUT),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription(FROM_CATALOGUE)
        .addStringOption((o) =>
          o.setName('tag').setDescription(FROM_CATALOGUE).setRequired(true).setMaxLength(MAX_TAG_INPUT),
        ),
    );

export const addTagHandler: SubcommandHandler = async (interaction, deps) => {
  const { tag } = readOptions(interaction, options);
  const outcome = addTag(deps, { guildId: interaction.guildId, tag });
  await answer(interaction, renderTagChange(outcome, replyLocale(interaction)));
};

export const removeTagHandler: SubcommandHandler = async (interaction, deps) => {
  const { tag } = readOptions(interaction, options);
  const outcome = removeTag(deps, { guildId: interaction.guildId, tag });
  await answer(interaction, renderTagChange(outcome, replyLocale(interaction)));
};
