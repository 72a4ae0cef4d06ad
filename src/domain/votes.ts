import { canGiveFeedback } from './access.js';
import type { FeedbackStatus } from './feedback-rules.js';
import type { FeatureState, Level } from './levels.js';

/** Statuses under which an item is still worked on: it takes votes and ranks in `/features`. */
export const OPEN_STATUSES = ['open', 'acknowledged', 'planned'] as const satisfies readonly FeedbackStatus[];
/** Statuses that close an item: no more votes. */
export const CLOSED_STATUSES = [
  'resolved',
  'wont-fix',
  'duplicate',
] as const satisfies readonly FeedbackStatus[];

export function isClosedStatus(status: FeedbackStatus): boolean {
  return (CLOSED_STATUSES as readonly FeedbackStatus[]).includes(status);
}

/** Why a vote is refused, in the order the checks run. */
export type VoteRefusal = 'retired' | 'closed' | 'own-item' | 'no-access' | 'already-voted';

export interface VoteContext {
  voterId: string;
  /** `authorId` is `null` once the author erased their data: nobody owns the item any more. */
  item: { authorId: string | null; status: FeedbackStatus };
  feature: { level: Level; state: FeatureState };
  /** Holds the feature role or a live grant (only Early Access looks at it). */
  hasAccess: boolean;
  alreadyVoted: boolean;
}

/**
 * Whether a member may back an item. Who may vote is whoever may give feedback on the feature at
 * its current level (Early Access: members with access). Nobody votes on a retired feature's item,
 * on a closed item, on their own item, or twice.
 */
export function decideVote(ctx: VoteContext): { ok: true } | { ok: false; reason: VoteRefusal } {
  if (ctx.feature.state === 'retired') return { ok: false, reason: 'retired' };
  if (isClosedStatus(ctx.item.status)) return { ok: false, reason: 'closed' };
  if (ctx.item.authorId === ctx.voterId) return { ok: false, reason: 'own-item' };
  if (!canGiveFeedback(ctx.feature.level, ctx.hasAccess)) return { ok: false, reason: 'no-access' };
  if (ctx.alreadyVoted) return { ok: false, reason: 'already-voted' };
  return { ok: true };
}

/** Why `duplicate_of` is refused. */
export type DuplicateOfRefusal =
  /** The status is `duplicate` but no original is named. */
  | 'duplicate-of-required'
  /** An original is named but the status is not `duplicate`. */
  | 'duplicate-of-not-duplicate'
  /** No item with that number in this server. */
  | 'original-unknown'
  | 'original-other-server'
  | 'original-itself'
  /** The original is itself a duplicate: point at the item it duplicates. */
  | 'original-is-duplicate';

interface ItemRef {
  id: number;
  guildId: string;
}

export interface DuplicateOfInput {
  status: FeedbackStatus;
  item: ItemRef;
  /** Whether the `duplicate_of` option was given. */
  named: boolean;
  /** The item the option names, when it exists. */
  original: (ItemRef & { status: FeedbackStatus }) | null;
}

/**
 * The `duplicate_of` rules of `/triage set`: required when the status is `duplicate` and refused
 * otherwise; the original must exist in the same server, must not be the item itself and must not
 * be a duplicate itself. Returns the original (or `null` when none is involved).
 */
export function decideDuplicateOf(
  input: DuplicateOfInput,
): { ok: true; original: ItemRef | null } | { ok: false; reason: DuplicateOfRefusal } {
  if (input.status !== 'duplicate') {
    return input.named ? { ok: false, reason: 'duplicate-of-not-duplicate' } : { ok: true, original: null };
  }
  if (!input.named) return { ok: false, reason: 'duplicate-of-required' };
  const { original } = input;
  if (original === null) return { ok: false, reason: 'original-unknown' };
  if (original.guildId !== input.item.guildId) return { ok: false, reason: 'original-other-server' };
  if (original.id === input.item.id) return { ok: false, reason: 'original-itself' };
  if (original.status === 'duplicate') return { ok: false, reason: 'original-is-duplicate' };
  return { ok: true, original };
}

/**
 * Who follows an item: its author (none once they erased their data), its voters and those who
 * follow without voting (the followers a duplicate handed over), each once, minus the members who
 * turned notifications off.
 */
export function followersToNotify(
  authorId: string | null,
  others: Iterable<string>,
  optedOut: ReadonlySet<string>,
): string[] {
  const all = new Set(authorId === null ? others : [authorId, ...others]);
  return [...all].filter((member) => !optedOut.has(member));
}
