import { canGiveFeedback } from '../domain/access.js';
import type { Feature, FeedbackItem, OutboxEffect } from '../domain/entities.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import {
  type DuplicateOfRefusal,
  decideDuplicateOf,
  decideVote,
  isClosedStatus,
  type VoteRefusal,
} from '../domain/votes.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { copyEditTarget } from './discussion.js';
import { queueStatusNotifications } from './notifications.js';
import { queueReadinessNotice } from './readiness-watch.js';

type QueueDeps = Pick<LifecycleDeps, 'store' | 'render'>;

interface Counted {
  item: FeedbackItem;
  feature: Feature;
  /** The item's count after the change. */
  votes: number;
  /** The interaction had already done this: nothing changed now. */
  replayed: boolean;
}

/** A vote interaction's outcome. */
export type VoteOutcome =
  | ({ kind: 'voted' } & Counted)
  | ({ kind: 'withdrawn' } & Counted)
  /** `number` is `null` when a button named the item (by its id). */
  | { kind: 'refused'; reason: 'unknown-item'; number: number | null }
  | {
      kind: 'refused';
      /** `not-voted`: a withdrawal by a member who does not back the item. */
      reason: VoteRefusal | 'not-voted';
      item: FeedbackItem;
      feature: Feature;
      votes: number;
    };

export interface VoteInput {
  guildId: string;
  memberId: string;
  /** The item's `#N`. */
  number: number;
  /** The member's roles right now (Discord sends them with the interaction): the feature role gives access. */
  roleIds: readonly string[];
  /** The interaction that asked: its replay changes nothing and is answered with the current count. */
  interactionId: string;
}

/** A click on the vote button of a feedback copy. */
export interface ToggleVoteInput {
  guildId: string;
  memberId: string;
  feedbackId: number;
  roleIds: readonly string[];
  interactionId: string;
  /** The message the button sits on: the copy's message id, in case the outbox has not recorded it. */
  message: { channelId: string; messageId: string } | null;
}

type Located = { item: FeedbackItem; feature: Feature };

/** `/vote id`: backs the item `#N`; refused (with the reason and the count) by the rules of §7. */
export function castVote(deps: LifecycleDeps, input: VoteInput): VoteOutcome {
  return run(deps, input.interactionId, () => {
    const found = locate(deps, input.guildId, input.number);
    return 'kind' in found ? found : cast(deps, found, input);
  });
}

/** `/vote id withdraw:true`: withdraws the member's vote, which also ends their following. */
export function withdrawVote(deps: LifecycleDeps, input: VoteInput): VoteOutcome {
  return run(deps, input.interactionId, () => {
    const found = locate(deps, input.guildId, input.number);
    return 'kind' in found ? found : withdraw(deps, found, input);
  });
}

/**
 * The vote button of a feedback copy: withdraws the presser's vote when they back the item, else
 * casts it (with every rule of `castVote`). Each click is idempotent on its interaction id.
 */
export function toggleVote(deps: LifecycleDeps, input: ToggleVoteInput): VoteOutcome {
  return run(deps, input.interactionId, () => {
    const item = deps.store.feedback.findById(input.feedbackId);
    const feature = item?.guildId === input.guildId ? deps.store.features.findById(item.featureId) : null;
    if (!item || !feature) return { kind: 'refused', reason: 'unknown-item', number: null };
    if (input.message)
      deps.store.votes.learnCopyMessage(item.id, input.message.channelId, input.message.messageId);
    return deps.store.votes.hasVoted(item.id, input.memberId)
      ? withdraw(deps, { item, feature }, input)
      : cast(deps, { item, feature }, input);
  });
}

/** One transaction: the replay check, then the decision; wakes the outbox when a row was queued (`edit`). */
function run(deps: LifecycleDeps, interactionId: string, decide: () => VoteOutcome & { edit?: boolean }) {
  const { store } = deps;
  const outcome = store.transaction((): VoteOutcome & { edit?: boolean } => {
    const recorded = store.votes.findInteraction(interactionId);
    if (!recorded) return decide();
    const item = store.feedback.findById(recorded.feedbackId)!;
    const feature = store.features.findById(item.featureId)!;
    const counted = { item, feature, votes: item.votes, replayed: true };
    return recorded.action === 'cast' ? { kind: 'voted', ...counted } : { kind: 'withdrawn', ...counted };
  });
  const { edit, ...result } = outcome;
  if (edit) deps.wakeOutbox();
  return result as VoteOutcome;
}

function locate(deps: LifecycleDeps, guildId: string, number: number): Located | VoteOutcome {
  const item = deps.store.feedback.findByNumber(guildId, number);
  const feature = item ? deps.store.features.findById(item.featureId) : null;
  if (!item || !feature) return { kind: 'refused', reason: 'unknown-item', number };
  return { item, feature };
}

/**
 * Whether the member has access to the feature: its role (as Discord sent it) or a live grant. The
 * grant is read only where access matters (Early Access) and only without the role.
 */
function hasAccessNow(
  deps: Pick<LifecycleDeps, 'store'>,
  feature: Feature,
  memberId: string,
  roleIds: readonly string[],
): boolean {
  if (canGiveFeedback(feature.level, false)) return true;
  return roleIds.includes(feature.roleId) || deps.store.access.hasAccess(feature.id, memberId);
}

function cast(
  deps: LifecycleDeps,
  { item, feature }: Located,
  input: { memberId: string; roleIds: readonly string[]; interactionId: string },
): VoteOutcome & { edit?: boolean } {
  const { store } = deps;
  const now = deps.clock.now();
  const decision = decideVote({
    voterId: input.memberId,
    item,
    feature,
    hasAccess: hasAccessNow(deps, feature, input.memberId, input.roleIds),
    alreadyVoted: store.votes.hasVoted(item.id, input.memberId),
  });
  if (!decision.ok) return { kind: 'refused', reason: decision.reason, item, feature, votes: item.votes };
  store.votes.cast(item.id, input.memberId, input.interactionId, now);
  const votes = store.votes.count(item.id);
  const edit = queueVoteLabelEdit(deps, item, votes, now);
  // A voter can be a new participant, and participants are a readiness gate.
  const notice = queueReadinessNotice(deps, feature, now);
  return { kind: 'voted', item: { ...item, votes }, feature, votes, replayed: false, edit: edit || notice };
}

function withdraw(
  deps: LifecycleDeps,
  { item, feature }: Located,
  input: { memberId: string; interactionId: string },
): VoteOutcome & { edit?: boolean } {
  const { store } = deps;
  const now = deps.clock.now();
  if (!store.votes.withdraw(item.id, input.memberId, input.interactionId, now)) {
    return { kind: 'refused', reason: 'not-voted', item, feature, votes: item.votes };
  }
  const votes = store.votes.count(item.id);
  const edit = queueVoteLabelEdit(deps, item, votes, now);
  return { kind: 'withdrawn', item: { ...item, votes }, feature, votes, replayed: false, edit };
}

export interface VoteChoiceView {
  number: number;
  votes: number;
  featureName: string;
  body: string;
}

/**
 * `/vote` autocomplete (read only): open items the member may vote on (features they may give
 * feedback on now; not their own items, not items they back), best first, matching `typed`.
 */
export function votableChoices(
  deps: Pick<LifecycleDeps, 'store'>,
  input: { guildId: string; memberId: string; roleIds: readonly string[]; typed: string },
  limit = 25,
): VoteChoiceView[] {
  const { store } = deps;
  const features = store.features
    .listActive(input.guildId)
    .filter((feature) =>
      canGiveFeedback(feature.level, hasAccessNow(deps, feature, input.memberId, input.roleIds)),
    );
  const names = new Map(features.map((feature) => [feature.id, feature.name]));
  return store.votes
    .votableChoices([...names.keys()], input.memberId, input.typed, limit)
    .map((choice) => ({ ...choice, featureName: names.get(choice.featureId) ?? '?' }));
}

/**
 * Queues the edit that shows `votes` on the item's copy, coalesced: at most two pending edits per
 * copy. The first may be in flight; a second is queued behind it and, while it waits, each later
 * change replaces its body, so it carries the count of the last change when it goes out. The
 * worker spaces edits of one message (2 s by default): a burst of clicks makes a few edits.
 * Returns whether a new row was queued (the caller wakes the outbox after committing).
 */
export function queueVoteLabelEdit(deps: QueueDeps, item: FeedbackItem, votes: number, now: Date): boolean {
  const { store } = deps;
  const copy = store.votes.copyOf(item.id);
  if (!copy || (copy.messageId === null && copy.outboxId === null)) return false;
  const effect: OutboxEffect = {
    kind: 'message-edit',
    ...copyEditTarget(copy),
    // The copy is the server's post: its label speaks the server's language.
    body: deps.render.voteButtons(
      serverLocale(store.settings.get(item.guildId)),
      { id: item.id, number: item.number, closed: isClosedStatus(item.status) },
      votes,
    ),
  };
  const pending = store.outbox.pendingIdsInLane(item.guildId, effect);
  const waiting = pending.length >= 2 ? pending.at(-1) : undefined;
  if (waiting !== undefined) {
    // The waiting edit may carry more than the label (the copy of an item its author erased): keep it.
    const queued = store.outbox.findById(waiting)?.effect;
    const body = queued?.kind === 'message-edit' ? { ...queued.body, ...effect.body } : effect.body;
    store.outbox.replaceEffect(waiting, { ...effect, body });
    return false;
  }
  store.outbox.enqueue(item.guildId, effect, null, now);
  return true;
}

export type DuplicateOfDecision =
  | { ok: true; original: FeedbackItem | null }
  | { ok: false; reason: DuplicateOfRefusal; number: number | null };

/**
 * Reads and checks `/triage set`'s `duplicate_of` (the original's `#M`, `null` when not given)
 * for a change of `item` to `status`.
 * `setTriage` (src/lifecycle/triage.ts) calls it inside its transaction, before applying the
 * change; a refusal changes nothing.
 */
export function resolveDuplicateOf(
  deps: Pick<LifecycleDeps, 'store'>,
  item: FeedbackItem,
  status: FeedbackStatus,
  duplicateOf: number | null,
): DuplicateOfDecision {
  const original = duplicateOf === null ? null : deps.store.feedback.findByNumber(item.guildId, duplicateOf);
  const decision = decideDuplicateOf({ status, item, named: duplicateOf !== null, original });
  if (!decision.ok) return { ok: false, reason: decision.reason, number: duplicateOf };
  return { ok: true, original };
}

/**
 * Closes `duplicate` as a duplicate of `original`: its followers (author, voters, followers it was
 * handed) are told the original's `#M` (one DM each, with the maintainer's `note`; the status
 * notification of this change), then its votes and followers move to the original. Nobody counts
 * twice, the original's author is not counted as a voter, the duplicate keeps 0 votes, and items
 * that pointed at the duplicate now point at the original. Both copies' vote labels are updated.
 * Returns the votes moved and the DMs queued.
 *
 * `onStatusChange` calls it inside `setTriage`'s transaction, after `applyTriage` set the status
 * `duplicate`, with both items as `resolveDuplicateOf` returned them.
 */
export function mergeDuplicate(
  deps: QueueDeps,
  duplicate: FeedbackItem,
  original: FeedbackItem,
  note: string | null,
  now: Date,
): { votesMoved: number; notified: number } {
  const { store } = deps;
  const notified = queueStatusNotifications(deps, duplicate, 'duplicate', note, now, original.number);
  const votesMoved = store.votes.mergeInto(duplicate.id, original.id, now);
  store.votes.setDuplicateOf(duplicate.id, original.id);
  queueVoteLabelEdit(deps, { ...duplicate, status: 'duplicate' }, 0, now);
  if (votesMoved > 0) queueVoteLabelEdit(deps, original, store.votes.count(original.id), now);
  return { votesMoved, notified };
}

/**
 * What a status change of `/triage set` causes: nothing when the status did not change (a change
 * of tags or note alone notifies nobody); closing as `duplicate` merges into the original and tells
 * the followers, and so does naming a new original for an item already closed as a duplicate; any
 * other status tells the followers, and leaving `duplicate` forgets the original (the votes that
 * moved stay where they are). Returns the DMs queued; label edits may be queued too, so the caller
 * wakes the outbox after committing whenever the status (or the original) changed.
 *
 * `setTriage` (src/lifecycle/triage.ts) calls it inside its transaction, after `applyTriage`, with
 * the item as it was before the change and the original from `resolveDuplicateOf`.
 */
export function onStatusChange(
  deps: QueueDeps,
  change: {
    item: FeedbackItem;
    oldStatus: FeedbackStatus;
    newStatus: FeedbackStatus;
    note: string | null;
    original: FeedbackItem | null;
  },
  now: Date,
): number {
  const { item, oldStatus, newStatus, note, original } = change;
  const newOriginal = newStatus === 'duplicate' && original !== null && original.id !== item.duplicateOf;
  if (oldStatus === newStatus && !newOriginal) return 0;
  if (newStatus === 'duplicate' && original) return mergeDuplicate(deps, item, original, note, now).notified;
  if (oldStatus === 'duplicate') deps.store.votes.setDuplicateOf(item.id, null);
  const notified = queueStatusNotifications(deps, item, newStatus, note, now);
  // The button shows whether the item still takes votes.
  if (isClosedStatus(oldStatus) !== isClosedStatus(newStatus))
    queueVoteLabelEdit(deps, { ...item, status: newStatus }, deps.store.votes.count(item.id), now);
  return notified;
}
