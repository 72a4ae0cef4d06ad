import type { FeedbackChannelKind, ForumTag } from '../domain/discussion.js';
import type { Feature } from '../domain/entities.js';
import {
  canRetire,
  canSetSeatCap,
  type FeatureRoleFacts,
  type FeatureRoleProblem,
  featureRoleProblem,
  validateFeatureDescription,
  validateFeatureKey,
  validateFeatureName,
  validateRetireReason,
  validateSeatCap,
} from '../domain/feature-rules.js';
import { rolesToRemoveOnPromotion } from '../domain/promotion.js';
import type { Result } from '../domain/result.js';
import { DuplicateFeatureKeyError, type FeaturePatch } from '../store/feature-repository.js';
import { serverLocale, type TextRef } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { queueForumTags } from './discussion.js';
import { startFanout } from './fanout.js';
import { levelEvidence } from './readiness.js';

/** A domain rule's refusal, passed through with its text (rendered in the reader's language). */
export type InvalidInput = { kind: 'invalid'; message: TextRef };

/** Why the catalogue refuses a change; nothing is written. */
export type CatalogueRefusal = { kind: 'refused' } & (
  | FeatureRoleProblem
  /** Another feature of the guild has this key. */
  | { reason: 'key-taken'; key: string }
  /** Another active feature hands out this role: leaving or revoking one would take it for the other. */
  | { reason: 'role-taken'; ownerName: string }
  | { reason: 'nothing-to-edit' }
  /** The feature was retired between the maintainer's look and this change. */
  | { reason: 'not-active'; key: string }
  | { reason: 'reason-required' }
);

export interface CreateFeatureInput {
  guildId: string;
  actorId: string;
  key: string;
  name: string;
  description: string;
  role: FeatureRoleFacts;
  channelId: string | null;
  /** What kind of channel `channelId` is (default `text`): a forum gets a post per item. */
  channelKind?: FeedbackChannelKind;
  /** A forum's tags as Discord's cache shows them: which of the bot's tags will not fit is foreseen. */
  forumTags?: readonly ForumTag[];
  seats: number | null;
}

/** Names of the bot's forum tags the forum has no room for (present only when some are). */
type TagsLeftOut = { tagsLeftOut?: string[] };

export type CreateFeatureOutcome =
  | ({ kind: 'created'; feature: Feature } & TagsLeftOut)
  | InvalidInput
  | CatalogueRefusal;

/** A feature field `/feature edit` can change (the channel's kind comes with the channel). */
export type EditedField = Exclude<keyof FeaturePatch, 'feedbackChannelKind'>;

export interface EditFeatureInput {
  guildId: string;
  actorId: string;
  featureId: number;
  /** Each null option is left as it is. */
  name: string | null;
  description: string | null;
  role: FeatureRoleFacts | null;
  channelId: string | null;
  /** What kind of channel `channelId` is (default `text`). */
  channelKind?: FeedbackChannelKind;
  /** A forum's tags as Discord's cache shows them (see `CreateFeatureInput`). */
  forumTags?: readonly ForumTag[];
  seats: number | null;
}

export type EditFeatureOutcome =
  | ({
      kind: 'edited';
      feature: Feature;
      /** The fields changed, in the order the options are listed. */
      changed: EditedField[];
      /** Members whose role is moved to the new role. */
      moved: number;
    } & TagsLeftOut)
  | InvalidInput
  | CatalogueRefusal;

export interface RetireFeatureInput {
  guildId: string;
  actorId: string;
  featureId: number;
  reason: string;
  /** Whether the feature's role still exists in the guild (the announcement mentions it only then). */
  roleExists: boolean;
}

export type RetireFeatureOutcome =
  | {
      kind: 'retired';
      feature: Feature;
      revokedGrants: number;
      closedInvites: number;
      closedWaitlist: number;
      /** Null when the guild has no announcement channel: nothing was announced. */
      announcementChannelId: string | null;
    }
  | InvalidInput
  | CatalogueRefusal;

const invalid = (result: { ok: false; error: TextRef }): InvalidInput => ({
  kind: 'invalid',
  message: result.error,
});

/** Validates an option that was given; a null option stays null. */
function optional<T, V>(
  value: T | null,
  validate: (value: T) => Result<V, TextRef>,
): Result<V | null, TextRef> {
  return value === null ? { ok: true, value: null } : validate(value);
}

/**
 * Creates a feature in Early Access. The key is checked before the role (the more specific
 * refusal); both are checked again under the write lock, where the feature is stored.
 */
export function createFeature(deps: LifecycleDeps, input: CreateFeatureInput): CreateFeatureOutcome {
  const key = validateFeatureKey(input.key);
  if (!key.ok) return invalid(key);
  const name = validateFeatureName(input.name);
  if (!name.ok) return invalid(name);
  const description = validateFeatureDescription(input.description);
  if (!description.ok) return invalid(description);
  const seatCap = optional(input.seats, validateSeatCap);
  if (!seatCap.ok) return invalid(seatCap);
  const roleProblem = featureRoleProblem(input.role);
  if (roleProblem) return { kind: 'refused', ...roleProblem };
  const { store } = deps;
  const now = deps.clock.now();
  const taken: CatalogueRefusal = { kind: 'refused', reason: 'key-taken', key: key.value };
  try {
    const outcome = store.transaction((): CreateFeatureOutcome => {
      if (store.features.findByKey(input.guildId, key.value)) return taken;
      const owner = store.features.findActiveByRole(input.guildId, input.role.id);
      if (owner) return { kind: 'refused', reason: 'role-taken', ownerName: owner.name };
      const feature = store.features.create(
        {
          guildId: input.guildId,
          key: key.value,
          name: name.value,
          description: description.value,
          roleId: input.role.id,
          feedbackChannelId: input.channelId,
          feedbackChannelKind: input.channelKind ?? 'text',
          seatCap: seatCap.value,
          createdBy: input.actorId,
        },
        now,
      );
      const leftOut =
        feature.feedbackChannelId && feature.feedbackChannelKind === 'forum'
          ? queueForumTags(deps, feature.guildId, feature.feedbackChannelId, now, input.forumTags ?? null)
          : [];
      return { kind: 'created', feature, ...(leftOut.length > 0 ? { tagsLeftOut: leftOut } : {}) };
    });
    if (outcome.kind === 'created' && outcome.feature.feedbackChannelKind === 'forum') deps.wakeOutbox();
    return outcome;
  } catch (error) {
    if (error instanceof DuplicateFeatureKeyError) return taken;
    throw error;
  }
}

/** The patch an edit asks for, validated; the options given, in the order they are listed. */
function editPatch(input: EditFeatureInput): Result<FeaturePatch, TextRef> | CatalogueRefusal {
  const roleProblem = input.role ? featureRoleProblem(input.role) : null;
  if (roleProblem) return { kind: 'refused', ...roleProblem };
  const name = optional(input.name, validateFeatureName);
  if (!name.ok) return name;
  const description = optional(input.description, validateFeatureDescription);
  if (!description.ok) return description;
  const seatCap = optional(input.seats, validateSeatCap);
  if (!seatCap.ok) return seatCap;
  return {
    ok: true,
    value: {
      ...(name.value !== null ? { name: name.value } : {}),
      ...(description.value !== null ? { description: description.value } : {}),
      ...(input.role ? { roleId: input.role.id } : {}),
      ...(input.channelId !== null
        ? { feedbackChannelId: input.channelId, feedbackChannelKind: input.channelKind ?? 'text' }
        : {}),
      ...(seatCap.value !== null ? { seatCap: seatCap.value } : {}),
    },
  };
}

/**
 * Changes the options given. A new role moves every member with access from the old role to the
 * new one (role changes queued in the same transaction); a seat cap can be set in Early Access only.
 */
export function editFeature(deps: LifecycleDeps, input: EditFeatureInput): EditFeatureOutcome {
  const { name, description, role, channelId, seats } = input;
  if (name === null && description === null && role === null && channelId === null && seats === null)
    return { kind: 'refused', reason: 'nothing-to-edit' };
  const patched = editPatch(input);
  if ('kind' in patched) return patched;
  if (!patched.ok) return invalid(patched);
  const patch = patched.value;
  const { store } = deps;
  const now = deps.clock.now();
  const outcome = store.transaction((): EditFeatureOutcome => {
    const feature = requireFeature(deps, input);
    if (feature.state !== 'active') return { kind: 'refused', reason: 'not-active', key: feature.key };
    if (patch.seatCap !== undefined) {
      const allowed = canSetSeatCap(feature.level);
      if (!allowed.ok) return invalid(allowed);
    }
    if (patch.roleId !== undefined) {
      const owner = store.features.findActiveByRole(feature.guildId, patch.roleId);
      if (owner && owner.id !== feature.id)
        return { kind: 'refused', reason: 'role-taken', ownerName: owner.name };
    }
    store.features.update(feature.id, patch);
    // Setting a forum (again) creates its tags; a forum set before may have lost some.
    const leftOut =
      patch.feedbackChannelId && patch.feedbackChannelKind === 'forum'
        ? queueForumTags(deps, feature.guildId, patch.feedbackChannelId, now, input.forumTags ?? null)
        : [];
    const moved =
      patch.roleId !== undefined && patch.roleId !== feature.roleId
        ? moveMembers(deps, feature, patch.roleId, input.actorId, now)
        : 0;
    const changed = Object.keys(patch).filter((field) => field !== 'feedbackChannelKind') as EditedField[];
    return {
      kind: 'edited',
      feature: store.features.findById(feature.id)!,
      changed,
      moved,
      ...(leftOut.length > 0 ? { tagsLeftOut: leftOut } : {}),
    };
  });
  const forumSet =
    outcome.kind === 'edited' &&
    outcome.changed.includes('feedbackChannelId') &&
    outcome.feature.feedbackChannelKind === 'forum';
  if (outcome.kind === 'edited' && (outcome.moved > 0 || forumSet)) deps.wakeOutbox();
  return outcome;
}

/**
 * Moves every member with access from the feature's old role to the new one (the first batch in
 * the caller's transaction, the rest in the background); returns how many. In General Availability under the remove policy the members no
 * longer hold the role, so nobody is moved.
 */
function moveMembers(
  deps: LifecycleDeps,
  feature: Feature,
  newRoleId: string,
  by: string,
  now: Date,
): number {
  const policy = deps.store.settings.get(feature.guildId).gaRolePolicy;
  if (feature.level === 'ga' && rolesToRemoveOnPromotion('ga', policy)) return 0;
  // Every member's role-remove and role-add, in batches: the first now, the rest in the background.
  startFanout(
    deps,
    {
      guildId: feature.guildId,
      featureId: feature.id,
      kind: 'role-move',
      actorId: by,
      params: { from: feature.roleId, to: newRoleId },
    },
    now,
  );
  return deps.store.access.countActive(feature.id);
}

/**
 * Retires an Early Access feature: every grant is revoked (a role removal queued per member, in
 * batches: see `startFanout`), its invites and waitlist are closed, and the retirement is
 * announced with the reason when the guild has an announcement channel, in one transaction.
 */
export function retireFeature(deps: LifecycleDeps, input: RetireFeatureInput): RetireFeatureOutcome {
  const { store } = deps;
  const now = deps.clock.now();
  const by = input.actorId;
  const outcome = store.transaction((): RetireFeatureOutcome => {
    const feature = requireFeature(deps, input);
    const allowed = canRetire(feature);
    if (!allowed.ok) return invalid(allowed);
    if (input.reason.trim().length === 0) return { kind: 'refused', reason: 'reason-required' };
    const reason = validateRetireReason(input.reason);
    if (!reason.ok) return invalid(reason);
    store.features.retire(feature.id, by, reason.value, now);
    const settings = store.settings.get(feature.guildId);
    const locale = serverLocale(settings);
    const revoked = store.access.revokeAll(
      feature.id,
      by,
      deps.render.retiredGrantReason(locale, reason.value),
      now,
    );
    // A role removal per member whose grant ended now, in batches (the first one now).
    startFanout(
      deps,
      {
        guildId: feature.guildId,
        featureId: feature.id,
        kind: 'retire-roles',
        actorId: by,
        params: { at: now.toISOString() },
      },
      now,
    );
    const closedInvites = store.invites.revokeAll(feature.id, by, now);
    const closedWaitlist = store.waitlist.closeAll(feature.id, 'retired', now);
    const channelId = settings.announcementChannelId;
    if (channelId) {
      const body = deps.render.retirementAnnouncement(locale, {
        feature,
        from: feature.level,
        reason: reason.value,
        evidence: levelEvidence(store, feature),
        levelEnteredAt: feature.levelEnteredAt,
        at: now,
        roleExists: input.roleExists,
      });
      store.outbox.enqueue(feature.guildId, { kind: 'message', channelId, body }, by, now);
    }
    return {
      kind: 'retired',
      feature: store.features.findById(feature.id)!,
      revokedGrants: revoked,
      closedInvites,
      closedWaitlist,
      announcementChannelId: channelId,
    };
  });
  if (outcome.kind === 'retired') deps.wakeOutbox();
  return outcome;
}

/** The feature the adapter resolved, read again under the write lock. */
function requireFeature(deps: LifecycleDeps, input: { guildId: string; featureId: number }): Feature {
  const feature = deps.store.features.findById(input.featureId);
  if (!feature || feature.guildId !== input.guildId) throw new Error(`feature ${input.featureId} vanished`);
  return feature;
}
