import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Promotion } from '../../domain/entities.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import { cutText } from '../../domain/text.js';
import type { PromotionOutcome, PromotionPlan } from '../../lifecycle/promote.js';
import { type Locale, type Translator, translator } from '../../text/index.js';
import { COLOR, levelColor, renderReadiness } from './features.js';

const FIELD_LIMIT = 1024;

export interface PromotionReply {
  content: string;
  embeds: APIEmbed[];
}

function roleChanges(tr: Translator, plan: PromotionPlan): string {
  if (plan.to !== 'ga') return tr('promote.noRoleChanges');
  return plan.gaRolePolicy === 'remove'
    ? tr('promote.gaRemove', { roleId: plan.feature.roleId, count: plan.roleRemovals })
    : tr('promote.gaKeep', { roleId: plan.feature.roleId });
}

function announcementLine(tr: Translator, plan: PromotionPlan, dryRun: boolean): string {
  if (!plan.announcement) return tr('promote.noAnnouncementChannel');
  const { channelId } = plan.announcement;
  return dryRun
    ? tr('promote.announcementPreview', { channelId })
    : tr('promote.announcementQueued', { channelId });
}

function planEmbed(locale: Locale, plan: PromotionPlan, dryRun: boolean): APIEmbed {
  const tr = translator(locale);
  const { feature } = plan;
  const fields: APIEmbedField[] = [
    { name: tr('promote.readinessField'), value: cutText(renderReadiness(locale, plan.report), FIELD_LIMIT) },
    ...(plan.forced ? [{ name: tr('promote.forcedField'), value: tr('promote.forcedValue') }] : []),
    ...(plan.note ? [{ name: tr('promote.noteField'), value: cutText(plan.note, FIELD_LIMIT) }] : []),
    { name: tr('promote.rolesField'), value: roleChanges(tr, plan) },
    ...(plan.to === 'preview'
      ? [{ name: tr('promote.gateField'), value: tr('promote.gateOpens', { count: plan.waitlisted }) }]
      : []),
    { name: tr('promote.announcementField'), value: announcementLine(tr, plan, dryRun) },
    {
      name: tr('promote.thanksField'),
      value: tr(dryRun ? 'promote.thanksPreview' : 'promote.thanksQueued', {
        count: plan.thanked,
        level: LEVEL_LABELS[plan.from],
      }),
    },
  ];
  return {
    title: tr('promote.planTitle', {
      name: feature.name,
      from: LEVEL_LABELS[plan.from],
      to: LEVEL_LABELS[plan.to],
    }),
    color: plan.forced ? COLOR.earlyAccess : plan.to === 'ga' ? COLOR.ga : COLOR.preview,
    fields,
  };
}

/**
 * The maintainer's (ephemeral) answer to `/promote`, for every outcome, in the maintainer's
 * language. A dry run shows the announcement as it would be posted: in the server's language.
 */
export function renderPromotionReply(locale: Locale, outcome: PromotionOutcome): PromotionReply {
  const tr = translator(locale);
  switch (outcome.kind) {
    case 'refused': {
      const { feature, report } = outcome;
      const name = feature.name;
      if (outcome.reason === 'at-ga') return { content: tr('promote.atGa', { name }), embeds: [] };
      if (outcome.reason === 'retired') return { content: tr('promote.retired', { name }), embeds: [] };
      const to = report ? LEVEL_LABELS[report.to] : tr('promote.nextLevel');
      return {
        content: tr('promote.gatesUnmet', { name, to }),
        embeds: [
          {
            title: tr('features.detailTitle', { name, key: feature.key }),
            color: levelColor(feature),
            fields: [{ name: tr('promote.readinessField'), value: renderReadiness(locale, report) }],
          },
        ],
      };
    }
    case 'stale':
      return {
        content: tr('promote.stale', {
          name: outcome.feature.name,
          level: LEVEL_LABELS[outcome.feature.level],
        }),
        embeds: [],
      };
    case 'replayed':
      return {
        content: tr('promote.replayed', {
          name: outcome.feature.name,
          from: LEVEL_LABELS[outcome.promotion.from],
          to: LEVEL_LABELS[outcome.promotion.to],
        }),
        embeds: [],
      };
    case 'dry-run': {
      const { plan } = outcome;
      // The announcement exactly as it would be posted (its role mention does not ping in this reply).
      const preview = plan.announcement?.body.embeds ?? [];
      return { content: tr('promote.dryRunHeader'), embeds: [planEmbed(locale, plan, true), ...preview] };
    }
    case 'promoted': {
      const { plan } = outcome;
      return {
        content: tr('promote.promoted', {
          name: plan.feature.name,
          from: LEVEL_LABELS[plan.from],
          to: LEVEL_LABELS[plan.to],
          forced: plan.forced ? 'yes' : 'no',
        }),
        embeds: [planEmbed(locale, plan, false)],
      };
    }
  }
}

/** The `/features <feature>` field listing every level change, newest last, cut to fit one field. */
export function renderPromotionHistory(locale: Locale, history: readonly Promotion[]): APIEmbedField {
  const tr = translator(locale);
  const name = tr('promote.historyField');
  if (history.length === 0) return { name, value: tr('promote.historyNone') };
  const lines = history.map((p) =>
    tr('promote.historyLine', {
      at: Math.floor(p.at.getTime() / 1000),
      from: LEVEL_LABELS[p.from],
      to: LEVEL_LABELS[p.to],
      byId: p.byId,
      forced: p.forced ? 'yes' : 'no',
      hasNote: p.note ? 'yes' : 'no',
      note: p.note ? oneLine(p.note, 200) : '',
    }),
  );
  // Keep the newest entries when the field would overflow, with room for the "…and N earlier" line.
  const kept: string[] = [];
  let length = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const reserve = i > 0 ? tr('promote.historyMore', { count: i }).length + 1 : 0;
    if (length + line.length + 1 + reserve > FIELD_LIMIT) {
      kept.unshift(tr('promote.historyMore', { count: i + 1 }));
      break;
    }
    kept.unshift(line);
    length += line.length + 1;
  }
  return { name, value: kept.join('\n') };
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return cutText(flat, max);
}
