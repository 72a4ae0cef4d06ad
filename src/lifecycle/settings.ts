import type { FeedbackChannelKind } from '../domain/discussion.js';
import type { GuildSettings, TermsLevel } from '../domain/entities.js';
import type { GateThresholds } from '../domain/gates.js';
import type { Transition } from '../domain/levels.js';
import type { GaRolePolicy } from '../domain/promotion.js';
import {
  decideTagAddition,
  decideTagRemoval,
  type GateThresholdsProblem,
  mergeGateThresholds,
  type TagChangeRefusal,
} from '../domain/setup-rules.js';
import { type Locale, serverLocale, supportedLocale, type TextRef } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { queueReadinessNoticesForGuild } from './readiness-watch.js';

/**
 * The `/setup` use cases: one per setting change, each in one transaction. Checks that need
 * Discord's objects (can the bot post in that channel?) are the adapter's, made before the call.
 */

export type ChannelSetOutcome = { kind: 'set'; channelId: string };

export type LogChannelOutcome = { kind: 'set'; channelId: string; readinessNotices: number };

export type MaintainerRoleOutcome =
  | { kind: 'set'; roleId: string }
  | {
      kind: 'refused';
      reason: 'needs-manage-server' | 'everyone-role' | 'unknown-role' | 'managed-role';
    };

export type TagOutcome =
  | { kind: 'added' | 'removed'; tag: string; tags: string[] }
  | { kind: 'refused'; reason: 'exists' | 'full' | 'missing' | 'last'; tag: string; tags: string[] }
  /** The tag is malformed; `message` comes from the domain rules. */
  | { kind: 'invalid'; message: TextRef };

export type GatesOutcome =
  /** No threshold was given: the current gates, to show. */
  | { kind: 'unchanged'; transition: Transition; gates: GateThresholds }
  | { kind: 'set'; transition: Transition; gates: GateThresholds; readinessNotices: number }
  | { kind: 'invalid'; message: GateThresholdsProblem };

export type TermsOutcome = { kind: 'set'; level: TermsLevel; version: number };
export type FeedbackRateOutcome = { kind: 'set'; perMinute: number };
export type GaRolePolicyOutcome = { kind: 'set'; policy: GaRolePolicy };

/**
 * The language of the server's posts and of DMs not caused by a member, and where it comes from:
 * `set` with `/setup language`; the server's preferred locale (`server`); English because that
 * locale is one Stagegate does not speak (`fallback`) or because Discord has not sent it yet
 * (`default`). `serverLocale` is the preferred locale as Discord sent it.
 */
export interface LanguageInEffect {
  locale: Locale;
  source: 'set' | 'server' | 'fallback' | 'default';
  serverLocale: string | null;
}

export type LanguageOutcome = { kind: 'set'; language: LanguageInEffect };
export type SettingsView = {
  kind: 'settings';
  settings: GuildSettings;
  language: LanguageInEffect;
  /** The active features' feedback channels and their kind (threads or forum posts). */
  feedbackChannels: { key: string; channelId: string; kind: FeedbackChannelKind }[];
};

/** Where promotions and retirements are announced. */
export function setAnnouncementChannel(
  deps: LifecycleDeps,
  input: { guildId: string; channelId: string },
): ChannelSetOutcome {
  const now = deps.clock.now();
  deps.store.transaction(() =>
    deps.store.settings.setAnnouncementChannel(input.guildId, input.channelId, now),
  );
  return { kind: 'set', channelId: input.channelId };
}

/**
 * Where readiness notices and delivery problems go. Readiness notices wait for a log channel, so
 * features that became ready meanwhile are noticed now, in the same transaction.
 */
export function setLogChannel(
  deps: LifecycleDeps,
  input: { guildId: string; channelId: string },
): LogChannelOutcome {
  const now = deps.clock.now();
  const readinessNotices = deps.store.transaction(() => {
    deps.store.settings.setLogChannel(input.guildId, input.channelId, now);
    return queueReadinessNoticesForGuild(deps, input.guildId, now);
  });
  if (readinessNotices > 0) deps.wakeOutbox();
  return { kind: 'set', channelId: input.channelId, readinessNotices };
}

/**
 * The role whose members may run maintainer commands. Only a member with Manage Server may choose
 * it: otherwise a member with the maintainer role alone could hand maintainer rights to any role.
 * `role` is what the server says about the role (null: not a role of this server).
 */
export function setMaintainerRole(
  deps: LifecycleDeps,
  input: {
    guildId: string;
    roleId: string;
    role: { managed: boolean } | null;
    actorManagesServer: boolean;
  },
): MaintainerRoleOutcome {
  if (!input.actorManagesServer) return { kind: 'refused', reason: 'needs-manage-server' };
  // The @everyone role's id is the guild's id: it would make every member a maintainer.
  if (input.roleId === input.guildId) return { kind: 'refused', reason: 'everyone-role' };
  if (input.role === null) return { kind: 'refused', reason: 'unknown-role' };
  if (input.role.managed) return { kind: 'refused', reason: 'managed-role' };
  const now = deps.clock.now();
  deps.store.transaction(() => deps.store.settings.setMaintainerRole(input.guildId, input.roleId, now));
  return { kind: 'set', roleId: input.roleId };
}

/** Adds a tag (normalised) to the vocabulary; refused when it is there already or the vocabulary is full. */
export function addTag(deps: LifecycleDeps, input: { guildId: string; tag: string }): TagOutcome {
  const now = deps.clock.now();
  return deps.store.transaction((): TagOutcome => {
    deps.store.settings.ensure(input.guildId, now);
    const vocabulary = deps.store.settings.tags(input.guildId);
    const decided = decideTagAddition(input.tag, vocabulary);
    if (!decided.ok) return tagRefusal(decided.error, vocabulary);
    deps.store.settings.addTag(input.guildId, decided.value, now);
    return { kind: 'added', tag: decided.value, tags: deps.store.settings.tags(input.guildId) };
  });
}

/** Removes a tag from the vocabulary (stored feedback keeps it); the last tag stays. */
export function removeTag(deps: LifecycleDeps, input: { guildId: string; tag: string }): TagOutcome {
  const now = deps.clock.now();
  return deps.store.transaction((): TagOutcome => {
    deps.store.settings.ensure(input.guildId, now);
    const vocabulary = deps.store.settings.tags(input.guildId);
    const decided = decideTagRemoval(input.tag, vocabulary);
    if (!decided.ok) return tagRefusal(decided.error, vocabulary);
    deps.store.settings.removeTag(input.guildId, decided.value, now);
    return { kind: 'removed', tag: decided.value, tags: deps.store.settings.tags(input.guildId) };
  });
}

function tagRefusal(refusal: TagChangeRefusal, vocabulary: string[]): TagOutcome {
  return refusal.reason === 'invalid'
    ? { kind: 'invalid', message: refusal.message }
    : { kind: 'refused', reason: refusal.reason, tag: refusal.tag, tags: vocabulary };
}

/**
 * Changes the readiness gates of one transition: thresholds left out (null) keep their value;
 * with none given, nothing changes and the current gates come back. Lowered gates can make
 * features ready at once, so they are noticed in the same transaction, not at the hourly sweep.
 */
export function setGates(
  deps: LifecycleDeps,
  input: {
    guildId: string;
    transition: Transition;
    minFeedback: number | null;
    minParticipants: number | null;
    minDays: number | null;
    maxOpenBlockers: number | null;
  },
): GatesOutcome {
  const now = deps.clock.now();
  const { transition } = input;
  const outcome = deps.store.transaction((): GatesOutcome => {
    const current = deps.store.settings.get(input.guildId).gates[transition];
    const merged = mergeGateThresholds(current, input);
    if (merged === null) return { kind: 'unchanged', transition, gates: current };
    if (!merged.ok) return { kind: 'invalid', message: merged.error };
    deps.store.settings.setGates(input.guildId, transition, merged.value, now);
    const readinessNotices = queueReadinessNoticesForGuild(deps, input.guildId, now);
    return { kind: 'set', transition, gates: merged.value, readinessNotices };
  });
  if (outcome.kind === 'set' && outcome.readinessNotices > 0) deps.wakeOutbox();
  return outcome;
}

/**
 * Stores the terms members accept before they get access to a level. Each change bumps the
 * version (the built-in terms are version 0), so every grant records which text was accepted and
 * a member who read older terms must read them again.
 */
export function setTerms(
  deps: LifecycleDeps,
  input: { guildId: string; level: TermsLevel; text: string; memberId: string },
): TermsOutcome {
  const now = deps.clock.now();
  const version = deps.store.transaction(() =>
    deps.store.settings.setTerms(input.guildId, input.level, input.text, input.memberId, now),
  );
  return { kind: 'set', level: input.level, version };
}

/** Feedback items a member may give per minute. */
export function setFeedbackRate(
  deps: LifecycleDeps,
  input: { guildId: string; perMinute: number },
): FeedbackRateOutcome {
  const now = deps.clock.now();
  deps.store.transaction(() => deps.store.settings.setFeedbackPerMinute(input.guildId, input.perMinute, now));
  return { kind: 'set', perMinute: input.perMinute };
}

/** What happens to feature roles at General Availability: kept as a badge, or removed. */
export function setGaRolePolicy(
  deps: LifecycleDeps,
  input: { guildId: string; policy: GaRolePolicy },
): GaRolePolicyOutcome {
  const now = deps.clock.now();
  deps.store.transaction(() => deps.store.settings.setGaRolePolicy(input.guildId, input.policy, now));
  return { kind: 'set', policy: input.policy };
}

/**
 * The language of the server's posts and DMs (`/setup language`): a supported locale, or null to
 * follow the server's preferred locale. Messages already queued keep the language they were written in.
 */
export function setLanguage(
  deps: LifecycleDeps,
  input: { guildId: string; language: Locale | null },
): LanguageOutcome {
  const now = deps.clock.now();
  const settings = deps.store.transaction(() => {
    deps.store.settings.setLanguage(input.guildId, input.language, now);
    return deps.store.settings.get(input.guildId);
  });
  return { kind: 'set', language: languageInEffect(settings) };
}

/** Which language the server's posts are in and why; the same choice as `serverLocale`. */
export function languageInEffect(
  settings: Pick<GuildSettings, 'language' | 'guildLocale'>,
): LanguageInEffect {
  const locale = serverLocale(settings);
  const { guildLocale } = settings;
  const source =
    settings.language !== null && supportedLocale(settings.language) !== null
      ? 'set'
      : supportedLocale(guildLocale) !== null
        ? 'server'
        : guildLocale
          ? 'fallback'
          : 'default';
  return { locale, source, serverLocale: guildLocale };
}

/** The whole configuration (defaults for what was never set), for `/setup show`. */
export function currentSettings(deps: Pick<LifecycleDeps, 'store'>, guildId: string): GuildSettings {
  return deps.store.settings.get(guildId);
}

/** `/setup show`: the configuration and the language in effect, with where it comes from. */
export function showSettings(deps: Pick<LifecycleDeps, 'store'>, guildId: string): SettingsView {
  const settings = deps.store.settings.get(guildId);
  const feedbackChannels = deps.store.features
    .listActive(guildId)
    .flatMap((feature) =>
      feature.feedbackChannelId
        ? [{ key: feature.key, channelId: feature.feedbackChannelId, kind: feature.feedbackChannelKind }]
        : [],
    );
  return { kind: 'settings', settings, language: languageInEffect(settings), feedbackChannels };
}
