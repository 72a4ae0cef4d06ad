import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { z } from 'zod';
import {
  bySubcommand,
  type CommandModule,
  type Deps,
  type GuildButton,
  type GuildChatInput,
} from '../src/discord/command.js';
import { featureOption, levelOption } from '../src/discord/command-options.js';
import type { ComponentAction } from '../src/discord/component-id.js';
import { UserError } from '../src/discord/errors.js';
import { featureChoices, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { orUserError, parseOptions } from '../src/discord/options.js';
import { renderTriagePage } from '../src/discord/render/feedback.js';
import { respond, updateComponentMessage } from '../src/discord/reply.js';
import type { Feature } from '../src/domain/entities.js';
import { type ExportFormat, exportFileName } from '../src/domain/feedback-export-format.js';
import {
  completeTagList,
  FEEDBACK_STATUSES,
  MAX_AUTOCOMPLETE_CHOICES,
  parseTagList,
  validateTagName,
} from '../src/domain/feedback-rules.js';
import { LEVELS } from '../src/domain/levels.js';
import { queueReadinessNotice } from '../src/lifecycle/readiness-watch.js';
import { writeFeedbackExport } from '../src/store/feedback-export.js';
import type { FeedbackCursor, FeedbackFilter } from '../src/store/feedback-repository.js';

const statusChoices = FEEDBACK_STATUSES.map((status) => ({ name: status, value: status }));

const data = new SlashCommandBuilder()
  .setName('triage')
  .setDescription('Review and export feedback')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription('Page through the feedback of a feature')
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) => levelOption(o, 'Only feedback given at this level'))
      .addStringOption((o) =>
        o.setName('tag').setDescription('Only feedback with this tag').setAutocomplete(true).setMaxLength(24),
      )
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('Only feedback with this status')
          .addChoices(...statusChoices),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('set')
      .setDescription('Change the status, add a note or adjust the tags of one feedback item')
      .addIntegerOption((o) =>
        o.setName('id').setDescription('The feedback number (#N)').setRequired(true).setMinValue(1),
      )
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription('New status')
          .setRequired(true)
          .addChoices(...statusChoices),
      )
      .addStringOption((o) =>
        o.setName('note').setDescription('A triage note (recorded with your name)').setMaxLength(1000),
      )
      .addStringOption((o) =>
        o
          .setName('tags')
          .setDescription('Replace the tags: 1-3, comma-separated')
          .setAutocomplete(true)
          .setMaxLength(100),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('export')
      .setDescription('Download the feedback of a feature as CSV or JSON')
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) => levelOption(o, 'Only feedback given at this level'))
      .addStringOption((o) =>
        o
          .setName('format')
          .setDescription('File format (default csv)')
          .addChoices({ name: 'CSV', value: 'csv' }, { name: 'JSON', value: 'json' }),
      ),
  )
  .toJSON();

/** Items per `/triage list` page; ten fields keep the embed well under Discord's 6000 characters. */
export const TRIAGE_PAGE_SIZE = 10;
/** Discord takes attachments up to 10 MiB; stay under it with room for the request around the file. */
export const MAX_EXPORT_BYTES = 8 * 1024 * 1024;
const PAGE_BUTTON_LIFETIME_MS = 30 * 60_000;
const PAGE_ACTION = 'page';
const NONE = '-';

const level = z.enum(LEVELS).nullable();
const status = z.enum(FEEDBACK_STATUSES);

const listSchema = z.object({
  feature: z.string().min(1),
  level,
  tag: z.string().nullable(),
  status: status.nullable(),
});
const setSchema = z.object({
  id: z.number().int().min(1),
  status,
  note: z.string().max(1000).nullable(),
  tags: z.string().nullable(),
});
const exportSchema = z.object({ feature: z.string().min(1), level, format: z.enum(['csv', 'json']) });

// The page buttons carry the filters and the keyset cursor in their signed custom id:
// [feature id, level index + status index, tag, direction + cursor], each compact and ':'-free.
function encodePage(filter: FeedbackFilter, cursor: FeedbackCursor): string[] {
  const levelCode = filter.level === null ? NONE : String(LEVELS.indexOf(filter.level));
  const statusCode = filter.status === null ? NONE : String(FEEDBACK_STATUSES.indexOf(filter.status));
  return [
    filter.featureId.toString(36),
    `${levelCode}${statusCode}`,
    filter.tag ?? NONE,
    `${cursor.direction === 'older' ? 'o' : 'n'}${cursor.number.toString(36)}`,
  ];
}

function decodePage(args: readonly string[]): { filter: FeedbackFilter; cursor: FeedbackCursor } | null {
  const [featureId = '', codes = '', tag = '', position = ''] = args;
  const levelValue = codes[0] === NONE ? null : (LEVELS[Number(codes[0])] ?? undefined);
  const statusValue = codes[1] === NONE ? null : (FEEDBACK_STATUSES[Number(codes[1])] ?? undefined);
  const number = Number.parseInt(position.slice(1), 36);
  if (levelValue === undefined || statusValue === undefined || !Number.isSafeInteger(number)) return null;
  if (position[0] !== 'o' && position[0] !== 'n') return null;
  return {
    filter: {
      featureId: Number.parseInt(featureId, 36),
      level: levelValue,
      status: statusValue,
      tag: tag === NONE ? null : tag,
    },
    cursor: { direction: position[0] === 'o' ? 'older' : 'newer', number },
  };
}

function renderPage(
  deps: Deps,
  ownerId: string,
  feature: Feature,
  filter: FeedbackFilter,
  cursor: FeedbackCursor | null,
) {
  const page = deps.store.feedback.page(filter, cursor, TRIAGE_PAGE_SIZE);
  const total = deps.store.feedback.countMatching(filter);
  const embed = renderTriagePage(feature, filter, page.items, total);
  if (page.items.length === 0 || (!page.hasNewer && !page.hasOlder))
    return { embeds: [embed], components: [] };
  const expiresAt = new Date(deps.clock.now().getTime() + PAGE_BUTTON_LIFETIME_MS);
  const button = (label: string, to: FeedbackCursor, disabled: boolean) =>
    new ButtonBuilder()
      .setCustomId(
        deps.signer.sign({
          command: 'triage',
          action: PAGE_ACTION,
          args: encodePage(filter, to),
          ownerId,
          expiresAt,
        }),
      )
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled);
  const first = page.items[0]!.number;
  const last = page.items.at(-1)!.number;
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    button(MESSAGES.triage.previous, { direction: 'newer', number: first }, !page.hasNewer),
    button(MESSAGES.triage.next, { direction: 'older', number: last }, !page.hasOlder),
  );
  return { embeds: [embed], components: [row] };
}

async function list(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = parseOptions(listSchema, {
    feature: interaction.options.getString('feature', true),
    level: interaction.options.getString('level'),
    tag: interaction.options.getString('tag'),
    status: interaction.options.getString('status'),
  });
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  // A tag removed from the vocabulary still labels older feedback, so any well-formed tag filters.
  const tag = options.tag === null ? null : orUserError(validateTagName(options.tag));
  const filter: FeedbackFilter = { featureId: feature.id, level: options.level, status: options.status, tag };
  await respond(interaction, renderPage(deps, interaction.user.id, feature, filter, null));
}

async function page(interaction: GuildButton, component: ComponentAction, deps: Deps): Promise<void> {
  const decoded = component.action === PAGE_ACTION ? decodePage(component.args) : null;
  if (!decoded) throw new UserError(MESSAGES.expiredComponent);
  const feature = deps.store.features.findById(decoded.filter.featureId);
  if (feature?.guildId !== interaction.guildId) throw new UserError(MESSAGES.expiredComponent);
  await updateComponentMessage(
    interaction,
    renderPage(deps, interaction.user.id, feature, decoded.filter, decoded.cursor),
  );
}

async function set(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = parseOptions(setSchema, {
    id: interaction.options.getInteger('id', true),
    status: interaction.options.getString('status', true),
    note: interaction.options.getString('note'),
    tags: interaction.options.getString('tags'),
  });
  const now = deps.clock.now();
  const note = options.note === null ? null : options.note.trim();
  if (note === '') throw new UserError(MESSAGES.triage.noteEmpty);
  const vocabulary = deps.store.settings.get(interaction.guildId).tags;
  const tags = options.tags === null ? null : orUserError(parseTagList(options.tags, vocabulary)).sort();
  const changes = deps.store.transaction(() => {
    const item = deps.store.feedback.findByNumber(interaction.guildId, options.id);
    if (!item) throw new UserError(MESSAGES.triage.unknownFeedback(options.id));
    const tagsChange = tags !== null && tags.join(',') !== item.tags.join(',');
    if (item.status === options.status && !tagsChange && note === null) {
      throw new UserError(MESSAGES.triage.unchanged(item.number, item.status));
    }
    deps.store.feedback.applyTriage(
      {
        feedbackId: item.id,
        actorId: interaction.user.id,
        oldStatus: item.status,
        newStatus: options.status,
        oldTags: item.tags,
        newTags: tagsChange ? tags : null,
        note,
      },
      now,
    );
    const feature = deps.store.features.findById(item.featureId);
    // Resolving the last blocker can make the feature ready for its next level.
    if (feature?.state === 'active') queueReadinessNotice(deps, feature, now);
    return [
      ...(item.status !== options.status ? [MESSAGES.triage.statusChange(item.status, options.status)] : []),
      ...(tagsChange && tags ? [MESSAGES.triage.tagsChange(item.tags, tags)] : []),
      ...(note !== null ? [MESSAGES.triage.noteRecorded] : []),
    ];
  });
  deps.wakeOutbox();
  await respond(interaction, { content: MESSAGES.triage.updated(options.id, changes) });
}

async function exportFeedback(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = parseOptions(exportSchema, {
    feature: interaction.options.getString('feature', true),
    level: interaction.options.getString('level'),
    format: interaction.options.getString('format') ?? 'csv',
  });
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  const format: ExportFormat = options.format;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const dir = await mkdtemp(join(tmpdir(), 'stagegate-export-'));
  try {
    const name = exportFileName(feature.key, format);
    const path = join(dir, name);
    const result = await writeFeedbackExport(deps.store.feedback, path, {
      format,
      featureKey: feature.key,
      filter: { featureId: feature.id, level: options.level, status: null, tag: null },
      maxBytes: MAX_EXPORT_BYTES,
    });
    if (result.tooLarge) {
      await respond(interaction, {
        content: MESSAGES.triage.exportTooLarge(MAX_EXPORT_BYTES / 1024 / 1024, options.level !== null),
      });
      return;
    }
    await respond(interaction, {
      content: MESSAGES.triage.exported(result.rows, name),
      files: [{ attachment: path, name }],
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function tagChoices(deps: Deps, guildId: string, typed: string) {
  const prefix = typed.trim().toLowerCase();
  return deps.store.settings
    .get(guildId)
    .tags.filter((tag) => tag.startsWith(prefix))
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((tag) => ({ name: tag, value: tag }));
}

export const triage: CommandModule = {
  data,
  maintainerOnly: true,
  execute: bySubcommand({ list, set, export: exportFeedback }),
  button: page,
  autocomplete(interaction, deps) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'tag') return tagChoices(deps, interaction.guildId, focused.value);
    if (focused.name === 'tags') {
      const vocabulary = deps.store.settings.get(interaction.guildId).tags;
      return completeTagList(focused.value, vocabulary).map((tags) => ({ name: tags, value: tags }));
    }
    return featureChoices(deps.store, interaction.guildId, focused.value);
  },
};
