import type { APIEmbed } from 'discord.js';
import type { Feature, FeatureSummary } from '../../domain/entities.js';
import { daysBetween, type Gate, type GateResult, type ReadinessReport } from '../../domain/gates.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import type { FeatureListView } from '../../lifecycle/features-view.js';
import { type Locale, type MessageKey, type Translator, t, translator } from '../../text/index.js';
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

/** One line per active feature; cut with a count of the rest when the embed would overflow. */
export function renderFeatureList(locale: Locale, summaries: readonly FeatureSummary[]): APIEmbed {
  const tr = translator(locale);
  const moreLine = (count: number) => tr('features.listMore', { count });
  const lines: string[] = [];
  let length = 0;
  for (const [index, { feature, feedbackCount, participants }] of summaries.entries()) {
    const line = tr('features.listLine', {
      name: feature.name,
      key: feature.key,
      level: LEVEL_LABELS[feature.level],
      participants,
      feedback: feedbackCount,
    });
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
  return { title: tr('features.listTitle'), description: lines.join('\n'), color: COLOR.preview };
}

/** The `/features` reply without a feature: the list, or that there is none yet. */
export function renderFeatureListReply(locale: Locale, view: FeatureListView): ReplyContent {
  return view.kind === 'none'
    ? { content: t(locale, 'features.none') }
    : { embeds: [renderFeatureList(locale, view.summaries)] };
}

/** The name of each readiness gate. */
const GATE_LABEL = {
  min_feedback: 'gateLabel.min_feedback',
  min_participants: 'gateLabel.min_participants',
  min_days: 'gateLabel.min_days',
  max_open_blockers: 'gateLabel.max_open_blockers',
} as const satisfies Record<Gate, MessageKey>;

/** A gate's line of a readiness report: met or not, its name, and the evidence against the threshold. */
function gateLine(tr: Translator, report: ReadinessReport, gate: GateResult): string {
  const values = {
    mark: gate.met ? '✅' : '❌',
    label: tr(GATE_LABEL[gate.gate], { levelLabel: LEVEL_LABELS[report.from] }),
    actual: gate.actual,
    required: gate.required,
  };
  return gate.gate === 'max_open_blockers'
    ? tr('readiness.gateLineAtMost', values)
    : tr('readiness.gateLine', values);
}

/** A readiness report: the verdict, then one line per gate. */
export function renderReadiness(locale: Locale, report: ReadinessReport | null): string {
  const tr = translator(locale);
  if (!report) return tr('readiness.lastLevel');
  const level = LEVEL_LABELS[report.to];
  const verdict = report.ready ? tr('readiness.ready', { level }) : tr('readiness.notReady', { level });
  return [verdict, ...report.gates.map((gate) => gateLine(tr, report, gate))].join('\n');
}

export interface FeatureDetailSections {
  /** Extra fields added by later features (feedback by tag, promotion history...). */
  extraFields?: APIEmbed['fields'];
}

/** The detail view: level, time at level, readiness, plus the sections other modules supply. */
export function renderFeatureDetail(
  locale: Locale,
  feature: Feature,
  report: ReadinessReport | null,
  now: Date,
  sections: FeatureDetailSections = {},
): APIEmbed {
  const tr = translator(locale);
  const days = daysBetween(feature.levelEnteredAt, now);
  const since = Math.floor(feature.levelEnteredAt.getTime() / 1000);
  return {
    title: tr('features.detailTitle', { name: feature.name, key: feature.key }),
    description: feature.description,
    color: levelColor(feature),
    fields: [
      { name: tr('features.levelField'), value: LEVEL_LABELS[feature.level], inline: true },
      {
        name: tr('features.atLevelField'),
        value: tr('features.atLevelValue', { days, since }),
        inline: true,
      },
      { name: tr('features.roleField'), value: `<@&${feature.roleId}>`, inline: true },
      { name: tr('features.readinessField'), value: renderReadiness(locale, report) },
      ...(sections.extraFields ?? []),
    ].slice(0, 25),
  };
}
