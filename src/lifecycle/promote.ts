import type { Feature, OutboxMessageBody, Promotion } from '../domain/entities.js';
import type { ReadinessReport } from '../domain/gates.js';
import { type Level, transitionFrom } from '../domain/levels.js';
import { decidePromotion, type GaRolePolicy, rolesToRemoveOnPromotion } from '../domain/promotion.js';
import { justPromoted } from '../domain/promotion-guard.js';
import { serverLocale } from '../text/index.js';
import type { LifecycleDeps } from './deps.js';
import { startFanout } from './fanout.js';
import { levelEvidence, readinessEvidence, readinessOf } from './readiness.js';

export interface PromoteInput {
  guildId: string;
  actorId: string;
  /** The feature the maintainer named, and the level they saw it at. */
  featureId: number;
  expectedLevel: Level;
  note: string | null;
  force: boolean;
  /** Plan and report, write nothing. */
  dryRun: boolean;
  /** Whether the feature's role still exists in the guild (the announcement mentions it only then). */
  roleExists: boolean;
  /** The interaction asking: delivered twice, it finds its promotion instead of promoting again. */
  sourceInteractionId: string;
}

/** Everything a promotion does, computed before anything is written so a dry run can show it. */
export interface PromotionPlan {
  feature: Feature;
  from: Level;
  to: Level;
  forced: boolean;
  report: ReadinessReport;
  note: string | null;
  /** Null when the guild has no announcement channel: the maintainer is told instead. */
  announcement: { channelId: string; body: OutboxMessageBody } | null;
  gaRolePolicy: GaRolePolicy;
  /** How many members have their feature role taken back (entering GA with policy `remove`). */
  roleRemovals: number;
  /** How many waitlisted members are told they can sign up (entering Preview). */
  waitlisted: number;
  /**
   * Members thanked by direct message for their feedback at `from` (one each, listing their items;
   * not the members who turned notifications off in the server).
   */
  thanked: number;
}

export type PromotionOutcome =
  | {
      kind: 'refused';
      reason: 'at-ga' | 'retired' | 'gates-unmet';
      feature: Feature;
      report: ReadinessReport | null;
    }
  /** Someone promoted (or retired) the feature between the maintainer's look and this promotion. */
  | { kind: 'stale'; feature: Feature }
  /** This very interaction promoted the feature already (Discord delivered it twice); nothing changed now. */
  | { kind: 'replayed'; feature: Feature; promotion: Promotion }
  | { kind: 'dry-run'; plan: PromotionPlan }
  | { kind: 'promoted'; plan: PromotionPlan; promotionId: number };

type PlanDeps = Pick<LifecycleDeps, 'store' | 'render'>;

/** Reads the evidence and decides; writes nothing. */
function planPromotion(
  deps: PlanDeps,
  feature: Feature,
  input: PromoteInput,
  now: Date,
): Extract<PromotionOutcome, { kind: 'refused' }> | { kind: 'plan'; plan: PromotionPlan } {
  const { store } = deps;
  // Counted once: the gate and the announcement show the same participants.
  const evidence = transitionFrom(feature.level) ? readinessEvidence(store, feature, now) : undefined;
  const report = readinessOf(store, feature, now, evidence);
  const decision = decidePromotion(feature, report, { force: input.force });
  if (decision.kind === 'refused') return { kind: 'refused', reason: decision.reason, feature, report };
  const settings = store.settings.get(feature.guildId);
  const locale = serverLocale(settings);
  const announcement = settings.announcementChannelId
    ? {
        channelId: settings.announcementChannelId,
        body: deps.render.promotionAnnouncement(locale, {
          feature,
          from: decision.from,
          to: decision.to,
          note: input.note,
          evidence: levelEvidence(store, feature, evidence?.participants),
          levelEnteredAt: feature.levelEnteredAt,
          at: now,
          roleExists: input.roleExists,
        }),
      }
    : null;
  return {
    kind: 'plan',
    plan: {
      feature,
      from: decision.from,
      to: decision.to,
      forced: decision.forced,
      report: decision.report,
      note: input.note,
      announcement,
      gaRolePolicy: settings.gaRolePolicy,
      // Counted, not listed: the batches read the members themselves (50,000 rows stay unread here).
      roleRemovals: rolesToRemoveOnPromotion(decision.to, settings.gaRolePolicy)
        ? store.access.countActive(feature.id)
        : 0,
      waitlisted: decision.to === 'preview' ? store.waitlist.size(feature.id) : 0,
      thanked: store.votes.thanksRecipients(feature.id, decision.from),
    },
  };
}

class LostRace extends Error {}

/**
 * Promotes the feature the maintainer looked at, if it is still at `expectedLevel`. Evidence,
 * decision and every write happen in one IMMEDIATE transaction: the level and its entry time, the
 * promotion record with its report, the announcement, waitlist notices, role removals and the
 * thanks to each member who gave feedback at the level left (one direct message each). Two
 * maintainers promoting at once produce one promotion; the other gets `stale`, as does any request
 * within a minute of the last promotion (see `justPromoted`). A dry run stops after the plan.
 */
export function promoteFeature(deps: LifecycleDeps, input: PromoteInput): PromotionOutcome {
  const { store } = deps;
  const now = deps.clock.now();
  let outcome: PromotionOutcome;
  try {
    outcome = store.transaction((): PromotionOutcome => {
      const feature = store.features.findById(input.featureId);
      if (!feature || feature.guildId !== input.guildId)
        throw new Error(`feature ${input.featureId} vanished`);
      const earlier = input.dryRun
        ? null
        : store.promotions.findBySourceInteraction(input.sourceInteractionId);
      if (earlier) return { kind: 'replayed', feature, promotion: earlier };
      if (feature.state !== 'active') return { kind: 'refused', reason: 'retired', feature, report: null };
      if (feature.level !== input.expectedLevel || justPromoted(feature, now)) {
        return { kind: 'stale', feature };
      }
      const planned = planPromotion(deps, feature, input, now);
      if (planned.kind === 'refused') return planned;
      const { plan } = planned;
      if (input.dryRun) return { kind: 'dry-run', plan };
      if (!store.features.changeLevel(feature.id, plan.from, plan.to, now)) throw new LostRace();
      const promotionId = store.promotions.record(
        {
          featureId: feature.id,
          from: plan.from,
          to: plan.to,
          byId: input.actorId,
          note: plan.note,
          report: plan.report,
          forced: plan.forced,
          sourceInteractionId: input.sourceInteractionId,
        },
        now,
      );
      if (promotionId === null) throw new LostRace();
      queueEffects(deps, plan, input.actorId, now);
      return { kind: 'promoted', plan, promotionId };
    });
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    const feature = store.features.findById(input.featureId);
    if (!feature) throw error;
    return { kind: 'stale', feature };
  }
  if (outcome.kind === 'promoted') deps.wakeOutbox();
  return outcome;
}

function queueEffects(deps: PlanDeps, plan: PromotionPlan, actorId: string, now: Date): void {
  const { store } = deps;
  const { feature } = plan;
  if (plan.announcement) {
    store.outbox.enqueue(
      feature.guildId,
      { kind: 'message', channelId: plan.announcement.channelId, body: plan.announcement.body },
      actorId,
      now,
    );
  }
  // Per-member effects go in batches (the first in this transaction, the rest in the background),
  // so a promotion of 50,000 members answers at once and other interactions are not held up.
  const job = { guildId: feature.guildId, featureId: feature.id, params: { at: now.toISOString() } };
  if (plan.roleRemovals > 0) startFanout(deps, { ...job, kind: 'ga-role-remove', actorId }, now);
  if (plan.waitlisted > 0) {
    store.waitlist.closeAll(feature.id, 'gate-opened', now);
    // No actor: a closed DM without a fallback is reported to the log channel, not to the maintainer per member.
    startFanout(deps, { ...job, kind: 'waitlist-opened', actorId: null }, now);
  }
  // Everyone who gave feedback at the level left is thanked (counted in the plan, so the reply and
  // a dry run say how many), in batches: the first now, the rest in the background.
  if (plan.thanked > 0)
    startFanout(deps, { ...job, kind: 'thanks', actorId: null, params: { from: plan.from } }, now);
  // The level tag of each open forum post follows the feature, at the outbox's pace.
  if (store.discussion.openPosts(feature.id, 0, 1).length > 0)
    startFanout(deps, { ...job, kind: 'retag-posts', actorId: null, params: { level: plan.to } }, now);
}
