import { ChannelType, type SlashCommandChannelOption, type SlashCommandStringOption } from 'discord.js';
import { LEVEL_LABELS, LEVELS } from '../domain/levels.js';

/** Option builders shared by several commands, so the same option reads the same everywhere. */
export const featureOption = (option: SlashCommandStringOption, required = true) =>
  option
    .setName('feature')
    .setDescription('The feature (its key)')
    .setRequired(required)
    .setAutocomplete(true)
    .setMaxLength(32);

export const levelOption = (option: SlashCommandStringOption, description = 'Maturity level') =>
  option
    .setName('level')
    .setDescription(description)
    .addChoices(...LEVELS.map((level) => ({ name: LEVEL_LABELS[level], value: level })));

/** Channels the bot can post text in. */
export const textChannelOption = (option: SlashCommandChannelOption, name: string, description: string) =>
  option
    .setName(name)
    .setDescription(description)
    .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement);
