import type { APIEmbed } from 'discord.js';
import type { Feature, LevelEvidence, OutboxMessageBody } from '../../domain/entities.js';
import { daysBetween } from '../../domain/gates.js';
import { LEVEL_LABELS, type Level } from '../../domain/levels.js';
import { COLOR } from './features.js';

export interface AnnouncementInput {
  feature: Feature;
  from: Level;
  /** `null` for a retirement. */
  to: Level | null;
  note: string | null;
  evidence: LevelEvidence;
  /** When the feature entered `from`, and when it left it. */
  levelEnteredAt: Date;
  at: Date;
  /** False when the feature's role was deleted: a mention would show as "@deleted-role". */
  roleExists: boolean;
}

function evidenceText(input: AnnouncementInput): string {
  const days = daysBetween(input.levelEnteredAt, input.at);
  const tags = input.evidence.byTag.map((t) => `${t.tag} ${t.count}`).join(' · ') || 'none';
  return [
    `Feedback at ${LEVEL_LABELS[input.from]}: **${input.evidence.total}** (${tags})`,
    `Participants: **${input.evidence.participants}**`,
    `Days at ${LEVEL_LABELS[input.from]}: **${days}**`,
  ].join('\n');
}

/**
 * The announcement of a promotion or retirement. It mentions the feature's role and nothing else:
 * the note is maintainer text, so `allowed_mentions` limits pings to that one role.
 */
export function renderAnnouncement(input: AnnouncementInput): OutboxMessageBody {
  const { feature } = input;
  const embed: APIEmbed = {
    title:
      input.to === null
        ? `${feature.name} has been retired`
        : `${feature.name}: ${LEVEL_LABELS[input.from]} → ${LEVEL_LABELS[input.to]}`,
    description: feature.description.slice(0, 1000),
    color: input.to === null ? COLOR.retired : input.to === 'ga' ? COLOR.ga : COLOR.preview,
    fields: [
      ...(input.note ? [{ name: input.to === null ? 'Why' : 'Note', value: input.note.slice(0, 1024) }] : []),
      { name: 'Evidence', value: evidenceText(input) },
    ],
    timestamp: input.at.toISOString(),
  };
  if (!input.roleExists) return { embeds: [embed], allowed_mentions: { parse: [] } };
  return {
    content: `<@&${feature.roleId}>`,
    embeds: [embed],
    allowed_mentions: { parse: [], roles: [feature.roleId] },
  };
}
