import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { ErasureSummary } from '../../domain/member-data.js';
import { cutText } from '../../domain/text.js';
import type { ErasureOutcome, MemberDataExportOutcome } from '../../lifecycle/member-data.js';
import { formatList, type Locale, type Translator, translator } from '../../text/index.js';
import type { ReplyContent } from '../reply.js';

/** The `/mydata export` reply: the file, or why it cannot be attached. */
export function renderMemberDataExport(outcome: MemberDataExportOutcome, locale: Locale): ReplyContent {
  const tr = translator(locale);
  if (outcome.kind === 'refused') {
    return { content: tr('mydata.exportTooLarge', { limitMiB: outcome.maxBytes / 1024 / 1024 }) };
  }
  const { fileName, counts } = outcome;
  const empty = counts.feedback === 0 && counts.votes === 0 && counts.records === 0;
  return {
    content: empty
      ? tr('mydata.exportedEmpty', { fileName })
      : tr('mydata.exported', { fileName, ...counts }),
    files: [{ attachment: outcome.path, name: fileName }],
  };
}

/** Feature names listed in full before the rest are counted: the answer stays within one message. */
const FEATURES_SHOWN = 8;
/** Discord refuses message content longer than this. */
const MAX_CONTENT = 2000;

/** The features in bold, the first few by name and the rest counted. */
function featureList(tr: Translator, locale: Locale, names: readonly string[]): string {
  const shown = names.slice(0, FEATURES_SHOWN).map((name) => `**${name}**`);
  const rest = names.length - shown.length;
  return formatList(locale, rest > 0 ? [...shown, tr('mydata.moreFeatures', { count: rest })] : shown);
}

/** One line per kind of data in `summary` that is there, as a Markdown list. */
function summaryLines(tr: Translator, locale: Locale, summary: ErasureSummary): string {
  const lines = [
    summary.feedback > 0 ? tr('mydata.item.feedback', { count: summary.feedback }) : null,
    summary.votes > 0 ? tr('mydata.item.votes', { count: summary.votes }) : null,
    summary.withdrawnVotes > 0 ? tr('mydata.item.withdrawnVotes', { count: summary.withdrawnVotes }) : null,
    summary.follows > 0 ? tr('mydata.item.follows', { count: summary.follows }) : null,
    summary.waitlist > 0 ? tr('mydata.item.waitlist', { count: summary.waitlist }) : null,
    summary.notificationSetting ? tr('mydata.item.notifications') : null,
    summary.access.length > 0
      ? tr('mydata.item.access', {
          count: summary.access.length,
          features: featureList(tr, locale, summary.access),
        })
      : null,
  ];
  return lines
    .filter((line): line is string => line !== null)
    .map((line) => `- ${line}`)
    .join('\n');
}

/**
 * The `/mydata delete` confirmation: what would be erased, what stays, and the buttons (signed for
 * the member, valid `minutes`).
 */
export function renderErasurePrompt(
  summary: ErasureSummary,
  buttons: { eraseId: string; keepId: string },
  minutes: number,
  locale: Locale,
): ReplyContent & { components: APIActionRowComponent<APIButtonComponent>[] } {
  const tr = translator(locale);
  return {
    content: cutText(
      [tr('mydata.confirm'), summaryLines(tr, locale, summary), tr('mydata.confirmKept', { minutes })].join(
        '\n',
      ),
      MAX_CONTENT,
    ),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Danger,
            label: tr('mydata.eraseButton'),
            custom_id: buttons.eraseId,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: tr('mydata.keepButton'),
            custom_id: buttons.keepId,
          },
        ],
      },
    ],
  };
}

/** What the erasure erased (the same answer when the confirmation is pressed again). */
export function renderErasure(outcome: ErasureOutcome, locale: Locale): string {
  const tr = translator(locale);
  const { summary } = outcome;
  const lines = summaryLines(tr, locale, summary);
  if (lines === '') return tr('mydata.erasedNothing');
  const note = summary.feedback > 0 ? [tr('mydata.erasedNote')] : [];
  return cutText([tr('mydata.erased'), lines, ...note].join('\n'), MAX_CONTENT);
}
