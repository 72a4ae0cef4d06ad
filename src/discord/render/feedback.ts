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
  TriageCursor,
  TriageExportOutcome,
  TriageListOutcome,
  TriageSort,
} from '../../lifecycle/triage.js';
import type { FeedbackFilter } from '../../store/feedback-repository.js';
import {
  discordTimestamp,
  formatList,
  type Locale,
  type TextRef,
  type Translator,
  text,
  translator,
} from '../../text/index.js';
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
/** Five lines of the most voted items stay well inside a field's 1,024 characters. */
const TOP_VOTED_EXCERPT = 100;
/** The custom id of the form's one text field (the form's own custom id is signed by the command). */
export const FEEDBACK_FORM_FIELD = 'body';

/** Tags in code spans, joined as the locale joins a list ("`bug`, `idea`" in English). */
const tagList = (locale: Locale, tags: readonly string[]) =>
  formatList(
    locale,
    tags.map((t) => `\`${t}\``),
  );

/** One line of user text for a list: newlines folded, cut to `length` between characters. */
function excerpt(body: string, length = EXCERPT_LENGTH): string {
  return cutText(body.replace(/\s+/g, ' ').trim(), length);
}

/** The item's author as a mention, or a word saying they erased their data (`/mydata delete`). */
const authorOf = (item: FeedbackItem, tr: Translator) =>
  item.authorId === null ? tr('mydata.authorErased') : `<@${item.authorId}>`;

// --- /feedback ---

/**
 * The copy of a feedback item posted in the feature's feedback channel, in the server's language.
 * The body is member text: it sits in the embed and `allowed_mentions` pings nobody, whatever it contains.
 */
export function renderFeedbackMirror(
  locale: Locale,
  item: FeedbackItem,
  feature: Feature,
): OutboxMessageBody {
  const tr = translator(locale);
  return {
    embeds: [
      {
        title: tr('feedback.mirrorTitle', { number: item.number, feature: feature.name }),
        description: item.body,
        color: levelColor({ level: item.level, state: 'active' }),
        fields: [
          { name: tr('feedback.mirrorLevel'), value: LEVEL_LABELS[item.level], inline: true },
          { name: tr('feedback.mirrorTags'), value: tagList(locale, item.tags), inline: true },
          { name: tr('feedback.mirrorFrom'), value: authorOf(item, tr), inline: true },
        ],
        timestamp: item.createdAt.toISOString(),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** The form a member writes a long feedback in (one paragraph field), in the member's language. */
export function renderFeedbackForm(customId: string, feature: Feature, locale: Locale): ModalBuilder {
  const tr = translator(locale);
  return new ModalBuilder()
    .setCustomId(customId)
    .setTitle(cutText(tr('feedback.modalTitle', { feature: feature.name }), FORM_TITLE_LIMIT))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(tr('feedback.modalLabel'))
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(FEEDBACK_FORM_FIELD)
            .setStyle(TextInputStyle.Paragraph)
            .setMinLength(1)
            .setMaxLength(MAX_FEEDBACK_LENGTH)
            .setPlaceholder(tr('feedback.modalPlaceholder'))
            .setRequired(true),
        ),
    );
}

/** The member's confirmation of stored (or, for a replayed interaction, already stored) feedback. */
export function renderFeedbackReceipt(
  outcome: Extract<GiveFeedbackOutcome, { kind: 'stored' | 'replayed' }>,
  locale: Locale,
): string {
  const { item, feature } = outcome;
  const values = {
    number: item.number,
    feature: feature.name,
    level: LEVEL_LABELS[item.level],
    tags: tagList(locale, item.tags),
  };
  const tr = translator(locale);
  return outcome.kind === 'stored' ? tr('feedback.stored', values) : tr('feedback.alreadyStored', values);
}

/** Why feedback was not taken; the dispatcher shows it in the member's language. */
export function renderFeedbackRefusal(refusal: FeedbackRefusal): TextRef {
  if (refusal.kind === 'invalid') return refusal.message;
  switch (refusal.reason) {
    case 'unknown-feature':
      return text('unknownFeature', { key: refusal.featureKey });
    case 'early-access-only':
      return text('feedback.earlyAccessOnly', { feature: refusal.feature.name, key: refusal.feature.key });
    case 'rate-limited':
      return text('feedback.rateLimited', {
        perMinute: refusal.perMinute,
        retryAt: Math.ceil(refusal.retryAt.getTime() / 1000),
      });
    case 'tags-changed':
      return text('feedback.tagsChanged');
  }
}

// --- /triage ---

/**
 * The `/triage list` page: one entry per item (with its votes), newest first or most votes first,
 * with the filters in the title and the order in the footer.
 */
export function renderTriagePage(
  feature: Feature,
  filter: FeedbackFilter,
  items: readonly FeedbackItem[],
  total: number,
  locale: Locale,
  sort: TriageSort = 'newest',
  threads: ReadonlyMap<number, string> = new Map(),
): APIEmbed {
  const tr = translator(locale);
  const filters = [
    filter.level ? LEVEL_LABELS[filter.level] : null,
    filter.tag ? tr('triage.filterTag', { tag: filter.tag }) : null,
    filter.status ? tr('triage.filterStatus', { status: filter.status }) : null,
  ].filter((f): f is string => f !== null);
  // A compact heading: statuses and tags are identifiers, listed with commas in every language.
  const fields: APIEmbedField[] = items.map((item) => ({
    name: cutText(
      `#${item.number} · ${LEVEL_LABELS[item.level]} · ${item.status} · ${item.tags.join(', ')}`,
      FIELD_NAME_LIMIT,
    ),
    value: `${excerpt(item.body)}\n${authorOf(item, tr)} · ${discordTimestamp(item.createdAt, 'R')} · ${tr('votes.count', { votes: item.votes })}${discussionLink(tr, threads.get(item.id))}`,
  }));
  const title =
    filters.length > 0
      ? tr('triage.listTitleFiltered', { feature: feature.name, filters: formatList(locale, filters) })
      : tr('triage.listTitle', { feature: feature.name });
  return {
    title: cutText(title, TITLE_LIMIT),
    color: COLOR.preview,
    ...(items.length === 0 ? { description: tr('triage.listEmpty') } : { fields }),
    footer: {
      text: sort === 'votes' ? tr('triage.listFooterVotes', { total }) : tr('triage.listFooter', { total }),
    },
  };
}

/**
 * The `/triage list` reply: the page and, when there is more than one page, Previous / Next
 * buttons whose custom ids `pageCustomId` makes for the position each one leads to.
 */
export function renderTriageList(
  outcome: Extract<TriageListOutcome, { kind: 'page' }>,
  pageCustomId: (to: TriageCursor) => string,
  locale: Locale,
): ReplyContent {
  const { feature, filter, total } = outcome;
  const { items } = outcome.page;
  const embed = renderTriagePage(feature, filter, items, total, locale, outcome.sort, outcome.threads);
  const first = items[0];
  const last = items.at(-1);
  const around = first && last ? pageNeighbours(outcome, first, last) : null;
  if (!around || (around.previous === null && around.next === null))
    return { embeds: [embed], components: [] };
  const tr = translator(locale);
  const button = (label: string, to: TriageCursor | null, fallback: TriageCursor) =>
    new ButtonBuilder()
      .setCustomId(pageCustomId(to ?? fallback))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(to === null);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    button(tr('triage.previous'), around.previous, around.fallback),
    button(tr('triage.next'), around.next, around.fallback),
  );
  return { embeds: [embed], components: [row] };
}

/**
 * Where Previous and Next lead from a page (`null` when there is nothing that way); a disabled
 * button still needs a custom id, `fallback`.
 */
function pageNeighbours(
  outcome: Extract<TriageListOutcome, { kind: 'page' }>,
  first: FeedbackItem,
  last: FeedbackItem,
): { previous: TriageCursor | null; next: TriageCursor | null; fallback: TriageCursor } {
  if (outcome.sort === 'votes') {
    const at = (item: FeedbackItem, direction: 'up' | 'down'): TriageCursor => ({
      direction,
      votes: item.votes,
      number: item.number,
      id: item.id,
    });
    return {
      previous: outcome.page.hasUp ? at(first, 'up') : null,
      next: outcome.page.hasDown ? at(last, 'down') : null,
      fallback: at(first, 'up'),
    };
  }
  const newer: TriageCursor = { direction: 'newer', number: first.number };
  return {
    previous: outcome.page.hasNewer ? newer : null,
    next: outcome.page.hasOlder ? { direction: 'older', number: last.number } : null,
    fallback: newer,
  };
}

function changeLines(changes: TriageChanges, locale: Locale): string[] {
  const tr = translator(locale);
  const tags = (list: readonly string[]) => tagList(locale, list);
  return [
    ...(changes.status ? [tr('triage.statusChange', changes.status)] : []),
    ...(changes.tags
      ? [tr('triage.tagsChange', { from: tags(changes.tags.from), to: tags(changes.tags.to) })]
      : []),
    ...(changes.duplicateOf !== null
      ? [tr('triage.duplicateOfChange', { original: changes.duplicateOf })]
      : []),
    ...(changes.noteRecorded ? [tr('triage.noteRecorded')] : []),
  ];
}

/** The answer to a `/triage set` that changed (or, replayed, had changed) the item. */
export function renderTriageSet(
  outcome: Extract<SetTriageOutcome, { kind: 'updated' | 'replayed' }>,
  locale: Locale,
): string {
  const tr = translator(locale);
  const notified =
    outcome.kind === 'updated' && outcome.notified > 0
      ? [tr('triage.followersNotified', { count: outcome.notified })]
      : [];
  // The changes are clauses of one sentence: a list would blur the tag lists inside them.
  const changes = [...changeLines(outcome.changes, locale), ...notified].join(tr('triage.changeSeparator'));
  return tr('triage.updated', { number: outcome.number, changes });
}

/** Why `/triage set` changed nothing; the dispatcher shows it in the member's language. */
export function renderTriageSetRefusal(
  outcome: Exclude<SetTriageOutcome, { kind: 'updated' | 'replayed' }>,
): TextRef {
  if (outcome.kind === 'invalid') return outcome.message;
  switch (outcome.reason) {
    case 'unknown-feedback':
      return text('triage.unknownFeedback', { number: outcome.number });
    case 'unchanged':
      return text('triage.unchanged', { number: outcome.number, status: outcome.status });
    case 'note-empty':
      return text('triage.noteEmpty');
    case 'duplicate-of':
      return duplicateOfRefusal(outcome);
  }
}

function duplicateOfRefusal(outcome: Extract<SetTriageOutcome, { reason: 'duplicate-of' }>): TextRef {
  const { number, original, originalOf } = outcome;
  switch (outcome.problem) {
    case 'duplicate-of-required':
      return text('triage.duplicateOfRequired', { number });
    case 'duplicate-of-not-duplicate':
      return text('triage.duplicateOfNotDuplicate', { number });
    case 'original-itself':
      return text('triage.duplicateOfItself', { number });
    case 'original-is-duplicate':
      return originalOf === null
        ? text('triage.duplicateOfIsDuplicateUnknown', { original: original ?? number })
        : text('triage.duplicateOfIsDuplicate', { original: original ?? number, target: originalOf });
    // Another server's items are not looked up: they read as unknown here.
    case 'original-unknown':
    case 'original-other-server':
      return text('triage.duplicateOfUnknown', { original: original ?? number });
  }
}

/** The answer to `/triage export`: the file, or why there is none. */
export function renderTriageExport(
  outcome: TriageExportOutcome,
  featureKey: string,
  locale: Locale,
): ReplyContent {
  const tr = translator(locale);
  if (outcome.kind === 'exported') {
    return {
      content: tr('triage.exported', { rows: outcome.rows, fileName: outcome.fileName }),
      files: [{ attachment: outcome.path, name: outcome.fileName }],
    };
  }
  if (outcome.reason === 'unknown-feature') return { content: tr('unknownFeature', { key: featureKey }) };
  return {
    content: tr('triage.exportTooLarge', {
      limitMiB: outcome.maxBytes / 1024 / 1024,
      levelGiven: outcome.levelGiven ? 'yes' : 'no',
    }),
  };
}

// --- /features ---

/** The feedback sections of the `/features <feature>` detail view, the most voted items last. */
export function renderFeedbackSections(overview: FeedbackOverview, locale: Locale): APIEmbedField[] {
  const tr = translator(locale);
  const byLevel = LEVELS.map((level) =>
    tr('feedback.countLine', { label: LEVEL_LABELS[level], count: overview.byLevel[level] }),
  ).join('\n');
  const byTag =
    overview.byTag.length === 0
      ? tr('feedback.noFeedbackYet')
      : overview.byTag.map((t) => tr('feedback.countLine', { label: t.tag, count: t.count })).join(' · ');
  const blockers =
    overview.openBlockers === 0
      ? tr('feedback.noOpenBlockers')
      : [
          ...overview.newestOpenBlockers.map(
            (item) =>
              `**#${item.number}** ${excerpt(item.body, 120)}${discussionLink(tr, overview.threads.get(item.id))}`,
          ),
          ...(overview.openBlockers > MAX_BLOCKERS_SHOWN
            ? [tr('feedback.moreOpenBlockers', { count: overview.openBlockers - MAX_BLOCKERS_SHOWN })]
            : []),
        ].join('\n');
  const topVoted =
    overview.topVoted.length === 0
      ? tr('feedback.topVotedNone')
      : overview.topVoted
          .map(
            (item) =>
              tr('feedback.topVotedLine', {
                number: item.number,
                votes: item.votes,
                excerpt: excerpt(item.body, TOP_VOTED_EXCERPT),
              }) + discussionLink(tr, overview.threads.get(item.id)),
          )
          .join('\n');
  return [
    { name: tr('feedback.byLevelField'), value: byLevel, inline: true },
    { name: tr('feedback.byTagField'), value: cutText(byTag, FIELD_VALUE_LIMIT), inline: true },
    {
      name: tr('feedback.openBlockersField', { count: overview.openBlockers }),
      value: cutText(blockers, FIELD_VALUE_LIMIT),
    },
    { name: tr('feedback.topVotedField'), value: cutText(topVoted, FIELD_VALUE_LIMIT) },
  ];
}

/** The `/features <feature>` detail: the feature, its readiness, its feedback and its promotion history. */
export function renderFeatureView(
  view: Extract<FeatureDetailView, { kind: 'detail' }>,
  locale: Locale,
): APIEmbed {
  return renderFeatureDetail(locale, view.feature, view.report, view.now, {
    extraFields: [
      ...renderFeedbackSections(view.feedback, locale),
      renderPromotionHistory(locale, view.history),
    ],
  });
}

/** ` · Discussion: <#thread>` after an item that has a thread or forum post, else nothing. */
function discussionLink(tr: Translator, threadId: string | undefined): string {
  return threadId ? ` · ${tr('feedback.discussionLink', { threadId })}` : '';
}
