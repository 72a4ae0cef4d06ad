import type { APIEmbed } from 'discord.js';
import type { LevelEvidence, OutboxMessageBody } from '../../domain/entities.js';
import { daysBetween } from '../../domain/gates.js';
import { LEVEL_LABELS, type Level } from '../../domain/levels.js';
import type { AnnouncementFacts } from '../../lifecycle/effects.js';
import { MESSAGES } from '../messages.js';
import { COLOR } from './features.js';
import { cutText, EMBED_LIMIT } from './text.js';

const TEXT = MESSAGES.announcement;
/** A feature description is at most 1000 characters; older rows are cut to the same. */
const DESCRIPTION_MAX = 1000;

/**
 * The tags part of the evidence, within `room` characters: every tag with its count, or as many
 * as fit followed by "and N more" (a level can collect feedback under dozens of long tags, and
 * Discord refuses a field value over 1024 characters, so the announcement would never be posted).
 */
function tagSummary(byTag: LevelEvidence['byTag'], room: number): string {
  const parts = byTag.map((t) => TEXT.tagCount(t.tag, t.count));
  const all = parts.join(TEXT.tagSeparator) || TEXT.noTags;
  if (all.length <= room) return all;
  // Room is kept for the longest "and N more" that can follow, so the cut never has to back up.
  const reserve = TEXT.tagSeparator.length + TEXT.moreTags(parts.length).length;
  const kept: string[] = [];
  let length = 0;
  for (const part of parts) {
    const added = (kept.length > 0 ? TEXT.tagSeparator.length : 0) + part.length;
    if (length + added + reserve > room) break;
    kept.push(part);
    length += added;
  }
  return [...kept, TEXT.moreTags(parts.length - kept.length)].join(TEXT.tagSeparator);
}

function evidenceText(facts: AnnouncementFacts): string {
  const level = LEVEL_LABELS[facts.from];
  const days = daysBetween(facts.levelEnteredAt, facts.at);
  const { total, participants, byTag } = facts.evidence;
  const rest = [TEXT.participantsLine(participants), TEXT.daysLine(level, days)];
  const frame = [TEXT.feedbackLine(level, total, ''), ...rest].join('\n').length;
  const tags = tagSummary(byTag, EMBED_LIMIT.fieldValue - frame);
  return cutText([TEXT.feedbackLine(level, total, tags), ...rest].join('\n'), EMBED_LIMIT.fieldValue);
}

/**
 * The embed of a promotion (`to` set) or a retirement (`to` null). Every part is cut to Discord's
 * limits: title 256 (a name is at most 80), description 1000, note 1024, evidence 1024, so the
 * whole stays under 3400 of the 6000 an embed may hold.
 */
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
