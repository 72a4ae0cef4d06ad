import type { APIEmbed } from 'discord.js';
import type { GuildSettings } from '../../domain/entities.js';
import type { GateThresholds } from '../../domain/gates.js';
import { LEVEL_LABELS, TRANSITIONS, type Transition, transitionLevels } from '../../domain/levels.js';
import { MAX_VOCABULARY_TAGS } from '../../domain/setup-rules.js';
import type {
  ChannelSetOutcome,
  FeedbackRateOutcome,
  GaRolePolicyOutcome,
  GatesOutcome,
  LogChannelOutcome,
  MaintainerRoleOutcome,
  TagOutcome,
  TermsOutcome,
} from '../../lifecycle/settings.js';
import type { TextRef } from '../../text/index.js';
import { MESSAGES } from '../messages.js';
import type { ReplyContent } from '../reply.js';
import { COLOR } from './features.js';

/**
 * What `/setup` answers: a reply, or a refusal (which the command hands to the dispatcher's
 * refusal policy: an ephemeral answer that changed nothing).
 */
export type SetupAnswer = { reply: ReplyContent } | { refusal: string | TextRef };

const reply = (content: ReplyContent): SetupAnswer => ({ reply: content });

const transitionLabel = (transition: Transition) => {
  const { from, to } = transitionLevels(transition);
  return `${LEVEL_LABELS[from]} → ${LEVEL_LABELS[to]}`;
};

const gatesLine = (g: GateThresholds) =>
  MESSAGES.setup.gatesLine(g.minFeedback, g.minDays, g.maxOpenBlockers);

export function renderAnnouncementChannelSet(outcome: ChannelSetOutcome): SetupAnswer {
  return reply({ content: MESSAGES.setup.announcements(outcome.channelId) });
}

export function renderLogChannelSet(outcome: LogChannelOutcome): SetupAnswer {
  return reply({ content: MESSAGES.setup.log(outcome.channelId) });
}

export function renderMaintainerRole(outcome: MaintainerRoleOutcome): SetupAnswer {
  if (outcome.kind === 'set') return reply({ content: MESSAGES.setup.maintainers(outcome.roleId) });
  switch (outcome.reason) {
    case 'needs-manage-server':
      return { refusal: MESSAGES.setup.maintainersNeedManageServer };
    case 'everyone-role':
      return { refusal: MESSAGES.setup.maintainerEveryone };
    case 'unknown-role':
      return { refusal: MESSAGES.setup.maintainerUnknown };
    case 'managed-role':
      return { refusal: MESSAGES.setup.maintainerManaged };
  }
}

export function renderTagChange(outcome: TagOutcome): SetupAnswer {
  switch (outcome.kind) {
    case 'added':
      return reply({ content: MESSAGES.setup.tagAdded(outcome.tag, outcome.tags) });
    case 'removed':
      return reply({ content: MESSAGES.setup.tagRemoved(outcome.tag, outcome.tags) });
    case 'invalid':
      return { refusal: outcome.message };
    case 'refused':
      switch (outcome.reason) {
        case 'exists':
          return { refusal: MESSAGES.setup.tagExists(outcome.tag) };
        case 'missing':
          return { refusal: MESSAGES.setup.tagMissing(outcome.tag, outcome.tags) };
        case 'last':
          return { refusal: MESSAGES.setup.tagLast };
        case 'full':
          return { refusal: MESSAGES.setup.tagsFull(MAX_VOCABULARY_TAGS) };
      }
  }
}

export function renderGates(outcome: GatesOutcome): SetupAnswer {
  if (outcome.kind === 'invalid') return { refusal: outcome.message };
  const label = transitionLabel(outcome.transition);
  return reply({
    content: outcome.kind === 'set' ? MESSAGES.setup.gatesSet(label) : MESSAGES.setup.gatesTitle(label),
    embeds: [
      {
        title: MESSAGES.setup.gatesTitle(label),
        description: gatesLine(outcome.gates),
        color: COLOR.preview,
      },
    ],
  });
}

export function renderTermsSet(outcome: TermsOutcome): SetupAnswer {
  return reply({ content: MESSAGES.setup.termsSet(LEVEL_LABELS[outcome.level], outcome.version) });
}

export function renderFeedbackRateSet(outcome: FeedbackRateOutcome): SetupAnswer {
  return reply({ content: MESSAGES.setup.feedbackRate(outcome.perMinute) });
}

export function renderGaRolePolicySet(outcome: GaRolePolicyOutcome): SetupAnswer {
  return reply({ content: MESSAGES.setup.gaRoles(outcome.policy) });
}

/** `/setup show`: the whole configuration in one embed. */
export function renderSettingsReply(settings: GuildSettings): SetupAnswer {
  return reply({ embeds: [renderSettings(settings)] });
}

/** The whole configuration of the guild, as `/setup show` displays it. */
export function renderSettings(settings: GuildSettings): APIEmbed {
  const none = MESSAGES.setup.notSet;
  return {
    title: MESSAGES.setup.showTitle,
    color: COLOR.preview,
    fields: [
      {
        name: MESSAGES.setup.showAnnouncements,
        value: settings.announcementChannelId ? `<#${settings.announcementChannelId}>` : none,
        inline: true,
      },
      {
        name: MESSAGES.setup.showLog,
        value: settings.logChannelId ? `<#${settings.logChannelId}>` : none,
        inline: true,
      },
      {
        name: MESSAGES.setup.showMaintainers,
        value: settings.maintainerRoleId ? `<@&${settings.maintainerRoleId}>` : none,
        inline: true,
      },
      {
        name: MESSAGES.setup.showTags,
        value:
          settings.tags
            .map((t) => `\`${t}\``)
            .join(' ')
            .slice(0, 1024) || none,
      },
      {
        name: MESSAGES.setup.showGates,
        value: TRANSITIONS.map((t) => `**${transitionLabel(t)}**: ${gatesLine(settings.gates[t])}`).join(
          '\n',
        ),
      },
      {
        name: MESSAGES.setup.showTerms,
        value: (['early-access', 'preview'] as const)
          .map((level) => MESSAGES.setup.showTermsLine(LEVEL_LABELS[level], settings.terms[level].version))
          .join('\n'),
      },
      {
        name: MESSAGES.setup.showRate,
        value: MESSAGES.setup.showRateValue(settings.feedbackPerMinute),
        inline: true,
      },
      { name: MESSAGES.setup.showGaRoles, value: settings.gaRolePolicy, inline: true },
    ],
  };
}
