import { randomBytes } from 'node:crypto';
import type { Feature, Invite } from '../domain/entities.js';
import { INVITE_CODE_LENGTH, inviteCodeFrom, normalizeInviteCode } from '../domain/invite-codes.js';
import type { Level } from '../domain/levels.js';
import type { Store } from '../store/store.js';
import { type Locale, serverLocale } from '../text/index.js';
import { freshActiveFeature, type TargetMember } from './access.js';
import type { LifecycleDeps } from './deps.js';

export const DEFAULT_INVITE_USES = 1;
export const DEFAULT_INVITE_LIFETIME_MS = 7 * 24 * 60 * 60_000;
/** How many invites `/invite list` shows, newest first. */
export const INVITE_LIST_LIMIT = 50;

const newCode = () => inviteCodeFrom(randomBytes(INVITE_CODE_LENGTH));

/** Invites are an Early Access thing; a feature retired meanwhile takes none. */
type FeatureRefusal =
  | { kind: 'refused'; reason: 'not-early-access'; feature: Feature; level: Level }
  | { kind: 'refused'; reason: 'feature-gone'; feature: Feature };

/** The feature as it is now when it takes invites, else the refusal. */
function earlyAccessFeature(store: Store, feature: Feature): Feature | FeatureRefusal {
  const fresh = freshActiveFeature(store, feature);
  if (!fresh) return { kind: 'refused', reason: 'feature-gone', feature };
  if (fresh.level !== 'early-access') {
    return { kind: 'refused', reason: 'not-early-access', feature: fresh, level: fresh.level };
  }
  return fresh;
}

/**
 * Tells an invited member by direct message, or by a mention in the feature's channel when DMs are
 * closed, in the server's language (`locale`): the member did not ask for it.
 */
function queueInvitedMessage(
  deps: LifecycleDeps,
  locale: Locale,
  feature: Feature,
  invite: Invite,
  guildName: string,
  actorId: string,
  now: Date,
): void {
  deps.store.outbox.enqueue(
    feature.guildId,
    {
      kind: 'direct-message',
      userId: invite.targetMemberId!,
      body: deps.render.invitedDm(
        locale,
        feature,
        { code: invite.code, expiresAt: invite.expiresAt ?? now },
        guildName,
      ),
      fallbackChannelId: feature.feedbackChannelId,
    },
    actorId,
    now,
  );
}

export type CreateInviteOutcome =
  /** `replayed`: the same interaction was delivered again; this is the invite it made the first time. */
  | { kind: 'created'; feature: Feature; invite: Invite; replayed: boolean }
  | FeatureRefusal
  | { kind: 'refused'; reason: 'target-is-bot'; feature: Feature }
  | {
      kind: 'refused';
      reason: 'target-not-in-server' | 'target-has-access';
      feature: Feature;
      memberId: string;
    };

/**
 * `/invite create`: a code for `uses` members (default 1), valid for `lifetimeMs` (default 7 days).
 * With a target member, only they can use it: they leave the waitlist (so `/invite admit` does not
 * invite them twice) and are told by DM. Idempotent on `interactionId`: a second delivery of the
 * same interaction returns the invite the first one made.
 */
export function createInvite(
  deps: LifecycleDeps,
  input: {
    feature: Feature;
    actorId: string;
    interactionId: string;
    guildName: string;
    uses: number | null;
    lifetimeMs: number | null;
    target: TargetMember | null;
  },
): CreateInviteOutcome {
  const { store } = deps;
  const { target, actorId } = input;
  const now = deps.clock.now();
  const outcome = store.transaction((): CreateInviteOutcome => {
    const [made] = store.invites.madeByInteraction(input.interactionId);
    if (made) return { kind: 'created', feature: input.feature, invite: made, replayed: true };
    const feature = earlyAccessFeature(store, input.feature);
    if ('kind' in feature) return feature;
    if (target?.isBot) return { kind: 'refused', reason: 'target-is-bot', feature };
    // Discord resolves a member only for users in the server: an outsider could never join.
    if (target && !target.inServer) {
      return { kind: 'refused', reason: 'target-not-in-server', feature, memberId: target.id };
    }
    if (target && store.access.hasAccess(feature.id, target.id)) {
      return { kind: 'refused', reason: 'target-has-access', feature, memberId: target.id };
    }
    const invite = store.invites.create(
      {
        code: newCode(),
        featureId: feature.id,
        createdBy: actorId,
        targetMemberId: target?.id ?? null,
        maxUses: input.uses ?? DEFAULT_INVITE_USES,
        expiresAt: new Date(now.getTime() + (input.lifetimeMs ?? DEFAULT_INVITE_LIFETIME_MS)),
        sourceInteractionId: input.interactionId,
      },
      now,
    );
    if (target) {
      store.waitlist.closeForMember(feature.id, target.id, 'admitted', now, invite.id);
      const locale = serverLocale(store.settings.get(feature.guildId));
      queueInvitedMessage(deps, locale, feature, invite, input.guildName, actorId, now);
    }
    return { kind: 'created', feature, invite, replayed: false };
  });
  if (outcome.kind === 'created' && !outcome.replayed && target) deps.wakeOutbox();
  return outcome;
}

export type AdmitOutcome =
  /** `members` in waitlist order; `remaining` still waiting. `replayed`: see `createInvite`. */
  | { kind: 'admitted'; feature: Feature; members: string[]; remaining: number; replayed: boolean }
  | FeatureRefusal
  | { kind: 'refused'; reason: 'waitlist-empty'; feature: Feature };

/**
 * `/invite admit`: the first `count` members of the waitlist each get a one-use invite targeted at
 * them (valid 7 days), leave the queue, and are told by DM. Idempotent on `interactionId`: a
 * second delivery of the same interaction admits nobody more and reports the first one's members.
 */
export function admitFromWaitlist(
  deps: LifecycleDeps,
  input: { feature: Feature; actorId: string; interactionId: string; guildName: string; count: number },
): AdmitOutcome {
  const { store } = deps;
  const now = deps.clock.now();
  const outcome = store.transaction((): AdmitOutcome => {
    const made = store.invites.madeByInteraction(input.interactionId);
    if (made.length > 0) {
      return {
        kind: 'admitted',
        feature: input.feature,
        members: made.map((invite) => invite.targetMemberId!),
        remaining: store.waitlist.size(input.feature.id),
        replayed: true,
      };
    }
    const feature = earlyAccessFeature(store, input.feature);
    if ('kind' in feature) return feature;
    const entries = store.waitlist.head(feature.id, input.count);
    if (entries.length === 0) return { kind: 'refused', reason: 'waitlist-empty', feature };
    const locale = serverLocale(store.settings.get(feature.guildId));
    for (const entry of entries) {
      const invite = store.invites.create(
        {
          code: newCode(),
          featureId: feature.id,
          createdBy: input.actorId,
          targetMemberId: entry.memberId,
          maxUses: 1,
          expiresAt: new Date(now.getTime() + DEFAULT_INVITE_LIFETIME_MS),
          sourceInteractionId: input.interactionId,
        },
        now,
      );
      store.waitlist.close(entry.id, 'admitted', invite.id, now);
      queueInvitedMessage(deps, locale, feature, invite, input.guildName, input.actorId, now);
    }
    return {
      kind: 'admitted',
      feature,
      members: entries.map((entry) => entry.memberId),
      remaining: store.waitlist.size(feature.id),
      replayed: false,
    };
  });
  if (outcome.kind === 'admitted' && !outcome.replayed) deps.wakeOutbox();
  return outcome;
}

export type RevokeInviteOutcome =
  | { kind: 'revoked'; code: string; feature: Feature }
  | { kind: 'refused'; reason: 'not-found' | 'already-revoked'; code: string };

/** `/invite revoke`: the code (any case) stops working; members who already joined keep their access. */
export function revokeInvite(
  deps: LifecycleDeps,
  input: { guildId: string; actorId: string; code: string },
): RevokeInviteOutcome {
  const { store } = deps;
  const code = normalizeInviteCode(input.code);
  const now = deps.clock.now();
  return store.transaction((): RevokeInviteOutcome => {
    const found = store.invites.findByCode(input.guildId, code);
    if (!found) return { kind: 'refused', reason: 'not-found', code };
    if (!store.invites.revoke(found.id, input.actorId, now)) {
      return { kind: 'refused', reason: 'already-revoked', code };
    }
    return { kind: 'revoked', code, feature: store.features.findById(found.featureId)! };
  });
}

export type InviteListing =
  | { kind: 'empty'; feature: Feature }
  /** `invites`: the newest, at most `INVITE_LIST_LIMIT`; `at`: the time their state is shown for. */
  | { kind: 'listed'; feature: Feature; invites: Invite[]; total: number; at: Date };

/** The feature's invites, newest first (a query: nothing is written). */
export function listInvites(deps: LifecycleDeps, feature: Feature): InviteListing {
  const total = deps.store.invites.count(feature.id);
  if (total === 0) return { kind: 'empty', feature };
  return {
    kind: 'listed',
    feature,
    invites: deps.store.invites.list(feature.id, INVITE_LIST_LIMIT),
    total,
    at: deps.clock.now(),
  };
}
