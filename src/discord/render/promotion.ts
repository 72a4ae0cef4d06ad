import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Promotion } from '../../domain/entities.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import type { PromotionOutcome, PromotionPlan } from '../../lifecycle/promote.js';
import { MESSAGES } from '../messages.js';
import { COLOR, levelColor, renderReadiness } from './features.js';

const FIELD_LIMIT = 1024;

export interface PromotionReply {
  content: string;
  embeds: APIEmbed[];
}

function roleChanges(plan: PromotionPlan): string {
  if (plan.to !== 'ga') return MESSAGES.promote.noRoleChanges;
  return plan.gaRolePolicy === 'remove'
    ? MESSAGES.promote.gaRemove(plan.feature.roleId, plan.roleRemovals.length)
    : MESSAGES.promote.gaKeep(plan.feature.roleId);
}

function planEmbed(plan: PromotionPlan, dryRun: boolean): APIEmbed {
  const { feature } = plan;
  const fields: APIEmbedField[] = [
    { name: MESSAGES.promote.readinessField, value: renderReadiness(plan.report).slice(0, FIELD_LIMIT) },
    ...(plan.forced ? [{ name: MESSAGES.promote.forcedField, value: MESSAGES.promote.forcedValue }] : []),
    ...(plan.note ? [{ name: MESSAGES.promote.noteField, value: plan.note.slice(0, FIELD_LIMIT) }] : []),
    { name: MESSAGES.promote.rolesField, value: roleChanges(plan) },
    ...(plan.to === 'preview'
      ? [{ name: MESSAGES.promote.gateField, value: MESSAGES.promote.gateOpens(plan.waitlisted.length) }]
      : []),
    {
      name: MESSAGES.promote.announcementField,
      value: plan.announcement
        ? dryRun
          ? MESSAGES.promote.announcementPreview(plan.announcement.channelId)
          : MESSAGES.promote.announcementQueued(plan.announcement.channelId)
        : MESSAGES.promote.noAnnouncementChannel,
    },
  ];
  return {
    title: MESSAGES.promote.planTitle(feature.name, LEVEL_LABELS[plan.from], LEVEL_LABELS[plan.to]),
    color: plan.forced ? COLOR.earlyAccess : plan.to === 'ga' ? COLOR.ga : COLOR.preview,
    fields,
  };
}

/** The maintainer's (ephemeral) answer to `/promote`, for every outcome. */
export function renderPromotionReply(outcome: PromotionOutcome): PromotionReply {
  switch (outcome.kind) {
    case 'refused': {
      const { feature, report } = outcome;
      if (outcome.reason === 'at-ga') return { content: MESSAGES.promote.atGa(feature.name), embeds: [] };
      if (outcome.reason === 'retired')
        return { content: MESSAGES.promote.retired(feature.name), embeds: [] };
      const to = report ? LEVEL_LABELS[report.to] : 'the next level';
      return {
        content: MESSAGES.promote.gatesUnmet(feature.name, to),
        embeds: [
          {
            title: `${feature.name} (${feature.key})`,
            color: levelColor(feature),
            fields: [{ name: MESSAGES.promote.readinessField, value: renderReadiness(report) }],
          },
        ],
      };
    }
    case 'stale':
      return {
        content: MESSAGES.promote.stale(outcome.feature.name, LEVEL_LABELS[outcome.feature.level]),
        embeds: [],
      };
    case 'dry-run': {
      const { plan } = outcome;
      // The announcement exactly as it would be posted (its role mention does not ping in this reply).
      const preview = plan.announcement?.body.embeds ?? [];
      return { content: MESSAGES.promote.dryRunHeader, embeds: [planEmbed(plan, true), ...preview] };
    }
    case 'promoted': {
      const { plan } = outcome;
      return {
        content: MESSAGES.promote.promoted(
          plan.feature.name,
          LEVEL_LABELS[plan.from],
          LEVEL_LABELS[plan.to],
          plan.forced,
        ),
        embeds: [planEmbed(plan, false)],
      };
    }
  }
}

/** The `/features <feature>` field listing every level change, newest last, cut to fit one field. */
export function renderPromotionHistory(history: readonly Promotion[]): APIEmbedField {
  if (history.length === 0)
    return { name: MESSAGES.promote.historyField, value: MESSAGES.promote.historyNone };
  const lines = history.map((p) =>
    MESSAGES.promote.historyLine(
      Math.floor(p.at.getTime() / 1000),
      LEVEL_LABELS[p.from],
      LEVEL_LABELS[p.to],
      p.byId,
      p.forced,
      p.note ? oneLine(p.note, 200) : null,
    ),
  );
  // Keep the newest entries when the field would overflow.
  const kept: string[] = [];
  let length = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const reserve = i > 0 ? 40 : 0;
    if (length + line.length + 1 + reserve > FIELD_LIMIT) {
      kept.unshift(MESSAGES.promote.historyMore(i + 1));
      break;
    }
    kept.unshift(line);
    length += line.length + 1;
  }
  return { name: MESSAGES.promote.historyField, value: kept.join('\n') };
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
