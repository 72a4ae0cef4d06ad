import type { APIEmbed } from 'discord.js';
import type { LevelEvidence, OutboxMessageBody } from '../../domain/entities.js';
import { daysBetween } from '../../domain/gates.js';
import { LEVEL_LABELS, type Level } from '../../domain/levels.js';
import { cutText } from '../../domain/text.js';
import type { AnnouncementFacts } from '../../lifecycle/effects.js';
import { type Locale, type Translator, translator } from '../../text/index.js';
import { COLOR } from './features.js';
import { EMBED_LIMIT } from './text.js';

/** Between the tags of the evidence; punctuation, the same in every language. */
const TAG_SEPARATOR = ' · ';
/** A feature description is at most 1000 characters; older rows are cut to the same. */
const DESCRIPTION_MAX = 1000;

/**
 * The tags part of the evidence, within `room` characters: every tag with its count, or as many
 * as fit followed by "and N more" (a level can collect feedback under dozens of long tags, and
 * Discord refuses a field value over 1024 characters, so the announcement would never be posted).
 */
function tagSummary(tr: Translator, byTag: LevelEvidence['byTag'], room: number): string {
  const parts = byTag.map((t) => tr('announcement.tagCount', { tag: t.tag, count: t.count }));
  const all = parts.join(TAG_SEPARATOR) || tr('announcement.noTags');
  if (all.length <= room) return all;
  // Room is kept for the longest "and N more" that can follow, so the cut never has to back up.
  const reserve = TAG_SEPARATOR.length + tr('announcement.moreTags', { count: parts.length }).length;
  const kept: string[] = [];
  let length = 0;
  for (const part of parts) {
    const added = (kept.length > 0 ? TAG_SEPARATOR.length : 0) + part.length;
    if (length + added + reserve > room) break;
    kept.push(part);
    length += added;
  }
  return [...kept, tr('announcement.moreTags', { count: parts.length - kept.length })].join(TAG_SEPARATOR);
}

/**
 * The evidence: feedback at the level with its tags, then (for a promotion) the items resolved
 * there, the participants and the days at the level. Only the tags give way when room runs out.
 */
function evidenceText(tr: Translator, facts: AnnouncementFacts, promotion: boolean): string {
  const level = LEVEL_LABELS[facts.from];
  const days = daysBetween(facts.levelEnteredAt, facts.at);
  const { total, participants, resolved, byTag } = facts.evidence;
  const rest = [
    ...(promotion ? [tr('announcement.resolvedLine', { level, resolved })] : []),
    tr('announcement.participantsLine', { participants }),
    tr('announcement.daysLine', { level, days }),
  ];
  const feedbackLine = (tags: string) => tr('announcement.feedbackLine', { level, total, tags });
  const frame = [feedbackLine(''), ...rest].join('\n').length;
  const tags = tagSummary(tr, byTag, EMBED_LIMIT.fieldValue - frame);
  return cutText([feedbackLine(tags), ...rest].join('\n'), EMBED_LIMIT.fieldValue);
}

/**
 * The embed of a promotion (`to` set) or a retirement (`to` null). Every part is cut to Discord's
 * limits: title 256 (a name is at most 80), description 1000, note 1024, evidence 1024, so the
 * whole stays under 3400 of the 6000 an embed may hold.
 */
function announcementEmbed(
  tr: Translator,
  facts: AnnouncementFacts,
  to: Level | null,
  note: { name: string; value: string } | null,
): APIEmbed {
  const { feature } = facts;
  const title =
    to === null
      ? tr('announcement.retiredTitle', { name: feature.name })
      : tr('announcement.promotedTitle', {
          name: feature.name,
          from: LEVEL_LABELS[facts.from],
          to: LEVEL_LABELS[to],
        });
  return {
    title: cutText(title, EMBED_LIMIT.title),
    description: cutText(feature.description, DESCRIPTION_MAX),
    color: to === null ? COLOR.retired : to === 'ga' ? COLOR.ga : COLOR.preview,
    fields: [
      ...(note ? [{ name: note.name, value: cutText(note.value, EMBED_LIMIT.fieldValue) }] : []),
      { name: tr('announcement.evidenceField'), value: evidenceText(tr, facts, to !== null) },
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

/** The announcement of a promotion, with the maintainer's note when there is one, in the server's language. */
export function renderPromotionAnnouncement(
  locale: Locale,
  facts: AnnouncementFacts & { to: Level; note: string | null },
): OutboxMessageBody {
  const tr = translator(locale);
  const note = facts.note ? { name: tr('announcement.noteField'), value: facts.note } : null;
  return announcementBody(facts, announcementEmbed(tr, facts, facts.to, note));
}

/** The announcement of a retirement, with its reason, in the server's language. */
export function renderRetirementAnnouncement(
  locale: Locale,
  facts: AnnouncementFacts & { reason: string },
): OutboxMessageBody {
  const tr = translator(locale);
  const why = facts.reason ? { name: tr('announcement.whyField'), value: facts.reason } : null;
  return announcementBody(facts, announcementEmbed(tr, facts, null, why));
}
