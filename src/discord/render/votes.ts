import type { MessageActionRow, OutboxEditBody, OutboxMessageBody } from '../../domain/entities.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import type { StatusNotice, ThanksNotice } from '../../lifecycle/effects.js';
import type { NotificationsOutcome } from '../../lifecycle/notifications.js';
import type { VoteChoiceView, VoteOutcome } from '../../lifecycle/votes.js';
import { type Locale, t, translator } from '../../text/index.js';
import { ANY_MEMBER, type ComponentSigner, NEVER_EXPIRES } from '../component-id.js';
import { MESSAGES } from '../messages.js';
import type { ReplyContent } from '../reply.js';

/** Discord refuses message content longer than this. */
const MAX_CONTENT = 2000;
const MAX_CHOICE_NAME = 100;
const THANKS_EXCERPT = 80;
const CHOICE_EXCERPT = 60;

/** Cuts text to `length` characters (code points, never half a surrogate pair), folding whitespace. */
function excerpt(text: string, length: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= length ? chars.join('') : `${chars.slice(0, length - 1).join('')}…`;
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

/** The vote button row of a feedback copy; disabled once the item is closed. */
export function renderVoteButtons(
  signer: ComponentSigner,
  item: { id: number; closed: boolean },
  votes: number,
): OutboxEditBody {
  const row: MessageActionRow = {
    type: 1,
    components: [
      {
        type: 2,
        style: 2,
        label: MESSAGES.votes.buttonLabel(votes),
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
  signer: ComponentSigner,
  guildId: string,
  memberId: string,
  label: string = MESSAGES.notifications.optOutButton,
): MessageActionRow {
  return {
    type: 1,
    components: [
      {
        type: 2,
        style: 2,
        label,
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
  signer: ComponentSigner,
  guildId: string,
  memberId: string,
  lines: string[],
  optOutLabel?: string,
): OutboxMessageBody {
  return {
    content: excerptLines(lines),
    components: [optOutRow(signer, guildId, memberId, optOutLabel)],
    allowed_mentions: { parse: [] },
  };
}

function excerptLines(lines: string[]): string {
  const text = lines.join('\n');
  return Array.from(text).length <= MAX_CONTENT ? text : excerpt(text, MAX_CONTENT);
}

export function renderStatusNotification(signer: ComponentSigner, notice: StatusNotice): OutboxMessageBody {
  const text = MESSAGES.notifications;
  const lines = [text.statusChanged(notice.number, notice.featureName, notice.status)];
  if (notice.originalNumber !== null) lines.push(text.duplicateOf(notice.originalNumber));
  if (notice.note) lines.push(text.note(notice.note));
  lines.push('', `-# ${text.statusFooter(notice.number)}`);
  return notificationBody(signer, notice.guildId, notice.memberId, lines);
}

/** The thanks on promotion, in the server's language: as many items as fit in one message, then "and N more". */
export function renderPromotionThanks(
  signer: ComponentSigner,
  locale: Locale,
  notice: ThanksNotice,
): OutboxMessageBody {
  const tr = translator(locale);
  const from = LEVEL_LABELS[notice.from];
  const header = tr('notifications.thanksHeader', {
    feature: notice.featureName,
    from,
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
      status: item.status,
      excerpt: excerpt(item.body, THANKS_EXCERPT),
    });
    const size = Array.from(line).length + 1;
    if (length + size + reserve > MAX_CONTENT) break;
    lines.push(line);
    length += size;
    shown++;
  }
  if (notice.total > shown) lines.push(tr('notifications.thanksMore', { count: notice.total - shown }));
  return notificationBody(
    signer,
    notice.guildId,
    notice.memberId,
    lines,
    t(locale, 'notifications.optOutButton'),
  );
}

/** The ephemeral answer to `/vote` and to the vote button. */
export function renderVoteOutcome(outcome: VoteOutcome): ReplyContent {
  const text = MESSAGES.votes;
  if (outcome.kind === 'voted' || outcome.kind === 'withdrawn') {
    const say = outcome.kind === 'voted' ? text.voted : text.withdrawn;
    return { content: say(outcome.item.number, text.count(outcome.votes)) };
  }
  if (outcome.reason === 'unknown-item') return { content: text.unknownItem(outcome.number) };
  const { item, feature, votes } = outcome;
  switch (outcome.reason) {
    case 'already-voted':
      return { content: text.alreadyVoted(item.number, text.count(votes)) };
    case 'not-voted':
      return { content: text.notVoted(item.number, text.count(votes)) };
    case 'own-item':
      return { content: text.ownItem(item.number) };
    case 'closed':
      return { content: text.closed(item.number, item.status) };
    case 'retired':
      return { content: text.retired(item.number, feature.name) };
    case 'no-access':
      return { content: text.noAccess(item.number, feature.name, feature.key) };
  }
}

export function renderNotificationsOutcome(outcome: NotificationsOutcome): ReplyContent {
  return { content: outcome.enabled ? MESSAGES.notifications.on : MESSAGES.notifications.off };
}

/** One `/vote` autocomplete choice: `#N · 3 votes · Feature · start of the text`, at most 100 characters. */
export function renderVoteChoice(choice: VoteChoiceView): { name: string; value: number } {
  const name = MESSAGES.votes.choice(
    choice.number,
    MESSAGES.votes.count(choice.votes),
    choice.featureName,
    excerpt(choice.body, CHOICE_EXCERPT),
  );
  return { name: excerpt(name, MAX_CHOICE_NAME), value: choice.number };
}
