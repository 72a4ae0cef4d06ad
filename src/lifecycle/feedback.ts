import { canGiveFeedback } from '../domain/access.js';
import type { Feature, FeedbackItem, GuildSettings } from '../domain/entities.js';
import { decodeDraftTags } from '../domain/feedback-draft.js';
import {
  decideRateLimit,
  parseTagList,
  RATE_LIMIT_WINDOW_MS,
  validateFeedbackBody,
} from '../domain/feedback-rules.js';
import type { Store } from '../store/store.js';
import type { TextRef } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { queueCopyAndDiscussion } from './discussion.js';
import { queueReadinessNotice } from './readiness-watch.js';

/** The tags as the member chose them: typed in the `tags` option, or carried by the form's custom id. */
export type FeedbackTags = { typed: string } | { draft: string };

/** Who gives feedback on which feature, with which tags. */
export interface FeedbackGiver {
  guildId: string;
  authorId: string;
  featureId: number;
  /** Holds the feature role right now (Discord sends the member's roles with the interaction). */
  hasRole: boolean;
  tags: FeedbackTags;
}

export interface GiveFeedbackInput extends FeedbackGiver {
  body: string;
  /** The interaction that carried the text (the form submission for the form path); stored once. */
  sourceInteractionId: string;
}

/** Why feedback is not taken; `invalid` passes a domain rule's refusal through. */
export type FeedbackRefusal =
  | { kind: 'refused'; reason: 'unknown-feature'; featureKey: string }
  | { kind: 'refused'; reason: 'early-access-only'; feature: Feature }
  | { kind: 'refused'; reason: 'rate-limited'; perMinute: number; retryAt: Date }
  /** The form carried tags by their place in a vocabulary that changed while it was open. */
  | { kind: 'refused'; reason: 'tags-changed' }
  | { kind: 'invalid'; message: TextRef };

export type GiveFeedbackOutcome =
  | { kind: 'stored'; item: FeedbackItem; feature: Feature; mirrored: boolean; readinessNotice: boolean }
  /** The interaction already stored this item: answered again, nothing checked or stored twice. */
  | { kind: 'replayed'; item: FeedbackItem; feature: Feature }
  | FeedbackRefusal;

export type FeedbackFormOutcome =
  | { kind: 'form'; feature: Feature; tags: string[]; vocabulary: string[] }
  | FeedbackRefusal;

type Admitted = { kind: 'admitted'; feature: Feature; tags: string[]; settings: GuildSettings };

/**
 * Stores one feedback item in one transaction: the replay check, the feature and access checks
 * against fresh state, the body, the rate limit, the `#N`, the tags, the copy for the feature's
 * feedback channel and the readiness notice.
 */
export function giveFeedback(deps: LifecycleDeps, input: GiveFeedbackInput): GiveFeedbackOutcome {
  const { store } = deps;
  const now = deps.clock.now();
  const outcome = store.transaction((): GiveFeedbackOutcome => {
    const replayed = findReplay(store, input.sourceInteractionId);
    if (replayed) return replayed;
    const admitted = admit(store, input);
    if (admitted.kind !== 'admitted') return admitted;
    const { feature, tags, settings } = admitted;
    const body = validateFeedbackBody(input.body);
    if (!body.ok) return { kind: 'invalid', message: body.error };
    const limited = rateLimit(store, input, settings.feedbackPerMinute, now);
    if (limited) return limited;
    const item = store.feedback.insert(
      {
        guildId: feature.guildId,
        number: store.settings.nextFeedbackNumber(feature.guildId, now),
        featureId: feature.id,
        level: feature.level,
        authorId: input.authorId,
        body: body.value,
        tags,
        sourceInteractionId: input.sourceInteractionId,
      },
      now,
    );
    if (feature.feedbackChannelId)
      queueCopyAndDiscussion(deps, item, feature, feature.feedbackChannelId, settings, now);
    const readinessNotice = queueReadinessNotice(deps, feature, now);
    return { kind: 'stored', item, feature, mirrored: feature.feedbackChannelId !== null, readinessNotice };
  });
  if (outcome.kind === 'stored' && (outcome.mirrored || outcome.readinessNotice)) deps.wakeOutbox();
  return outcome;
}

/**
 * The checks before the feedback form opens (feature, tags, access, rate limit), so a member does
 * not write a long text that could not be stored. Stores nothing; the submission is checked again.
 */
export function prepareFeedbackForm(deps: LifecycleDeps, input: FeedbackGiver): FeedbackFormOutcome {
  const admitted = admit(deps.store, input);
  if (admitted.kind !== 'admitted') return admitted;
  const { feature, tags, settings } = admitted;
  const limited = rateLimit(deps.store, input, settings.feedbackPerMinute, deps.clock.now());
  return limited ?? { kind: 'form', feature, tags, vocabulary: settings.tags };
}

/** The guild's tag vocabulary, for autocomplete. */
export function feedbackTagVocabulary(deps: Pick<LifecycleDeps, 'store'>, guildId: string): string[] {
  return deps.store.settings.get(guildId).tags;
}

function findReplay(store: Store, interactionId: string): GiveFeedbackOutcome | null {
  const item = store.feedback.findBySourceInteraction(interactionId);
  const feature = item && store.features.findById(item.featureId);
  return item && feature ? { kind: 'replayed', item, feature } : null;
}

/** The feature (active, in the guild), the tags (in the vocabulary) and the giver's access. */
function admit(store: Store, input: FeedbackGiver): Admitted | FeedbackRefusal {
  const feature = store.features.findById(input.featureId);
  if (feature?.guildId !== input.guildId || feature.state !== 'active') {
    return {
      kind: 'refused',
      reason: 'unknown-feature',
      featureKey: feature?.key ?? String(input.featureId),
    };
  }
  const settings = store.settings.get(input.guildId);
  let typed: string;
  if ('draft' in input.tags) {
    const decoded = decodeDraftTags(input.tags.draft, settings.tags);
    if (!decoded.ok) return { kind: 'refused', reason: 'tags-changed' };
    typed = decoded.value.join(',');
  } else {
    typed = input.tags.typed;
  }
  const tags = parseTagList(typed, settings.tags);
  if (!tags.ok) return { kind: 'invalid', message: tags.error };
  const hasAccess = input.hasRole || store.access.hasAccess(feature.id, input.authorId);
  if (!canGiveFeedback(feature.level, hasAccess))
    return { kind: 'refused', reason: 'early-access-only', feature };
  return { kind: 'admitted', feature, tags: tags.value, settings };
}

function rateLimit(store: Store, input: FeedbackGiver, perMinute: number, now: Date): FeedbackRefusal | null {
  const since = new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
  const recent = store.feedback.recentByAuthor(input.guildId, input.authorId, since);
  const decision = decideRateLimit(recent.count, recent.oldest, now, perMinute);
  return decision.allowed
    ? null
    : { kind: 'refused', reason: 'rate-limited', perMinute, retryAt: decision.retryAt };
}
