import type { Feature, FeedbackItem, OutboxMessageBody } from '../domain/entities.js';
import type { FeedbackStatus } from '../domain/feedback-rules.js';
import type { Level } from '../domain/levels.js';
import { followersToNotify } from '../domain/votes.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';

/** Items a thanks message is given to list; the renderer fits what it can and counts the rest. */
export const THANKS_ITEMS_LIMIT = 50;

type QueueDeps = Pick<LifecycleDeps, 'store' | 'render'>;

/**
 * Queues one notification DM. Notifications never fall back to a channel mention: a member whose
 * DMs are closed is skipped and counted by the outbox worker (`notification: true`). No actor: a
 * failure is not the business of the maintainer whose action caused it.
 */
function queueNotification(
  deps: QueueDeps,
  guildId: string,
  memberId: string,
  body: OutboxMessageBody,
  now: Date,
) {
  deps.store.outbox.enqueue(
    guildId,
    { kind: 'direct-message', userId: memberId, body, fallbackChannelId: null, notification: true },
    null,
    now,
  );
}

/**
 * Tells each follower of `item` (its author, its voters, the followers a duplicate handed over;
 * minus the members who turned notifications off in that server) that its status is now
 * `newStatus`, with the maintainer's note: one DM per member, queued in the caller's transaction.
 * Returns how many were queued; the caller wakes the outbox after committing when it is above 0.
 *
 * `onStatusChange` (src/lifecycle/votes.ts) calls it from `/triage set`'s transaction, after
 * `applyTriage`, only when the status changed (tags or a note alone notify nobody); for `duplicate`,
 * `mergeDuplicate` calls it with the original's number.
 */
export function queueStatusNotifications(
  deps: QueueDeps,
  item: FeedbackItem,
  newStatus: FeedbackStatus,
  note: string | null,
  now: Date,
  originalNumber: number | null = null,
): number {
  const { store } = deps;
  const feature = store.features.findById(item.featureId);
  const members = followersToNotify(
    item.authorId,
    store.votes.followers(item.id),
    store.notifications.disabled(item.guildId),
  );
  // Not caused by the member who gets it: in the server's language.
  const locale = serverLocale(store.settings.get(item.guildId));
  for (const memberId of members) {
    const body = deps.render.statusNotification(locale, {
      guildId: item.guildId,
      memberId,
      number: item.number,
      featureName: feature?.name ?? '?',
      status: newStatus,
      note,
      originalNumber,
    });
    queueNotification(deps, item.guildId, memberId, body, now);
  }
  return members.length;
}

/** Members thanked per batch of the `thanks` fan-out: each one's items are read and a DM rendered. */
export const THANKS_BATCH = 100;

/**
 * Thanks the next members (after `afterMember`, in id order, at most `limit`) who gave feedback on
 * `feature` at `levelLeft`: one DM each, listing their items there with their statuses, in the
 * server's language. Voters who gave none are not messaged; members who turned notifications off
 * are skipped. Returns how many members were read (fewer than `limit`: the last batch), how many
 * were thanked, and the last member read (the next batch starts after it).
 *
 * A promotion thanks its first batch in its own transaction and the rest in the background (the
 * `thanks` fan-out, `src/lifecycle/fanout.ts`): a level with 10,000 contributors answers at once.
 */
export function queueThanksBatch(
  deps: QueueDeps,
  feature: Feature,
  levelLeft: Level,
  afterMember: string | null,
  limit: number,
  now: Date,
): { read: number; thanked: number; lastMember: string | null } {
  const { store } = deps;
  const disabled = store.notifications.disabled(feature.guildId);
  const locale = serverLocale(store.settings.get(feature.guildId));
  const authors = store.votes.authorsAtLevel(feature.id, levelLeft, afterMember, limit, THANKS_ITEMS_LIMIT);
  let thanked = 0;
  for (const author of authors) {
    if (disabled.has(author.authorId)) continue;
    const body = deps.render.promotionThanks(locale, {
      guildId: feature.guildId,
      memberId: author.authorId,
      featureName: feature.name,
      from: levelLeft,
      to: feature.level,
      items: author.items,
      total: author.total,
    });
    queueNotification(deps, feature.guildId, author.authorId, body, now);
    thanked++;
  }
  return { read: authors.length, thanked, lastMember: authors.at(-1)?.authorId ?? null };
}

export type NotificationsOutcome = { kind: 'set'; enabled: boolean; changed: boolean };

/**
 * `/notifications setting:on|off` and the opt-out button of every notification DM: whether the
 * member gets status notifications and thanks in that server. Setting what is already set is
 * answered the same way (`changed: false`), so a replayed click changes nothing.
 */
export function setNotifications(
  deps: LifecycleDeps,
  input: { guildId: string; memberId: string; enabled: boolean },
): NotificationsOutcome {
  const now = deps.clock.now();
  const changed = deps.store.transaction(() =>
    deps.store.notifications.set(input.guildId, input.memberId, input.enabled, now),
  );
  return { kind: 'set', enabled: input.enabled, changed };
}
