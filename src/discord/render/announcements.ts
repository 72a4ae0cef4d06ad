import type { APIEmbed } from 'discord.js';
import type { OutboxMessageBody } from '../../domain/entities.js';
import { daysBetween } from '../../domain/gates.js';
import { LEVEL_LABELS, type Level } from '../../domain/levels.js';
import type { AnnouncementFacts } from '../../lifecycle/effects.js';
import { MESSAGES } from '../messages.js';
import { COLOR } from './features.js';
import { cutText, EMBED_LIMIT } from './text.js';

const TEXT = MESSAGES.announcement;
/** A feature description is at most 1000 characters; older rows are cut to the same. */
const DESCRIPTION_MAX = 1000;

function evidenceText(facts: AnnouncementFacts): string {
  const level = LEVEL_LABELS[facts.from];
  const days = daysBetween(facts.levelEnteredAt, facts.at);
  const { total, participants, byTag } = facts.evidence;
  const tags = byTag.map((t) => TEXT.tagCount(t.tag, t.count)).join(TEXT.tagSeparator) || TEXT.noTags;
  return [
    TEXT.feedbackLine(level, total, tags),
    TEXT.participantsLine(participants),
    TEXT.daysLine(level, days),
  ].join('\n');
}

/** The embed of a promotion (`to` set) or a retirement (`to` null). */
function announcementEmbed(
  facts: AnnouncementFacts,
  to: Level | null,
  note: { name: string; value: string } | null,
): APIEmbed {
  const { feature } = facts;
  const title =
    to === null
      ? TEXT.retiredTitle(feature.name)
      : TEXT.promotedTitle(feature.name, LEVEL_LABELS[facts.from], LEVEL_LABELS[to]);
  return {
    title: cutText(title, EMBED_LIMIT.title),
    description: cutText(feature.description, DESCRIPTION_MAX),
    color: to === null ? COLOR.retired : to === 'ga' ? COLOR.ga : COLOR.preview,
    fields: [
      ...(note ? [{ name: note.name, value: cutText(note.value, EMBED_LIMIT.fieldValue) }] : []),
      { name: TEXT.evidenceField, value: evidenceText(facts) },
    ],
    timestamp: facts.at.toISOString(),
  };
}

/**
 * The announcement body. It mentions the feature's role and nothing else: the note is maintainer
 * text, so `allowed_mentions` limits pings to that one role (and to none when the role is gone).
 */
function announcementBody(facts: AnnouncementFacts, embed: APIEmbed): OutboxMessageBody {
  const { feature } = facts;
  if (!facts.roleExists) return { embeds: [embed], allowed_mentions: { parse: [] } };
  return {
    content: `<@&${feature.roleId}>`,
    embeds: [embed],
    allowed_mentions: { parse: [], roles: [feature.roleId] },
  };
}

/** The announcement of a promotion, with the maintainer's note when there is one. */
export function renderPromotionAnnouncement(
  facts: AnnouncementFacts & { to: Level; note: string | null },
): OutboxMessageBody {
  const note = facts.note ? { name: TEXT.noteField, value: facts.note } : null;
  return announcementBody(facts, announcementEmbed(facts, facts.to, note));
}

/** The announcement of a retirement, with its reason. */
export function renderRetirementAnnouncement(
  facts: AnnouncementFacts & { reason: string },
): OutboxMessageBody {
  const why = facts.reason ? { name: TEXT.whyField, value: facts.reason } : null;
  return announcementBody(facts, announcementEmbed(facts, null, why));
}
