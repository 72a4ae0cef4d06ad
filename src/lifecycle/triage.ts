import { join } from 'node:path';
import type { Feature, FeedbackItem } from '../domain/entities.js';
import { type ExportFormat, exportFileName } from '../domain/feedback-export-format.js';
import { type FeedbackStatus, parseTagList, validateTagName } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import type { DuplicateOfRefusal } from '../domain/votes.js';
import { writeFeedbackExport } from '../store/feedback-export.js';
import type {
  FeedbackCursor,
  FeedbackFilter,
  FeedbackPage,
  TriageEvent,
} from '../store/feedback-repository.js';
import type { Store } from '../store/store.js';
import type { VotesCursor, VotesPage } from '../store/vote-repository.js';
import type { TextRef } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { queueThreadStatus } from './discussion.js';
import { queueReadinessNotice } from './readiness-watch.js';
import { type DuplicateOfDecision, onStatusChange, resolveDuplicateOf } from './votes.js';

/** Items per `/triage list` page; ten fields keep the embed well under Discord's 6000 characters. */
export const TRIAGE_PAGE_SIZE = 10;
/** Discord takes attachments up to 10 MiB; stay under it with room for the request around the file. */
export const MAX_EXPORT_BYTES = 8 * 1024 * 1024;

// --- set ---

export interface SetTriageInput {
  guildId: string;
  actorId: string;
  /** The item's `#N`. */
  number: number;
  status: FeedbackStatus;
  note: string | null;
  /** The `tags` option as typed (1-3, comma-separated); `null` keeps the tags. */
  tags: string | null;
  /** The `duplicate_of` option: the original's `#M`, required with `duplicate` and refused otherwise. */
  duplicateOf: number | null;
  /** The interaction that asked for the change: a replay of it changes nothing. */
  sourceInteractionId: string;
}

export interface TriageChanges {
  status: { from: FeedbackStatus; to: FeedbackStatus } | null;
  tags: { from: string[]; to: string[] } | null;
  noteRecorded: boolean;
  /** The original's `#M` when the change closed the item as its duplicate (or named a new original). */
  duplicateOf: number | null;
}

export type SetTriageOutcome =
  | {
      kind: 'updated';
      number: number;
      changes: TriageChanges;
      readinessNotice: boolean;
      /** Status notifications queued for the item's followers. */
      notified: number;
      /** Whether the change (or the note) was queued for the item's thread or forum post. */
      threadPosted: boolean;
    }
  /** The interaction already made this change: it is reported again, not recorded twice. */
  | { kind: 'replayed'; number: number; changes: TriageChanges }
  | { kind: 'refused'; reason: 'unknown-feedback'; number: number }
  | { kind: 'refused'; reason: 'unchanged'; number: number; status: FeedbackStatus }
  | { kind: 'refused'; reason: 'note-empty' }
  | {
      kind: 'refused';
      reason: 'duplicate-of';
      problem: DuplicateOfRefusal;
      number: number;
      /** The `#M` named, if any. */
      original: number | null;
      /** When the item named is itself a duplicate: the `#` of its original, if it has one. */
      originalOf: number | null;
    }
  | { kind: 'invalid'; message: TextRef };

/**
 * `/triage set`: sets an item's status, records a note, replaces its tags, in one transaction with
 * its `triage_event` (who, when, what moved), the readiness notice a resolved blocker can cause, and
 * what a status change causes: the followers' notifications, and for `duplicate` the merge into the
 * original (naming a new original counts as a change). Tags or a note alone notify nobody.
 */
export function setTriage(deps: LifecycleDeps, input: SetTriageInput): SetTriageOutcome {
  const { store } = deps;
  const now = deps.clock.now();
  const outcome = store.transaction((): SetTriageOutcome => {
    const recorded = store.feedback.findTriageBySourceInteraction(input.sourceInteractionId);
    if (recorded) return replayOf(store, input.guildId, recorded);
    const note = input.note === null ? null : input.note.trim();
    if (note === '') return { kind: 'refused', reason: 'note-empty' };
    const parsed =
      input.tags === null ? null : parseTagList(input.tags, store.settings.get(input.guildId).tags);
    if (parsed && !parsed.ok) return { kind: 'invalid', message: parsed.error };
    const item = store.feedback.findByNumber(input.guildId, input.number);
    if (!item) return { kind: 'refused', reason: 'unknown-feedback', number: input.number };
    const duplicate = resolveDuplicateOf(deps, item, input.status, input.duplicateOf);
    if (!duplicate.ok) return duplicateOfRefusal(store, item, duplicate);
    const { original } = duplicate;
    const newOriginal = original !== null && original.id !== item.duplicateOf;
    const tags = parsed ? [...parsed.value].sort() : null;
    const newTags = tags !== null && tags.join(',') !== item.tags.join(',') ? tags : null;
    if (item.status === input.status && !newOriginal && newTags === null && note === null) {
      return { kind: 'refused', reason: 'unchanged', number: item.number, status: item.status };
    }
    const event: TriageEvent = {
      feedbackNumber: item.number,
      oldStatus: item.status,
      newStatus: input.status,
      oldTags: item.tags,
      newTags,
      note,
    };
    store.feedback.applyTriage(
      {
        ...event,
        feedbackId: item.id,
        actorId: input.actorId,
        sourceInteractionId: input.sourceInteractionId,
      },
      now,
    );
    const notified = onStatusChange(
      deps,
      { item, oldStatus: item.status, newStatus: input.status, note, original },
      now,
    );
    const feature = store.features.findById(item.featureId);
    // Resolving the last blocker can make the feature ready for its next level.
    const readinessNotice = feature?.state === 'active' && queueReadinessNotice(deps, feature, now);
    const changes = changesOf(event, newOriginal ? original.number : null);
    // The item's thread or post hears of it too: the status (with the note) or the note alone.
    const threadPosted = queueThreadStatus(
      deps,
      {
        item,
        status: changes.status ?? (newOriginal ? { from: item.status, to: input.status } : null),
        note,
        originalNumber: original?.number ?? null,
        level: feature?.level ?? item.level,
      },
      now,
    );
    return { kind: 'updated', number: item.number, changes, readinessNotice, notified, threadPosted };
  });
  // A status change queues the followers' notifications and the edit of the copy's vote button.
  if (
    outcome.kind === 'updated' &&
    (outcome.readinessNotice ||
      outcome.threadPosted ||
      outcome.changes.status !== null ||
      outcome.changes.duplicateOf !== null)
  )
    deps.wakeOutbox();
  return outcome;
}

function changesOf(event: TriageEvent, duplicateOf: number | null): TriageChanges {
  return {
    status: event.oldStatus === event.newStatus ? null : { from: event.oldStatus, to: event.newStatus },
    tags: event.newTags === null ? null : { from: event.oldTags, to: event.newTags },
    noteRecorded: event.note !== null,
    duplicateOf,
  };
}

/**
 * A replayed `/triage set`, reported as it was made. The event does not keep the original a
 * duplicate was given: it is read from the item as it is now, for a change that closed the item as
 * a duplicate, or that changed nothing else (it can only have named a new original).
 */
function replayOf(store: Store, guildId: string, recorded: TriageEvent): SetTriageOutcome {
  const namedOriginal =
    recorded.newStatus === 'duplicate' &&
    (recorded.oldStatus !== 'duplicate' || (recorded.newTags === null && recorded.note === null));
  const item = namedOriginal ? store.feedback.findByNumber(guildId, recorded.feedbackNumber) : null;
  const original = item?.duplicateOf ? store.feedback.findById(item.duplicateOf) : null;
  return {
    kind: 'replayed',
    number: recorded.feedbackNumber,
    changes: changesOf(recorded, original?.number ?? null),
  };
}

function duplicateOfRefusal(
  store: Store,
  item: FeedbackItem,
  decision: Extract<DuplicateOfDecision, { ok: false }>,
): SetTriageOutcome {
  const named = decision.number === null ? null : store.feedback.findByNumber(item.guildId, decision.number);
  const originalOf =
    decision.reason === 'original-is-duplicate' && named?.duplicateOf
      ? (store.feedback.findById(named.duplicateOf)?.number ?? null)
      : null;
  return {
    kind: 'refused',
    reason: 'duplicate-of',
    problem: decision.reason,
    number: item.number,
    original: decision.number,
    originalOf,
  };
}

// --- list ---

/** How `/triage list` orders a feature's feedback: newest first (the default), or most votes first. */
export const TRIAGE_SORTS = ['newest', 'votes'] as const;
export type TriageSort = (typeof TRIAGE_SORTS)[number];

/** A keyset position in one of the orders; each order has its own. */
export type TriageCursor = FeedbackCursor | VotesCursor;

export interface TriageListInput {
  guildId: string;
  featureId: number;
  level: Level | null;
  status: FeedbackStatus | null;
  /** Any well-formed tag: one removed from the vocabulary still labels older feedback. */
  tag: string | null;
  sort: TriageSort;
  /** `null`: the first page. A cursor of the other order also reads as the first page. */
  cursor: TriageCursor | null;
}

/** A page in the order asked for, with the keyset page of that order. */
export type TriageListPage = { sort: 'newest'; page: FeedbackPage } | { sort: 'votes'; page: VotesPage };

export type TriageListOutcome =
  | ({
      kind: 'page';
      feature: Feature;
      filter: FeedbackFilter;
      total: number;
      /** The thread or forum post of the page's items, by item id, for those that have one. */
      threads: Map<number, string>;
    } & TriageListPage)
  | { kind: 'refused'; reason: 'unknown-feature' }
  | { kind: 'invalid'; message: TextRef };

/**
 * One `/triage list` page of a feature's feedback, newest first or most votes first (ties: newest
 * first), and the count of every match. Retired features are listed too: their feedback is the
 * record of why they were dropped.
 */
export function listTriagePage(deps: LifecycleDeps, input: TriageListInput): TriageListOutcome {
  const feature = deps.store.features.findById(input.featureId);
  if (feature?.guildId !== input.guildId) return { kind: 'refused', reason: 'unknown-feature' };
  const tag = input.tag === null ? null : validateTagName(input.tag);
  if (tag && !tag.ok) return { kind: 'invalid', message: tag.error };
  const filter: FeedbackFilter = {
    featureId: feature.id,
    level: input.level,
    status: input.status,
    tag: tag ? tag.value : null,
  };
  const total = deps.store.feedback.countMatching(filter);
  const { cursor } = input;
  if (input.sort === 'votes') {
    const votesCursor = cursor && isVotesCursor(cursor) ? cursor : null;
    const page = deps.store.votes.pageByVotes(filter, votesCursor, TRIAGE_PAGE_SIZE);
    const threads = deps.store.discussion.threadsOf(page.items.map((item) => item.id));
    return { kind: 'page', feature, filter, total, threads, sort: 'votes', page };
  }
  const newestCursor = cursor && !isVotesCursor(cursor) ? cursor : null;
  const page = deps.store.feedback.page(filter, newestCursor, TRIAGE_PAGE_SIZE);
  const threads = deps.store.discussion.threadsOf(page.items.map((item) => item.id));
  return { kind: 'page', feature, filter, total, threads, sort: 'newest', page };
}

function isVotesCursor(cursor: TriageCursor): cursor is VotesCursor {
  return 'votes' in cursor;
}

// --- export ---

export interface TriageExportInput {
  guildId: string;
  featureId: number;
  level: Level | null;
  format: ExportFormat;
  /** An empty folder the file is written to; the caller removes it once the file is sent. */
  dir: string;
}

export type TriageExportOutcome =
  | { kind: 'exported'; rows: number; fileName: string; path: string }
  | { kind: 'refused'; reason: 'too-large'; maxBytes: number; levelGiven: boolean }
  | { kind: 'refused'; reason: 'unknown-feature' };

/**
 * `/triage export`: streams the feature's feedback (retired features too) to a file in the
 * contract's CSV or JSON shape; refuses a file Discord could not attach rather than cutting it.
 */
export async function exportTriage(
  deps: LifecycleDeps,
  input: TriageExportInput,
): Promise<TriageExportOutcome> {
  const feature = deps.store.features.findById(input.featureId);
  if (feature?.guildId !== input.guildId) return { kind: 'refused', reason: 'unknown-feature' };
  const fileName = exportFileName(feature.key, input.format);
  const path = join(input.dir, fileName);
  const result = await writeFeedbackExport(deps.store.feedback, path, {
    format: input.format,
    featureKey: feature.key,
    filter: { featureId: feature.id, level: input.level, status: null, tag: null },
    maxBytes: MAX_EXPORT_BYTES,
  });
  if (result.tooLarge) {
    return {
      kind: 'refused',
      reason: 'too-large',
      maxBytes: MAX_EXPORT_BYTES,
      levelGiven: input.level !== null,
    };
  }
  return { kind: 'exported', rows: result.rows, fileName, path };
}
