import type { APIEmbed } from 'discord.js';
import type { Feature, FeatureSummary } from '../../domain/entities.js';
import { daysBetween, type ReadinessReport } from '../../domain/gates.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import type { FeatureListView } from '../../lifecycle/features-view.js';
import { MESSAGES } from '../messages.js';
import type { ReplyContent } from '../reply.js';

const EMBED_DESCRIPTION_LIMIT = 4096;
export const COLOR = { earlyAccess: 0xf0b232, preview: 0x5865f2, ga: 0x23a55a, retired: 0x80848e } as const;

export function levelColor(feature: Pick<Feature, 'level' | 'state'>): number {
  if (feature.state === 'retired') return COLOR.retired;
  return feature.level === 'early-access'
    ? COLOR.earlyAccess
    : feature.level === 'preview'
      ? COLOR.preview
      : COLOR.ga;
}

const moreLine = (rest: number) => `…and ${rest} more. Use \`/features feature:<key>\` for one feature.`;

/** One line per active feature; cut with a count of the rest when the embed would overflow. */
export function renderFeatureList(summaries: readonly FeatureSummary[]): APIEmbed {
  const lines: string[] = [];
  let length = 0;
  for (const [index, { feature, feedbackCount, participants }] of summaries.entries()) {
    const line = `**${feature.name}** \`${feature.key}\` — ${LEVEL_LABELS[feature.level]} · ${participants} participant${participants === 1 ? '' : 's'} · ${feedbackCount} feedback`;
    const rest = summaries.length - index;
    // Each line kept leaves room for the "…and N more" line that may have to follow it.
    const roomAfter = rest > 1 ? moreLine(rest - 1).length + 1 : 0;
    if (length + line.length + roomAfter > EMBED_DESCRIPTION_LIMIT) {
      lines.push(moreLine(rest));
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { title: MESSAGES.features.listTitle, description: lines.join('\n'), color: COLOR.preview };
}

/** The `/features` reply without a feature: the list, or that there is none yet. */
export function renderFeatureListReply(view: FeatureListView): ReplyContent {
  return view.kind === 'none'
    ? { content: MESSAGES.features.none }
    : { embeds: [renderFeatureList(view.summaries)] };
}

export function renderReadiness(report: ReadinessReport | null): string {
  if (!report) return 'General Availability is the last level.';
  const gates = report.gates
    .map((g) => {
      const comparison =
        g.gate === 'max_open_blockers'
          ? `${g.actual} (at most ${g.required})`
          : `${g.actual} / ${g.required}`;
      return `${g.met ? '✅' : '❌'} ${g.label}: ${comparison}`;
    })
    .join('\n');
  const verdict = report.ready
    ? `Ready for ${LEVEL_LABELS[report.to]}.`
    : `Not yet ready for ${LEVEL_LABELS[report.to]}.`;
  return `${verdict}\n${gates}`;
}

export interface FeatureDetailSections {
  /** Extra fields added by later features (feedback by tag, promotion history...). */
  extraFields?: APIEmbed['fields'];
}

/** The detail view: level, time at level, readiness, plus the sections other modules supply. */
export function renderFeatureDetail(
  feature: Feature,
  report: ReadinessReport | null,
  now: Date,
  sections: FeatureDetailSections = {},
): APIEmbed {
  const days = daysBetween(feature.levelEnteredAt, now);
  const enteredAt = Math.floor(feature.levelEnteredAt.getTime() / 1000);
  return {
    title: `${feature.name} (${feature.key})`,
    description: feature.description,
    color: levelColor(feature),
    fields: [
      { name: 'Level', value: LEVEL_LABELS[feature.level], inline: true },
      {
        name: 'At this level',
        value: `${days} day${days === 1 ? '' : 's'} (since <t:${enteredAt}:D>)`,
        inline: true,
      },
      { name: 'Role', value: `<@&${feature.roleId}>`, inline: true },
      { name: 'Readiness', value: renderReadiness(report) },
      ...(sections.extraFields ?? []),
    ].slice(0, 25),
  };
}
