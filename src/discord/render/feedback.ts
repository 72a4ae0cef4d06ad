import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Feature, FeedbackItem, OutboxMessageBody } from '../../domain/entities.js';
import { LEVEL_LABELS, LEVELS, type Level } from '../../domain/levels.js';
import type { FeedbackFilter } from '../../store/feedback-repository.js';
import { MESSAGES } from '../messages.js';
import { COLOR, levelColor } from './features.js';

const FIELD_VALUE_LIMIT = 1024;
const EXCERPT_LENGTH = 180;
/** Open blockers listed by number in the feature detail view; the rest are counted. */
export const MAX_BLOCKERS_SHOWN = 5;

const tagList = (tags: readonly string[]) => tags.map((t) => `\`${t}\``).join(', ');

/** One line of user text for a list: newlines folded, cut to `length`. */
function excerpt(body: string, length = EXCERPT_LENGTH): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

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
    name: `#${item.number} · ${LEVEL_LABELS[item.level]} · ${item.status} · ${item.tags.join(', ')}`.slice(
      0,
      256,
    ),
    value: `${excerpt(item.body)}\n<@${item.authorId}> · <t:${Math.floor(item.createdAt.getTime() / 1000)}:R>`,
  }));
  return {
    title:
      `${MESSAGES.triage.listTitle(feature.name)}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}`.slice(
        0,
        256,
      ),
    color: COLOR.preview,
    ...(items.length === 0 ? { description: MESSAGES.triage.listEmpty } : { fields }),
    footer: { text: MESSAGES.triage.listFooter(total) },
  };
}

export interface FeedbackOverview {
  byLevel: Record<Level, number>;
  byTag: { tag: string; count: number }[];
  openBlockers: number;
  newestOpenBlockers: FeedbackItem[];
}

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
    { name: 'Feedback by tag', value: byTag.slice(0, FIELD_VALUE_LIMIT), inline: true },
    { name: `Open blockers (${overview.openBlockers})`, value: blockers.slice(0, FIELD_VALUE_LIMIT) },
  ];
}
