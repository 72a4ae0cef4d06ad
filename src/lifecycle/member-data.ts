import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedbackItem } from '../domain/entities.js';
import { ERASED_BODY, type ErasureSummary, isEmptyErasure } from '../domain/member-data.js';
import { isClosedStatus } from '../domain/votes.js';
import type { MemberBatch, MemberCursor, MemberDataCounts } from '../store/member-data-repository.js';
import { type Locale, serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { copyEditTarget, queueThreadRename } from './discussion.js';
import { queueRole } from './role-changes.js';
import { MAX_EXPORT_BYTES } from './triage.js';
import { queueVoteLabelEdit } from './votes.js';

/** The reason stored on a grant that ended because its member erased their data. */
export const DATA_DELETED_REASON = 'data deleted';
/** Rows read per batch of an export: the connection is free for other interactions between batches. */
export const MEMBER_EXPORT_BATCH_ROWS = 1000;
/** The version of the export file's shape (`format_version`); bump it when a field changes meaning. */
export const MEMBER_EXPORT_FORMAT_VERSION = 1;

// --- /mydata export ---

export interface MemberDataInput {
  guildId: string;
  memberId: string;
}

export interface ExportedCounts {
  feedback: number;
  votes: number;
  /** Everything else: withdrawn votes, follows, access records, waitlist entries, invites, the notification setting. */
  records: number;
}

export type MemberDataExportOutcome =
  | { kind: 'exported'; fileName: string; path: string; counts: ExportedCounts }
  | { kind: 'refused'; reason: 'too-large'; maxBytes: number };

/** The attachment's name: `stagegate-data-<guild id>.json` (a member may export from several servers). */
export const memberExportFileName = (guildId: string) => `stagegate-data-${guildId}.json`;

/**
 * `/mydata export`: writes everything stored about the member in the server to a JSON file in `dir`
 * (product.md §9): their feedback (with its text), votes, withdrawn votes, follows, access grants,
 * waitlist entries, invites made for them and their notification setting. It never carries another
 * member's text or id: items they voted on or follow appear by `#N` only, maintainers are not named,
 * and maintainers' triage notes are left out (the team's words, not the member's data). The only
 * maintainer-written text is the reason a grant of theirs was revoked, which they were given.
 *
 * Rows are read in keyset batches and written as they come, so memory holds one batch. A file that
 * would pass `maxBytes` (Discord's attachment limit) is refused instead of being cut.
 */
export async function exportMemberData(
  deps: Pick<LifecycleDeps, 'store' | 'clock'>,
  input: MemberDataInput & { dir: string },
  options: { maxBytes?: number; batchRows?: number } = {},
): Promise<MemberDataExportOutcome> {
  const { store } = deps;
  const { guildId, memberId } = input;
  const maxBytes = options.maxBytes ?? MAX_EXPORT_BYTES;
  const batchRows = options.batchRows ?? MEMBER_EXPORT_BATCH_ROWS;
  const fileName = memberExportFileName(guildId);
  const path = join(input.dir, fileName);
  const file = new BoundedFile(await open(path, 'w'), maxBytes);
  const data = store.memberData;
  const batched = <T>(read: (cursor: MemberCursor, limit: number) => MemberBatch<T>) =>
    file.batches(read, batchRows);
  try {
    const header = {
      format: 'stagegate-member-data',
      format_version: MEMBER_EXPORT_FORMAT_VERSION,
      guild_id: guildId,
      member_id: memberId,
      exported_at: deps.clock.now().toISOString(),
      notifications: data.notificationSetting(guildId, memberId),
    };
    // The header's fields, then one array per kind of row; `}` closes the object.
    if (!(await file.write(JSON.stringify(header, null, 2).slice(0, -2)))) return tooLarge(maxBytes);
    const sections: [string, () => AsyncIterable<unknown[]>][] = [
      ['feedback', () => batched((c, n) => data.feedbackBatch(guildId, memberId, c, n))],
      ['votes', () => batched((c, n) => data.votesBatch(guildId, memberId, c, n))],
      ['withdrawn_votes', () => batched((c, n) => data.withdrawnVotesBatch(guildId, memberId, c, n))],
      ['follows', () => batched((c, n) => data.followsBatch(guildId, memberId, c, n))],
      ['access', () => once(data.grants(guildId, memberId))],
      ['waitlist', () => once(data.waitlist(guildId, memberId))],
      ['invites', () => once(data.invitesFor(guildId, memberId))],
    ];
    const rows: number[] = [];
    for (const [name, read] of sections) {
      const written = await file.section(name, read());
      if (written === null) return tooLarge(maxBytes);
      rows.push(written);
    }
    if (!(await file.write('\n}\n'))) return tooLarge(maxBytes);
    const [feedback = 0, votes = 0, ...others] = rows;
    const records = others.reduce((sum, n) => sum + n, header.notifications === null ? 0 : 1);
    return { kind: 'exported', fileName, path, counts: { feedback, votes, records } };
  } finally {
    await file.close();
  }
}

const tooLarge = (maxBytes: number): MemberDataExportOutcome => ({
  kind: 'refused',
  reason: 'too-large',
  maxBytes,
});

async function* once<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}

/** A file that refuses to grow beyond `maxBytes`; sections are JSON arrays written batch by batch. */
class BoundedFile {
  private bytes = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly maxBytes: number,
  ) {}

  /** Appends `text`; false (and nothing written) when the file would pass the limit. */
  async write(text: string): Promise<boolean> {
    const chunk = Buffer.from(text, 'utf8');
    if (this.bytes + chunk.length > this.maxBytes) return false;
    await this.handle.write(chunk);
    this.bytes += chunk.length;
    return true;
  }

  /** Each batch of `read` until a batch comes back short. */
  async *batches<T>(read: (cursor: MemberCursor, limit: number) => MemberBatch<T>, limit: number) {
    let cursor: MemberCursor = null;
    for (;;) {
      const batch = read(cursor, limit);
      yield batch.rows;
      if (batch.rows.length < limit) return;
      cursor = batch.next;
    }
  }

  /** Writes `"name": [ ... ]` (after the fields before it), one row per line; the rows written, or null when too large. */
  async section<T>(name: string, batches: AsyncIterable<T[]>): Promise<number | null> {
    let rows = 0;
    if (!(await this.write(`,\n  ${JSON.stringify(name)}: [`))) return null;
    for await (const batch of batches) {
      let text = '';
      for (const row of batch) text += `${rows++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(row)}`;
      if (text !== '' && !(await this.write(text))) return null;
    }
    return (await this.write(rows === 0 ? ']' : '\n  ]')) ? rows : null;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

// --- /mydata delete ---

export type ErasurePreview = { kind: 'preview'; summary: ErasureSummary } | { kind: 'nothing' };

/**
 * What `/mydata delete` would erase now, for the confirmation (read only): the same summary the
 * erasure answers with. `nothing` when no row of the member would change.
 */
export function previewErasure(deps: Pick<LifecycleDeps, 'store'>, input: MemberDataInput): ErasurePreview {
  const { store } = deps;
  const counts: MemberDataCounts = store.memberData.counts(input.guildId, input.memberId);
  const summary: ErasureSummary = {
    feedback: counts.feedback,
    votes: counts.votes,
    withdrawnVotes: counts.withdrawnVotes,
    follows: counts.follows,
    waitlist: counts.waitlist,
    notificationSetting: counts.notificationSetting,
    access: store.memberData
      .liveGrantFeatureIds(input.guildId, input.memberId)
      .map((id) => store.features.findById(id)?.name ?? '?'),
  };
  return isEmptyErasure(summary) ? { kind: 'nothing' } : { kind: 'preview', summary };
}

export interface EraseInput extends MemberDataInput {
  /** The confirmation the member answered (the `/mydata delete` interaction): it erases once. */
  confirmationId: string;
}

/** `replayed`: this confirmation had already erased; nothing changed now and `summary` is what it erased then. */
export type ErasureOutcome = { kind: 'erased'; summary: ErasureSummary; replayed: boolean };

/**
 * `/mydata delete`, confirmed: in one transaction, erases the member's data in the server as
 * product.md §9 says. Their feedback items stay (number, status, tags, votes, triage history), the
 * body reads `[deleted by its author]` and the author is removed; their votes (counts follow),
 * withdrawn-vote records, follows, waitlist entries (open or closed) and notification setting are
 * deleted; their live grants are revoked (`revoked_by` themselves, reason `data deleted`) and the
 * role removals queued. SQLite's `secure_delete` zeroes the space the old text occupied. The copies
 * of their items in feedback channels are edited to the erased text, and the vote labels of items
 * they backed to the new counts. Kept: the grant and invite
 * rows (the record of who had access under which terms), maintainers' triage events and notes, and
 * delivered outbox rows (pruned after 30 days).
 *
 * Each confirmation erases once: a second press of the same button, or a replayed click, answers
 * with what the first erased.
 */
export function eraseMemberData(deps: LifecycleDeps, input: EraseInput): ErasureOutcome {
  const { store } = deps;
  const { guildId, memberId } = input;
  const now = deps.clock.now();
  let queued = false;
  const outcome = store.memberData.secureDelete(() =>
    store.transaction((): ErasureOutcome => {
      const recorded = store.memberData.findErasure(input.confirmationId);
      if (recorded) return { kind: 'erased', summary: recorded, replayed: true };
      const locale = serverLocale(store.settings.get(guildId));
      const erased = store.memberData.eraseFeedback(guildId, memberId, ERASED_BODY);
      for (const id of erased) queued = queueErasedCopy(deps, id, locale, now) || queued;
      const backed = store.memberData.deleteVotes(guildId, memberId);
      for (const id of backed) {
        const item = store.feedback.findById(id);
        if (item) queued = queueVoteLabelEdit(deps, item, item.votes, now) || queued;
      }
      const access: string[] = [];
      for (const featureId of store.memberData.liveGrantFeatureIds(guildId, memberId)) {
        const feature = store.features.findById(featureId);
        if (!feature || !store.access.revoke(featureId, memberId, memberId, DATA_DELETED_REASON, now))
          continue;
        const reason = { cause: 'data-deleted', featureKey: feature.key } as const;
        queueRole(deps, feature, memberId, 'role-remove', reason, null, now, locale);
        queued = true;
        access.push(feature.name);
      }
      const summary: ErasureSummary = {
        feedback: erased.length,
        votes: backed.length,
        withdrawnVotes: store.memberData.deleteWithdrawnVotes(guildId, memberId),
        follows: store.memberData.deleteFollows(guildId, memberId),
        waitlist: store.memberData.deleteWaitlist(guildId, memberId),
        notificationSetting: store.memberData.deleteNotificationSetting(guildId, memberId),
        access,
      };
      store.memberData.recordErasure(input.confirmationId, guildId, summary, now);
      return { kind: 'erased', summary, replayed: false };
    }),
  );
  if (queued) deps.wakeOutbox();
  return outcome;
}

/**
 * Queues the edit that shows the erased item in its copy in the feature's feedback channel (the
 * text marker, no author), with its vote button as it stands. Returns whether a row was queued.
 */
function queueErasedCopy(deps: LifecycleDeps, feedbackId: number, locale: Locale, now: Date): boolean {
  const { store } = deps;
  const copy = store.votes.copyOf(feedbackId);
  if (!copy || (copy.messageId === null && copy.outboxId === null)) return false;
  const item: FeedbackItem | null = store.feedback.findById(feedbackId);
  const feature = item ? store.features.findById(item.featureId) : null;
  if (!item || !feature) return false;
  const buttons = deps.render.voteButtons(
    locale,
    { id: item.id, number: item.number, closed: isClosedStatus(item.status) },
    item.votes,
  );
  store.outbox.enqueue(
    item.guildId,
    {
      kind: 'message-edit',
      ...copyEditTarget(copy),
      body: { embeds: deps.render.feedbackMirror(locale, item, feature).embeds ?? [], ...buttons },
    },
    null,
    now,
  );
  // The thread's or post's name quotes the start of the feedback: renamed with the marker.
  queueThreadRename(deps, item, now);
  return true;
}
