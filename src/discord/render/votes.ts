import type { MessageActionRow, OutboxEditBody, OutboxMessageBody } from '../../domain/entities.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import { cutText } from '../../domain/text.js';
import type { StatusNotice, ThanksNotice } from '../../lifecycle/effects.js';
import type { NotificationsOutcome } from '../../lifecycle/notifications.js';
import type { VoteChoiceView, VoteOutcome } from '../../lifecycle/votes.js';
import { type Locale, type Translator, translator } from '../../text/index.js';
import { ANY_MEMBER, type ComponentSigner, NEVER_EXPIRES } from '../component-id.js';
import type { ReplyContent } from '../reply.js';

/** Discord refuses message content longer than this. */
const MAX_CONTENT = 2000;
const MAX_CHOICE_NAME = 100;
const THANKS_EXCERPT = 80;
const CHOICE_EXCERPT = 60;

/** Cuts text to `length` characters (never inside a character), folding whitespace. */
function excerpt(text: string, length: number): string {
  return cutText(text.replace(/\s+/g, ' ').trim(), length);
}

/** The custom id of a copy's vote button: anyone may press it, it never expires. */
export function voteButtonId(signer: ComponentSigner, feedbackId: number): string {
  return signer.sign({
    command: 'vote',
    action: 'toggle',
    args: [feedbackId.toString(36)],
    ownerId: ANY_MEMBER,
    expiresAt: NEVER_EXPIRES,
  });
}

/** The feedback id a vote button carries, or `null` when it is not one. */
export function feedbackIdOfVoteButton(args: readonly string[]): number | null {
  const id = Number.parseInt(args[0] ?? '', 36);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The vote button row of a feedback copy, in the server's language (the copy is the server's post);
 * disabled once the item is closed.
 */
export function renderVoteButtons(
  signer: ComponentSigner,
  locale: Locale,
  item: { id: number; closed: boolean },
  votes: number,
): OutboxEditBody {
  const row: MessageActionRow = {
    type: 1,
    components: [
      {
        type: 2,
        style: 2,
        label: translator(locale)('votes.buttonLabel', { votes }),
        emoji: { name: '👍' },
        custom_id: voteButtonId(signer, item.id),
        ...(item.closed ? { disabled: true } : {}),
      },
    ],
  };
  return { components: [row] };
}

/** The opt-out button of a notification DM: only its recipient's click counts, for that server. */
function optOutRow(
  tr: Translator,
  signer: ComponentSigner,
  guildId: string,
  memberId: string,
): MessageActionRow {
  return {
    type: 1,
    components: [
      {
        type: 2,
        style: 2,
        label: tr('notifications.optOutButton'),
        custom_id: signer.sign({
          command: 'notifications',
          action: 'off',
          args: [guildId],
          ownerId: memberId,
          expiresAt: NEVER_EXPIRES,
        }),
      },
    ],
  };
}

/** A notification's content, at most Discord's 2,000 characters, pinging nobody. */
function notificationBody(
  tr: Translator,
  signer: ComponentSigner,
  notice: { guildId: string; memberId: string },
  lines: string[],
  _optOutLabel?: string,
): OutboxMessageBody {
  return {
    content: excerptLines(lines),
    components: [optOutRow(tr, signer, notice.guildId, notice.memberId)],
    allowed_mentions: { parse: [] },
  };
}

function excerptLines(lines: string[]): string {
  const text = lines.join('\n');
  return Array.from(text).length <= MAX_CONTENT ? text : excerpt(text, MAX_CONTENT);
}

/** A status notification, in the server's language: the member did not cause it. */
export function renderStatusNotification(
  signer: ComponentSigner,
  locale: Locale,
  notice: StatusNotice,
): OutboxMessageBody {
  const tr = translator(locale);
  const { number } = notice;
  const lines = [
    tr('notifications.statusChanged', {
      number,
      feature: notice.featureName,
      status: tr(`status.label.${notice.status}`),
    }),
  ];
  if (notice.originalNumber !== null)
    lines.push(tr('notifications.duplicateOf', { original: notice.originalNumber }));
  if (notice.note) lines.push(tr('notifications.note', { note: notice.note }));
  lines.push('', `-# ${tr('notifications.statusFooter', { number })}`);
  return notificationBody(tr, signer, notice, lines);
}

/**
 * The thanks on promotion, in the server's language: as many items as fit in one message, then
 * "and N more".
 */
export function renderPromotionThanks(
  signer: ComponentSigner,
  locale: Locale,
  notice: ThanksNotice,
): OutboxMessageBody {
  const tr = translator(locale);
  const header = tr('notifications.thanksHeader', {
    feature: notice.featureName,
    from: LEVEL_LABELS[notice.from],
    to: LEVEL_LABELS[notice.to],
  });
  const lines = [header];
  let length = Array.from(header).length;
  // Room for the longest "and N more" line, so the list never has to be cut afterwards.
  const reserve = Array.from(tr('notifications.thanksMore', { count: notice.total })).length + 1;
  let shown = 0;
  for (const item of notice.items) {
    const line = tr('notifications.thanksLine', {
      number: item.number,
      status: tr(`status.label.${item.status}`),
      excerpt: excerpt(item.body, THANKS_EXCERPT),
    });
    const size = Array.from(line).length + 1;
    if (length + size + reserve > MAX_CONTENT) break;
    lines.push(line);
    length += size;
    shown++;
  }
  if (notice.total > shown) lines.push(tr('notifications.thanksMore', { count: notice.total - shown }));
  return notificationBody(tr, signer, notice, lines);
}

/** The ephemeral answer to `/vote` and to the vote button, in the member's language. */
export function renderVoteOutcome(outcome: VoteOutcome, locale: Locale): ReplyContent {
  const tr = translator(locale);
  if (outcome.kind === 'voted' || outcome.kind === 'withdrawn') {
    const values = { number: outcome.item.number, votes: outcome.votes };
    return { content: outcome.kind === 'voted' ? tr('votes.voted', values) : tr('votes.withdrawn', values) };
  }
  if (outcome.reason === 'unknown-item') {
    return {
      content:
        outcome.number === null ? tr('votes.itemGone') : tr('votes.unknownItem', { number: outcome.number }),
    };
  }
  const { item, feature, votes } = outcome;
  const { number } = item;
  switch (outcome.reason) {
    case 'already-voted':
      return { content: tr('votes.alreadyVoted', { number, votes }) };
    case 'not-voted':
      return { content: tr('votes.notVoted', { number, votes }) };
    case 'own-item':
      return { content: tr('votes.ownItem', { number }) };
    case 'closed':
      return { content: tr('votes.closed', { number, status: tr(`status.label.${item.status}`) }) };
    case 'retired':
      return { content: tr('votes.retired', { number, feature: feature.name }) };
    case 'no-access':
      return { content: tr('votes.noAccess', { number, feature: feature.name, key: feature.key }) };
  }
}

/** The answer to `/notifications`, in the member's language. */
export function renderNotificationsOutcome(outcome: NotificationsOutcome, locale: Locale): ReplyContent {
  const tr = translator(locale);
  return { content: outcome.enabled ? tr('notifications.on') : tr('notifications.off') };
}

/**
 * One `/vote` autocomplete choice in the member's language: `#N · 3 votes · Feature · start of the
 * text`, at most 100 characters.
 */
export function renderVoteChoice(choice: VoteChoiceView, locale: Locale): { name: string; value: number } {
  const name = translator(locale)('votes.choice', {
    number: choice.number,
    votes: choice.votes,
    feature: choice.featureName,
    excerpt: excerpt(choice.body, CHOICE_EXCERPT),
  });
  return { name: excerpt(name, MAX_CHOICE_NAME), value: choice.number };
}
