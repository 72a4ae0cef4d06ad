import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import {
  bySubcommand,
  type CommandModule,
  type Deps,
  type GuildButton,
  type GuildChatInput,
} from '../src/discord/command.js';
import { catalogueChoices, FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption, levelOption } from '../src/discord/command-options.js';
import type { ComponentAction } from '../src/discord/component-id.js';
import { DISCORD_ERROR, discordErrorCode, UserError } from '../src/discord/errors.js';
import { featureChoices, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { readOptions } from '../src/discord/options.js';
import {
  renderTriageExport,
  renderTriageList,
  renderTriageSet,
  renderTriageSetRefusal,
} from '../src/discord/render/feedback.js';
import { respond, updateComponentMessage } from '../src/discord/reply.js';
import {
  completeTagList,
  FEEDBACK_STATUSES,
  MAX_AUTOCOMPLETE_CHOICES,
} from '../src/domain/feedback-rules.js';
import { LEVELS } from '../src/domain/levels.js';
import { feedbackTagVocabulary } from '../src/lifecycle/feedback.js';
import {
  exportTriage,
  listTriagePage,
  setTriage,
  TRIAGE_SORTS,
  type TriageCursor,
  type TriageListInput,
  type TriageSort,
} from '../src/lifecycle/triage.js';
import type { FeedbackFilter } from '../src/store/feedback-repository.js';
import { type Locale, text } from '../src/text/index.js';

export { TRIAGE_PAGE_SIZE } from '../src/lifecycle/triage.js';

const statusChoices = catalogueChoices(...FEEDBACK_STATUSES);

const data = new SlashCommandBuilder()
  .setName('triage')
  .setDescription(FROM_CATALOGUE)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) => levelOption(o))
      .addStringOption((o) =>
        o.setName('tag').setDescription(FROM_CATALOGUE).setAutocomplete(true).setMaxLength(24),
      )
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription(FROM_CATALOGUE)
          .addChoices(...statusChoices),
      )
      .addStringOption((o) =>
        o
          .setName('sort')
          .setDescription(FROM_CATALOGUE)
          .addChoices(...catalogueChoices(...TRIAGE_SORTS)),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('set')
      .setDescription(FROM_CATALOGUE)
      .addIntegerOption((o) =>
        o.setName('id').setDescription(FROM_CATALOGUE).setRequired(true).setMinValue(1),
      )
      .addStringOption((o) =>
        o
          .setName('status')
          .setDescription(FROM_CATALOGUE)
          .setRequired(true)
          .addChoices(...statusChoices),
      )
      .addStringOption((o) => o.setName('note').setDescription(FROM_CATALOGUE).setMaxLength(1000))
      .addStringOption((o) =>
        o.setName('tags').setDescription(FROM_CATALOGUE).setAutocomplete(true).setMaxLength(100),
      )
      .addIntegerOption((o) => o.setName('duplicate_of').setDescription(FROM_CATALOGUE).setMinValue(1)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('export')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addStringOption((o) => levelOption(o))
      .addStringOption((o) =>
        o
          .setName('format')
          .setDescription(FROM_CATALOGUE)
          .addChoices(...catalogueChoices('csv', 'json')),
      ),
  )
  .toJSON();

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
  sort: z
    .enum(TRIAGE_SORTS)
    .nullable()
    .transform((sort) => sort ?? 'newest'),
});
const setSchema = z.object({
  id: z.number().int().min(1),
  status,
  note: z.string().max(1000).nullable(),
  tags: z.string().nullable(),
  duplicate_of: z.number().int().min(1, 'option.feedbackNumber').nullable(),
});
const exportSchema = z.object({
  feature: z.string().min(1),
  level,
  format: z
    .enum(['csv', 'json'])
    .nullable()
    .transform((format) => format ?? 'csv'),
});

/** The feature options of `list` and `export` name retired features too: their feedback is their record. */
const HISTORY = { includeRetired: true } as const;

// The page buttons carry the filters and the keyset cursor in their signed custom id:
// [feature id, level index + status index, tag, position], each compact and ':'-free. The position
// also tells the order: `o`/`n` + #N (newest first, older/newer), `d`/`u` + votes + `.` + the key
// the ranking seeks on besides votes (#N, or the item id within a tag; most votes first, down/up).
function encodePage(filter: FeedbackFilter, cursor: TriageCursor): string[] {
  const levelCode = filter.level === null ? NONE : String(LEVELS.indexOf(filter.level));
  const statusCode = filter.status === null ? NONE : String(FEEDBACK_STATUSES.indexOf(filter.status));
  return [
    filter.featureId.toString(36),
    `${levelCode}${statusCode}`,
    filter.tag ?? NONE,
    encodePosition(filter, cursor),
  ];
}

function encodePosition(filter: FeedbackFilter, cursor: TriageCursor): string {
  if (!('votes' in cursor)) return `${cursor.direction === 'older' ? 'o' : 'n'}${cursor.number.toString(36)}`;
  const key = filter.tag === null ? cursor.number : cursor.id;
  return `${cursor.direction === 'down' ? 'd' : 'u'}${cursor.votes.toString(36)}.${key.toString(36)}`;
}

function decodePosition(position: string): { sort: TriageSort; cursor: TriageCursor } | null {
  const [votesText = '', keyText] = position.slice(1).split('.');
  const first = Number.parseInt(votesText, 36);
  if (!Number.isSafeInteger(first)) return null;
  if (position[0] === 'o' || position[0] === 'n') {
    if (keyText !== undefined) return null;
    return { sort: 'newest', cursor: { direction: position[0] === 'o' ? 'older' : 'newer', number: first } };
  }
  const key = Number.parseInt(keyText ?? '', 36);
  if ((position[0] !== 'd' && position[0] !== 'u') || !Number.isSafeInteger(key)) return null;
  // Only the key the ranking seeks on is carried: it stands for both #N and the id.
  const direction = position[0] === 'd' ? 'down' : 'up';
  return { sort: 'votes', cursor: { direction, votes: first, number: key, id: key } };
}

function decodePage(
  args: readonly string[],
): { filter: FeedbackFilter; sort: TriageSort; cursor: TriageCursor } | null {
  const [featureId = '', codes = '', tag = '', position = ''] = args;
  const levelValue = codes[0] === NONE ? null : (LEVELS[Number(codes[0])] ?? undefined);
  const statusValue = codes[1] === NONE ? null : (FEEDBACK_STATUSES[Number(codes[1])] ?? undefined);
  const decoded = decodePosition(position);
  if (levelValue === undefined || statusValue === undefined || decoded === null) return null;
  return {
    filter: {
      featureId: Number.parseInt(featureId, 36),
      level: levelValue,
      status: statusValue,
      tag: tag === NONE ? null : tag,
    },
    ...decoded,
  };
}

/**
 * The page for `query` in the reader's `locale`, with buttons signed for the member who asked;
 * null when the feature is gone.
 */
function triagePage(deps: Deps, ownerId: string, query: TriageListInput, locale: Locale) {
  const outcome = listTriagePage(deps, query);
  if (outcome.kind === 'invalid') throw new UserError(outcome.message);
  if (outcome.kind === 'refused') return null;
  const expiresAt = new Date(deps.clock.now().getTime() + PAGE_BUTTON_LIFETIME_MS);
  const pageCustomId = (to: TriageCursor) =>
    deps.signer.sign({
      command: 'triage',
      action: PAGE_ACTION,
      args: encodePage(outcome.filter, to),
      ownerId,
      expiresAt,
    });
  return renderTriageList(outcome, pageCustomId, locale);
}

async function list(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, listSchema);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature, HISTORY);
  const query = {
    guildId: interaction.guildId,
    featureId: feature.id,
    level: options.level,
    status: options.status,
    tag: options.tag,
    sort: options.sort,
    cursor: null,
  };
  const reply = triagePage(deps, interaction.user.id, query, replyLocale(interaction));
  if (!reply) throw new UserError(text('unknownFeature', { key: options.feature }));
  await respond(interaction, reply);
}

async function page(interaction: GuildButton, component: ComponentAction, deps: Deps): Promise<void> {
  const decoded = component.action === PAGE_ACTION ? decodePage(component.args) : null;
  const reply =
    decoded &&
    triagePage(
      deps,
      interaction.user.id,
      { guildId: interaction.guildId, ...decoded.filter, sort: decoded.sort, cursor: decoded.cursor },
      replyLocale(interaction),
    );
  if (!reply) throw new UserError(text('expiredComponent'));
  await updateComponentMessage(interaction, reply);
}

async function set(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, setSchema);
  const outcome = setTriage(deps, {
    guildId: interaction.guildId,
    actorId: interaction.user.id,
    number: options.id,
    status: options.status,
    note: options.note,
    tags: options.tags,
    duplicateOf: options.duplicate_of,
    sourceInteractionId: interaction.id,
  });
  if (outcome.kind !== 'updated' && outcome.kind !== 'replayed')
    throw new UserError(renderTriageSetRefusal(outcome));
  try {
    await respond(interaction, { content: renderTriageSet(outcome, replyLocale(interaction)) });
  } catch (error) {
    // A replayed interaction was answered the first time; the change is recorded once.
    if (outcome.kind !== 'replayed' || discordErrorCode(error) !== DISCORD_ERROR.alreadyAcknowledged)
      throw error;
    deps.logger.debug({ interaction: interaction.id }, 'replayed triage interaction already answered');
  }
}

async function exportFeedback(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, exportSchema);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature, HISTORY);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const dir = await mkdtemp(join(tmpdir(), 'stagegate-export-'));
  try {
    const outcome = await exportTriage(deps, {
      guildId: interaction.guildId,
      featureId: feature.id,
      level: options.level,
      format: options.format,
      dir,
    });
    await respond(interaction, renderTriageExport(outcome, feature.key, replyLocale(interaction)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function tagChoices(deps: Deps, guildId: string, typed: string) {
  const prefix = typed.trim().toLowerCase();
  return feedbackTagVocabulary(deps, guildId)
    .filter((tag) => tag.startsWith(prefix))
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
      const vocabulary = feedbackTagVocabulary(deps, interaction.guildId);
      return completeTagList(focused.value, vocabulary).map((tags) => ({ name: tags, value: tags }));
    }
    // Only `list` and `export` have a feature option.
    return featureChoices(deps.store, interaction.guildId, focused.value, HISTORY);
  },
};
