import { ChannelType, type SlashCommandChannelOption, type SlashCommandStringOption } from 'discord.js';
import { LEVELS } from '../domain/levels.js';
import { catalogueChoices, FROM_CATALOGUE } from './command-localization.js';

/**
 * Option builders shared by several commands, so the same option reads the same everywhere. Their
 * descriptions come from the catalogue: `cmd.option.<name>` for every use, unless the command's
 * own key (`cmd.features.feature`) says otherwise.
 */
export const featureOption = (option: SlashCommandStringOption, required = true) =>
  option
    .setName('feature')
    .setDescription(FROM_CATALOGUE)
    .setRequired(required)
    .setAutocomplete(true)
    .setMaxLength(32);

/** The level choices; the option's description is the command's own (`cmd.triage.list.level`). */
export const levelOption = (option: SlashCommandStringOption) =>
  option
    .setName('level')
    .setDescription(FROM_CATALOGUE)
    .addChoices(...catalogueChoices(...LEVELS));

/** Channels the bot can post text in. */
export const textChannelOption = (option: SlashCommandChannelOption, name: string) =>
  option
    .setName(name)
    .setDescription(FROM_CATALOGUE)
    .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement);

/** A feature's feedback channel: text or announcement (a thread per copy), or forum (a post per item). */
export const feedbackChannelOption = (option: SlashCommandChannelOption, name: string) =>
  option
    .setName(name)
    .setDescription(FROM_CATALOGUE)
    .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum);
