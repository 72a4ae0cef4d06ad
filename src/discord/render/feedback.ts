import {
  ActionRowBuilder,
  type APIEmbed,
  type APIEmbedField,
  ButtonBuilder,
  ButtonStyle,
  LabelBuilder,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { Feature, FeedbackItem, OutboxMessageBody } from '../../domain/entities.js';
import { MAX_FEEDBACK_LENGTH } from '../../domain/feedback-rules.js';
import { LEVEL_LABELS, LEVELS } from '../../domain/levels.js';
import { cutText } from '../../domain/text.js';
import type { FeatureDetailView, FeedbackOverview } from '../../lifecycle/features-view.js';
import { MAX_BLOCKERS_SHOWN } from '../../lifecycle/features-view.js';
import type { FeedbackRefusal, GiveFeedbackOutcome } from '../../lifecycle/feedback.js';
import type {
  SetTriageOutcome,
  TriageChanges,
  TriageExportOutcome,
  TriageListOutcome,
} from '../../lifecycle/triage.js';
import type { FeedbackCursor, FeedbackFilter } from '../../store/feedback-repository.js';
import type { Locale } from '../../text/index.js';
import { MESSAGES } from '../messages.js';
import type { ReplyContent } from '../reply.js';
import { COLOR, levelColor, renderFeatureDetail } from './features.js';
import { renderPromotionHistory } from './promotion.js';

// bench/store-bench.ts reads the blockers the view shows from here.
export { MAX_BLOCKERS_SHOWN };

const FIELD_NAME_LIMIT = 256;
const FIELD_VALUE_LIMIT = 1024;
const TITLE_LIMIT = 256;
/** Discord caps a form's title at 45 characters. */
const FORM_TITLE_LIMIT = 45;
const EXCERPT_LENGTH = 180;
/** The custom id of the form's one text field (the form's own custom id is signed by the command). */
export const FEEDBACK_FORM_FIELD = 'body';

const tagList = (tags: readonly string[]) => tags.map((t) => `\`${t}\``).join(', ');

/** One line of user text for a list: newlines folded, cut to `length` between characters. */
function excerpt(body: string, length = EXCERPT_LENGTH): string {
  return cutText(body.replace(/\s+/g, ' ').trim(), length);
}

// --- /feedback ---

/**
 * The copy of a feedback item posted in the feature's feedback channel. The body is member text:
 * it sits in the embed and `allowed_mentions` pings nobody, whatever it contains.
 */
export function renderFeedbackMirror(item: FeedbackItem, feature: Feature): OutboxMessageBody {
  return {
    embeds: [
      {
        title: MESSAGES.feedback.mirrorTitle(item.number, feature.name),
        description: item.body,
        color: levelColor({ level: item.level, state: 'active' }),
        fields: [
          { name: 'Level', value: LEVEL_LABELS[item.level], inline: true },
          { name: 'Tags', value: tagList(item.tags), inline: true },
          { name: 'From', value: `<@${item.authorId}>`, inline: true },
        ],
        timestamp: item.createdAt.toISOString(),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** The form a member writes a long feedback in (one paragraph field). */
export function renderFeedbackForm(customId: string, feature: Feature): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(customId)
    .setTitle(cutText(MESSAGES.feedback.modalTitle(feature.name), FORM_TITLE_LIMIT))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(MESSAGES.feedback.modalLabel)
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(FEEDBACK_FORM_FIELD)
            .setStyle(TextInputStyle.Paragraph)
            .setMinLength(1)
            .setMaxLength(MAX_FEEDBACK_LENGTH)
            .setPlaceholder(MESSAGES.feedback.modalPlaceholder)
            .setRequired(true),
        ),
    );
}

/** The member's confirmation of stored (or, for a replayed interaction, already stored) feedback. */
export function renderFeedbackReceipt(
  outcome: Extract<GiveFeedbackOutcome, { kind: 'stored' | 'replayed' }>,
): string {
  const { item, feature } = outcome;
  const text = outcome.kind === 'stored' ? MESSAGES.feedback.stored : MESSAGES.feedback.alreadyStored;
  return text(item.number, feature.name, LEVEL_LABELS[item.level], item.tags);
}

/** Why feedback was not taken, as the member reads it. */
export function renderFeedbackRefusal(refusal: FeedbackRefusal): string {
  if (refusal.kind === 'invalid') return refusal.message;
  switch (refusal.reason) {
    case 'unknown-feature':
      return MESSAGES.unknownFeature(refusal.featureKey);
    case 'early-access-only':
      return MESSAGES.feedback.earlyAccessOnly(refusal.feature.name, refusal.feature.key);
    case 'rate-limited':
      return MESSAGES.feedback.rateLimited(refusal.perMinute, refusal.retryAt);
    case 'tags-changed':
      return MESSAGES.feedback.tagsChanged;
  }
}

// --- /triage ---

/** The `/triage list` page: one entry per item, newest first, with the filters in the title. */
export function renderTriagePage(
  feature: Feature,
  filter: FeedbackFilter,
  items: readonly FeedbackItem[],
  total: number,
): APIEmbed {
  const filters = [
    filter.level ? LEVEL_LABELS[filter.level] : null,
    filter.tag ? `tag ${filter.tag}` : null,
    filter.status ? `status ${filter.status}` : null,
  ].filter((f): f is string => f !== null);
  const fields: APIEmbedField[] = items.map((item) => ({
    name: cutText(
      `#${item.number} · ${LEVEL_LABELS[item.level]} · ${item.status} · ${item.tags.join(', ')}`,
      FIELD_NAME_LIMIT,
    ),
    value: `${excerpt(item.body)}\n<@${item.authorId}> · <t:${Math.floor(item.createdAt.getTime() / 1000)}:R>`,
  }));
  return {
    title: cutText(
      `${MESSAGES.triage.listTitle(feature.name)}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}`,
      TITLE_LIMIT,
    ),
    color: COLOR.preview,
    ...(items.length === 0 ? { description: MESSAGES.triage.listEmpty } : { fields }),
    footer: { text: MESSAGES.triage.listFooter(total) },
  };
}

/**
 * The `/triage list` reply: the page and, when there is more than one page, Previous / Next
 * buttons whose custom ids `pageCustomId` makes for the position each one leads to.
 */
export function renderTriageList(
  outcome: Extract<TriageListOutcome, { kind: 'page' }>,
  pageCustomId: (to: FeedbackCursor) => string,
): ReplyContent {
  const { feature, filter, page, total } = outcome;
  const embed = renderTriagePage(feature, filter, page.items, total);
  const first = page.items[0];
  const last = page.items.at(-1);
  if (!first || !last || (!page.hasNewer && !page.hasOlder)) return { embeds: [embed], components: [] };
  const button = (label: string, to: FeedbackCursor, disabled: boolean) =>
    new ButtonBuilder()
      .setCustomId(pageCustomId(to))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    button(MESSAGES.triage.previous, { direction: 'newer', number: first.number }, !page.hasNewer),
    button(MESSAGES.triage.next, { direction: 'older', number: last.number }, !page.hasOlder),
  );
  return { embeds: [embed], components: [row] };
}

function changeLines(changes: TriageChanges): string[] {
  return [
    ...(changes.status ? [MESSAGES.triage.statusChange(changes.status.from, changes.status.to)] : []),
    ...(changes.tags ? [MESSAGES.triage.tagsChange(changes.tags.from, changes.tags.to)] : []),
    ...(changes.noteRecorded ? [MESSAGES.triage.noteRecorded] : []),
  ];
}

/** The answer to `/triage set`, for every outcome. */
export function renderTriageSet(outcome: SetTriageOutcome): string {
  switch (outcome.kind) {
    case 'updated':
    case 'replayed':
      return MESSAGES.triage.updated(outcome.number, changeLines(outcome.changes));
    case 'invalid':
      return outcome.message;
    case 'refused':
      if (outcome.reason === 'unknown-feedback') return MESSAGES.triage.unknownFeedback(outcome.number);
      if (outcome.reason === 'unchanged') return MESSAGES.triage.unchanged(outcome.number, outcome.status);
      return MESSAGES.triage.noteEmpty;
  }
}

/** The answer to `/triage export`: the file, or why there is none. */
export function renderTriageExport(outcome: TriageExportOutcome, featureKey: string): ReplyContent {
  if (outcome.kind === 'exported') {
    return {
      content: MESSAGES.triage.exported(outcome.rows, outcome.fileName),
      files: [{ attachment: outcome.path, name: outcome.fileName }],
    };
  }
  if (outcome.reason === 'unknown-feature') return { content: MESSAGES.unknownFeature(featureKey) };
  return { content: MESSAGES.triage.exportTooLarge(outcome.maxBytes / 1024 / 1024, outcome.levelGiven) };
}

// --- /features ---

/** The feedback sections of the `/features <feature>` detail view. */
export function renderFeedbackSections(overview: FeedbackOverview): APIEmbedField[] {
  const byLevel = LEVELS.map((level) => `${LEVEL_LABELS[level]}: **${overview.byLevel[level]}**`).join('\n');
  const byTag =
    overview.byTag.length === 0
      ? 'No feedback yet.'
      : overview.byTag.map((t) => `${t.tag}: **${t.count}**`).join(' · ');
  const blockers =
    overview.openBlockers === 0
      ? 'None.'
      : [
          ...overview.newestOpenBlockers.map((item) => `**#${item.number}** ${excerpt(item.body, 120)}`),
          ...(overview.openBlockers > MAX_BLOCKERS_SHOWN
            ? [
                `…and ${overview.openBlockers - MAX_BLOCKERS_SHOWN} more (\`/triage list tag:blocker status:open\`).`,
              ]
            : []),
        ].join('\n');
  return [
    { name: 'Feedback by level', value: byLevel, inline: true },
    { name: 'Feedback by tag', value: cutText(byTag, FIELD_VALUE_LIMIT), inline: true },
    { name: `Open blockers (${overview.openBlockers})`, value: cutText(blockers, FIELD_VALUE_LIMIT) },
  ];
}

/** The `/features <feature>` detail: the feature, its readiness, its feedback and its promotion history. */
export function renderFeatureView(
  view: Extract<FeatureDetailView, { kind: 'detail' }>,
  locale: Locale,
): APIEmbed {
  return renderFeatureDetail(locale, view.feature, view.report, view.now, {
    extraFields: [...renderFeedbackSections(view.feedback), renderPromotionHistory(locale, view.history)],
  });
}
