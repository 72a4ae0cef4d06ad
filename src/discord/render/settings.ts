import type { APIEmbed } from 'discord.js';
import type { FeedbackChannelKind } from '../../domain/discussion.js';
import type { GateThresholds } from '../../domain/gates.js';
import { LEVEL_LABELS, TRANSITIONS, type Transition, transitionLevels } from '../../domain/levels.js';
import { type GateThresholdsProblem, MAX_VOCABULARY_TAGS } from '../../domain/setup-rules.js';
import { cutText } from '../../domain/text.js';
import type {
  ChannelSetOutcome,
  FeedbackRateOutcome,
  GaRolePolicyOutcome,
  GatesOutcome,
  LanguageInEffect,
  LanguageOutcome,
  LogChannelOutcome,
  MaintainerRoleOutcome,
  SettingsView,
  TagOutcome,
  TermsOutcome,
} from '../../lifecycle/settings.js';
import {
  formatList,
  type Locale,
  type TextRef,
  type Translator,
  text,
  translator,
} from '../../text/index.js';
import type { DiscussionPermission } from '../channel-check.js';
import type { ReplyContent } from '../reply.js';
import { COLOR } from './features.js';

/**
 * What `/setup` answers: a reply in the member's language, or a refusal (which the command hands
 * to the dispatcher's refusal policy: an ephemeral answer in the member's language that changed nothing).
 */
export type SetupAnswer = { reply: ReplyContent } | { refusal: TextRef | GateThresholdsProblem };

const FIELD_VALUE_LIMIT = 1024;

const reply = (content: ReplyContent): SetupAnswer => ({ reply: content });

const transitionLabel = (transition: Transition) => {
  const { from, to } = transitionLevels(transition);
  return `${LEVEL_LABELS[from]} → ${LEVEL_LABELS[to]}`;
};

const gatesLine = (tr: Translator, g: GateThresholds) =>
  tr('setup.gatesLine', {
    minFeedback: g.minFeedback,
    minParticipants: g.minParticipants,
    minDays: g.minDays,
    maxOpenBlockers: g.maxOpenBlockers,
  });

/** A vocabulary as a listing ("bug, idea"): tags are identifiers, listed with commas in every language. */
const vocabulary = (tags: readonly string[]) => tags.join(', ');

export function renderAnnouncementChannelSet(outcome: ChannelSetOutcome, locale: Locale): SetupAnswer {
  return reply({ content: translator(locale)('setup.announcements', { channelId: outcome.channelId }) });
}

export function renderLogChannelSet(outcome: LogChannelOutcome, locale: Locale): SetupAnswer {
  return reply({ content: translator(locale)('setup.log', { channelId: outcome.channelId }) });
}

export function renderMaintainerRole(outcome: MaintainerRoleOutcome, locale: Locale): SetupAnswer {
  if (outcome.kind === 'set')
    return reply({ content: translator(locale)('setup.maintainers', { roleId: outcome.roleId }) });
  switch (outcome.reason) {
    case 'needs-manage-server':
      return { refusal: text('setup.maintainersNeedManageServer') };
    case 'everyone-role':
      return { refusal: text('setup.maintainerEveryone') };
    case 'unknown-role':
      return { refusal: text('setup.maintainerUnknown') };
    case 'managed-role':
      return { refusal: text('setup.maintainerManaged') };
  }
}

export function renderTagChange(outcome: TagOutcome, locale: Locale): SetupAnswer {
  const tr = translator(locale);
  switch (outcome.kind) {
    case 'added':
      return reply({ content: tr('setup.tagAdded', { tag: outcome.tag, tags: vocabulary(outcome.tags) }) });
    case 'removed':
      return reply({ content: tr('setup.tagRemoved', { tag: outcome.tag, tags: vocabulary(outcome.tags) }) });
    case 'invalid':
      return { refusal: outcome.message };
    case 'refused':
      switch (outcome.reason) {
        case 'exists':
          return { refusal: text('setup.tagExists', { tag: outcome.tag }) };
        case 'missing':
          return { refusal: text('setup.tagMissing', { tag: outcome.tag, tags: vocabulary(outcome.tags) }) };
        case 'last':
          return { refusal: text('setup.tagLast') };
        case 'full':
          return { refusal: text('setup.tagsFull', { max: MAX_VOCABULARY_TAGS }) };
      }
  }
}

export function renderGates(outcome: GatesOutcome, locale: Locale): SetupAnswer {
  if (outcome.kind === 'invalid') return { refusal: outcome.message };
  const tr = translator(locale);
  const transition = transitionLabel(outcome.transition);
  return reply({
    content:
      outcome.kind === 'set' ? tr('setup.gatesSet', { transition }) : tr('setup.gatesTitle', { transition }),
    embeds: [
      {
        title: tr('setup.gatesTitle', { transition }),
        description: gatesLine(tr, outcome.gates),
        color: COLOR.preview,
      },
    ],
  });
}

export function renderTermsSet(outcome: TermsOutcome, locale: Locale): SetupAnswer {
  return reply({
    content: translator(locale)('setup.termsSet', {
      level: LEVEL_LABELS[outcome.level],
      version: outcome.version,
    }),
  });
}

export function renderFeedbackRateSet(outcome: FeedbackRateOutcome, locale: Locale): SetupAnswer {
  return reply({ content: translator(locale)('setup.feedbackRate', { perMinute: outcome.perMinute }) });
}

export function renderGaRolePolicySet(outcome: GaRolePolicyOutcome, locale: Locale): SetupAnswer {
  return reply({ content: translator(locale)('setup.gaRoles', { policy: outcome.policy }) });
}

/** A language's name in the reader's language; a locale Stagegate does not speak is named by `Intl`. */
function languageName(tr: Translator, locale: Locale, code: string): string {
  switch (code) {
    case 'en-US':
    case 'de':
    case 'fr':
    case 'es-ES':
    case 'pt-BR':
      return tr(`setup.languageName.${code}`);
    default:
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        // Not a well-formed language tag: show it as Discord sent it.
        return code;
      }
  }
}

function languageValues(tr: Translator, locale: Locale, language: LanguageInEffect) {
  return {
    language: languageName(tr, locale, language.locale),
    serverLanguage: language.serverLocale ? languageName(tr, locale, language.serverLocale) : '',
  };
}

/** The answer to `/setup language`: which language the server's posts are in now, and why. */
export function renderLanguageSet(outcome: LanguageOutcome, locale: Locale): SetupAnswer {
  const tr = translator(locale);
  const values = languageValues(tr, locale, outcome.language);
  switch (outcome.language.source) {
    case 'set':
      return reply({ content: tr('setup.languageSet', values) });
    case 'server':
      return reply({ content: tr('setup.languageServer', values) });
    case 'fallback':
      return reply({ content: tr('setup.languageFallback', values) });
    case 'default':
      return reply({ content: tr('setup.languageDefault', values) });
  }
}

function languageInEffect(tr: Translator, locale: Locale, language: LanguageInEffect): string {
  const values = languageValues(tr, locale, language);
  switch (language.source) {
    case 'set':
      return tr('setup.showLanguageSet', values);
    case 'server':
      return tr('setup.showLanguageServer', values);
    case 'fallback':
      return tr('setup.showLanguageFallback', values);
    case 'default':
      return tr('setup.showLanguageDefault', values);
  }
}

/** `/setup show`: the whole configuration in one embed. */
export function renderSettingsReply(
  view: SettingsView,
  locale: Locale,
  missing: MissingInChannel = () => [],
): SetupAnswer {
  return reply({ embeds: [renderSettings(view, locale, missing)] });
}

/** What the bot lacks in a feedback channel for threads, posts and tags (from Discord's cache). */
export type MissingInChannel = (channelId: string, kind: FeedbackChannelKind) => DiscussionPermission[];

/** One line per feature with a feedback channel: where, which mode, and what the bot lacks there. */
function feedbackChannelLines(
  tr: Translator,
  locale: Locale,
  view: SettingsView,
  missing: MissingInChannel,
): string {
  return view.feedbackChannels
    .map(({ key, channelId, kind }) => {
      const line = tr('setup.showDiscussionLine', {
        key,
        channelId,
        mode: tr(`setup.showDiscussionMode.${kind}`),
      });
      const lacking = missing(channelId, kind);
      if (lacking.length === 0) return line;
      const names = formatList(
        locale,
        lacking.map((permission) => tr(`setup.permission.${permission}`)),
      );
      return `${line}: ${tr('setup.showDiscussionMissing', { missing: names })}`;
    })
    .join('\n');
}

/** The whole configuration of the guild, as `/setup show` displays it, in the member's language. */
export function renderSettings(
  view: SettingsView,
  locale: Locale,
  missing: MissingInChannel = () => [],
): APIEmbed {
  const { settings } = view;
  const tr = translator(locale);
  const none = tr('setup.notSet');
  return {
    title: tr('setup.showTitle'),
    color: COLOR.preview,
    fields: [
      {
        name: tr('setup.showAnnouncements'),
        value: settings.announcementChannelId ? `<#${settings.announcementChannelId}>` : none,
        inline: true,
      },
      {
        name: tr('setup.showLog'),
        value: settings.logChannelId ? `<#${settings.logChannelId}>` : none,
        inline: true,
      },
      {
        name: tr('setup.showMaintainers'),
        value: settings.maintainerRoleId ? `<@&${settings.maintainerRoleId}>` : none,
        inline: true,
      },
      {
        name: tr('setup.showTags'),
        value: cutText(settings.tags.map((t) => `\`${t}\``).join(' '), FIELD_VALUE_LIMIT) || none,
      },
      {
        name: tr('setup.showGates'),
        value: TRANSITIONS.map((t) =>
          tr('setup.showGatesLine', {
            transition: transitionLabel(t),
            gates: gatesLine(tr, settings.gates[t]),
          }),
        ).join('\n'),
      },
      {
        name: tr('setup.showTerms'),
        value: (['early-access', 'preview'] as const)
          .map((level) => {
            const { version } = settings.terms[level];
            // Version 0: the built-in terms, never set with `/setup terms`.
            return version === 0
              ? tr('setup.showTermsDefault', { level: LEVEL_LABELS[level] })
              : tr('setup.showTermsVersion', { level: LEVEL_LABELS[level], version });
          })
          .join('\n'),
      },
      {
        name: tr('setup.showRate'),
        value: tr('setup.showRateValue', { perMinute: settings.feedbackPerMinute }),
        inline: true,
      },
      {
        name: tr('setup.showGaRoles'),
        value: tr(`setup.gaRolePolicy.${settings.gaRolePolicy}`),
        inline: true,
      },
      {
        name: tr('setup.showLanguage'),
        value: cutText(languageInEffect(tr, locale, view.language), FIELD_VALUE_LIMIT),
        inline: true,
      },
      {
        name: tr('setup.showDiscussion'),
        value: cutText(feedbackChannelLines(tr, locale, view, missing), FIELD_VALUE_LIMIT) || none,
      },
    ],
  };
}
