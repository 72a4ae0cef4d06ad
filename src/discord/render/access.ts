import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { AccessGrant, Feature, Invite, LevelTerms, TermsLevel } from '../../domain/entities.js';
import { checkInvite } from '../../domain/invites.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import { MESSAGES } from '../messages.js';
import { COLOR, levelColor } from './features.js';

const EMBED_DESCRIPTION_LIMIT = 4096;

const unix = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * The terms a member reads before access is granted, with the signed Accept and Decline buttons.
 * Terms never set (version 0) read as the built-in text of the catalogue.
 */
export function renderTermsPrompt(
  feature: Feature,
  level: TermsLevel,
  terms: LevelTerms,
  buttons: { acceptId: string; declineId: string },
  minutes: number,
): { content: string; embeds: APIEmbed[]; components: APIActionRowComponent<APIButtonComponent>[] } {
  return {
    content: MESSAGES.join.termsPrompt,
    embeds: [
      {
        title: MESSAGES.join.termsTitle(feature.name, LEVEL_LABELS[level]),
        description: (terms.text ?? MESSAGES.defaultTerms[level]).slice(0, EMBED_DESCRIPTION_LIMIT),
        color: levelColor(feature),
        footer: { text: MESSAGES.join.termsFooter(terms.version, minutes) },
      },
    ],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Success,
            label: MESSAGES.join.accept,
            custom_id: buttons.acceptId,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: MESSAGES.join.decline,
            custom_id: buttons.declineId,
          },
        ],
      },
    ],
  };
}

/** Lines cut before the embed overflows, with a note of how many were left out. */
function fitLines(lines: string[], total: number, more: (n: number) => string): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 40 > EMBED_DESCRIPTION_LIMIT) break;
    kept.push(line);
    length += line.length + 1;
  }
  if (kept.length < total) kept.push(more(total - kept.length));
  return kept.join('\n');
}

export function renderInviteList(
  feature: Feature,
  invites: readonly Invite[],
  total: number,
  now: Date,
): APIEmbed {
  const lines = invites.map((invite) => {
    const check = checkInvite(invite, invite.targetMemberId ?? '', now);
    const status = check.ok ? MESSAGES.invite.status.usable : MESSAGES.invite.status[check.reason];
    const uses = `${invite.uses}/${invite.maxUses ?? '∞'} used`;
    const expiry = invite.expiresAt ? `expires <t:${unix(invite.expiresAt)}:R>` : 'no expiry';
    const target = invite.targetMemberId ? ` · for <@${invite.targetMemberId}>` : '';
    return `\`${invite.code}\` · ${status} · ${uses} · ${expiry}${target}`;
  });
  return {
    title: MESSAGES.invite.listTitle(feature.name),
    description: fitLines(lines, total, MESSAGES.invite.listMore),
    color: COLOR.earlyAccess,
  };
}

export function renderGrantList(feature: Feature, grants: readonly AccessGrant[], total: number): APIEmbed {
  const lines = grants.map(
    (grant) =>
      `<@${grant.memberId}> · ${grant.how} · <t:${unix(grant.grantedAt)}:d>${grant.termsVersion !== null ? ` · terms v${grant.termsVersion}` : ''}`,
  );
  return {
    title: MESSAGES.access.listTitle(feature.name, total),
    description: fitLines(lines, total, MESSAGES.access.listMore),
    color: levelColor(feature),
  };
}
