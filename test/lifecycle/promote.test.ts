import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxEffect } from '../../src/domain/entities.js';
import { runFanoutBatch } from '../../src/lifecycle/fanout.js';
import { THANKS_BATCH } from '../../src/lifecycle/notifications.js';
import { type PromoteInput, promoteFeature } from '../../src/lifecycle/promote.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seededMemberId,
  seedFeature,
  seedFeedback,
  seedFeedbackItems,
  seedGrant,
} from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

const member = (i: number) => `70000000000000${String(i).padStart(4, '0')}`;
const waiting = ['600000000000000001', '600000000000000002'];

function darkMode(overrides: Parameters<typeof seedFeature>[2] = {}) {
  return seedFeature(world.store, world.clock.now(), {
    feedbackChannelId: IDS.feedbackChannel,
    ...overrides,
  });
}

/** Feedback from `count` distinct members at the feature's current level. */
function feedback(featureId: number, count: number, tags = ['idea']): void {
  const feature = world.store.features.findById(featureId)!;
  for (let i = 0; i < count; i++) {
    seedFeedback(world.store, world.clock.now(), feature, { authorId: member(i), tags });
  }
}

/** Each call is a new interaction unless `over` names one. */
let interactions = 0;

function promote(featureId: number, over: Partial<PromoteInput> = {}) {
  const feature = world.store.features.findById(featureId)!;
  interactions += 1;
  return promoteFeature(world.deps, {
    guildId: IDS.guild,
    actorId: IDS.maintainer,
    featureId,
    expectedLevel: feature.level,
    note: null,
    force: false,
    dryRun: false,
    roleExists: true,
    sourceInteractionId: `70000000000000${String(interactions).padStart(4, '0')}`,
    ...over,
  });
}

const outbox = () =>
  world.store.db.prepare('SELECT kind, payload, actor_id FROM outbox ORDER BY id').all() as {
    kind: string;
    payload: string;
    actor_id: string | null;
  }[];
const effects = () => outbox().map((row) => ({ kind: row.kind, ...JSON.parse(row.payload) }) as OutboxEffect);
const levelOf = (featureId: number) => world.store.features.findById(featureId)!.level;

describe('promoteFeature', () => {
  it('refuses a promotion with unmet gates and changes nothing', () => {
    const feature = darkMode();
    world.clock.advanceDays(1);
    const outcome = promote(feature.id);
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'gates-unmet' });
    expect(levelOf(feature.id)).toBe('early-access');
    expect(world.store.promotions.history(feature.id)).toEqual([]);
    expect(outbox()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('records a forced promotion with its unmet report and the note, and queues the announcement', () => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    const feature = darkMode();
    world.clock.advanceDays(2);
    const outcome = promote(feature.id, { force: true, note: 'Ship it' });
    expect(outcome.kind).toBe('promoted');
    const [promotion] = world.store.promotions.history(feature.id);
    expect(promotion).toMatchObject({
      from: 'early-access',
      to: 'preview',
      forced: true,
      note: 'Ship it',
      byId: IDS.maintainer,
    });
    expect(promotion!.report!.ready).toBe(false);
    expect(promotion!.report!.gates.find((g) => g.gate === 'min_days')).toMatchObject({
      actual: 2,
      met: false,
    });
    const moved = world.store.features.findById(feature.id)!;
    expect(moved.level).toBe('preview');
    expect(moved.levelEnteredAt).toEqual(world.clock.now());
    expect(outbox().map((row) => [row.kind, row.actor_id])).toEqual([['message', IDS.maintainer]]);
    const [announcement] = effects();
    expect(announcement).toMatchObject({ kind: 'message', channelId: IDS.announcements });
    if (announcement?.kind !== 'message') return;
    expect(announcement.body.allowed_mentions).toEqual({ parse: [], roles: [IDS.role] });
    expect(announcement.body.embeds![0]!.fields).toContainEqual({ name: 'Note', value: 'Ship it' });
    expect(world.wakes()).toBe(1);
  });

  it('announces without a mention when the feature role no longer exists', () => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    const feature = darkMode();
    promote(feature.id, { force: true, roleExists: false });
    const [announcement] = effects();
    expect(announcement).toMatchObject({ kind: 'message', body: { allowed_mentions: { parse: [] } } });
    expect(announcement?.kind === 'message' && announcement.body.content).toBeUndefined();
  });

  it('a dry run plans the same effects and writes nothing', () => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    const feature = darkMode();
    world.store.waitlist.join(feature.id, waiting[0]!, world.clock.now());
    world.clock.advanceDays(2);
    const outcome = promote(feature.id, { force: true, dryRun: true });
    expect(outcome.kind).toBe('dry-run');
    if (outcome.kind !== 'dry-run') return;
    // Counted: the batches read the members themselves when the promotion happens.
    expect(outcome.plan.waitlisted).toBe(1);
    expect(outcome.plan.announcement?.channelId).toBe(IDS.announcements);
    expect(outcome.plan.announcement?.body.embeds?.[0]?.title).toBe('Dark mode: Early Access → Preview');
    expect(levelOf(feature.id)).toBe('early-access');
    expect(world.store.promotions.history(feature.id)).toEqual([]);
    expect(world.store.waitlist.head(feature.id).map((e) => e.memberId)).toEqual([waiting[0]]);
    expect(outbox()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('entering Preview tells every waitlisted member and closes their entries as gate-opened', () => {
    const feature = darkMode();
    feedback(feature.id, 10);
    for (const id of waiting) world.store.waitlist.join(feature.id, id, world.clock.now());
    world.clock.advanceDays(7);
    const outcome = promote(feature.id);
    expect(outcome).toMatchObject({ kind: 'promoted', plan: { forced: false, announcement: null } });
    // The waitlist notices, then the thanks to the 10 members who gave feedback at Early Access.
    const [dms, thanks] = [effects().slice(0, 2), effects().slice(2)];
    expect(dms.map((d) => d.kind === 'direct-message' && [d.userId, d.fallbackChannelId])).toEqual([
      [waiting[0], IDS.feedbackChannel],
      [waiting[1], IDS.feedbackChannel],
    ]);
    expect(thanks).toHaveLength(10);
    expect(thanks.every((d) => d.kind === 'direct-message' && d.notification === true)).toBe(true);
    expect(outbox().map((row) => row.actor_id)).toEqual(Array(12).fill(null));
    expect(dms[0]).toMatchObject({
      body: {
        content:
          '**Dark mode** is now in Preview: the invite gate is lifted and you can sign up with `/join feature:dark-mode`. You were on its waitlist, which is now closed.',
        allowed_mentions: { parse: [] },
      },
    });
    const reasons = world.store.db.prepare('SELECT close_reason FROM waitlist_entry').pluck().all();
    expect(reasons).toEqual(['gate-opened', 'gate-opened']);
  });

  it.each([
    ['remove', [IDS.alice, IDS.bob]],
    ['keep', []],
  ] as const)(
    'entering GA with the %s policy queues a role removal per live grant (%j)',
    (policy, removed) => {
      world.store.settings.setGaRolePolicy(IDS.guild, policy, world.clock.now());
      const feature = darkMode();
      seedGrant(world.store, world.clock.now(), feature, IDS.alice);
      seedGrant(world.store, world.clock.now(), feature, IDS.bob);
      promote(feature.id, { force: true });
      world.clock.advanceDays(1);
      expect(promote(feature.id, { force: true }).kind).toBe('promoted');
      const removals = effects().filter((e) => e.kind === 'role-remove');
      expect(removals).toEqual(
        removed.map((memberId) => ({
          kind: 'role-remove',
          memberId,
          roleId: IDS.role,
          reason: 'Stagegate: dark-mode reached General Availability (role policy: remove)',
        })),
      );
      expect(levelOf(feature.id)).toBe('ga');
    },
  );

  it('refuses to promote a GA feature', () => {
    const feature = darkMode({ level: 'ga' });
    world.clock.advanceDays(1);
    expect(promote(feature.id, { force: true })).toMatchObject({ kind: 'refused', reason: 'at-ga' });
    expect(world.store.promotions.history(feature.id)).toEqual([]);
    expect(levelOf(feature.id)).toBe('ga');
  });

  it('refuses to promote a feature retired since the maintainer looked', () => {
    const feature = darkMode();
    world.store.features.retire(feature.id, IDS.maintainer, 'gone', world.clock.now());
    expect(promote(feature.id, { force: true, expectedLevel: 'early-access' })).toMatchObject({
      kind: 'refused',
      reason: 'retired',
    });
    expect(world.store.promotions.history(feature.id)).toEqual([]);
  });

  it('a second promotion from the same level is stale, even when forced', () => {
    const feature = darkMode();
    world.clock.advanceDays(1);
    expect(promote(feature.id, { force: true, expectedLevel: 'early-access' }).kind).toBe('promoted');
    expect(promote(feature.id, { force: true, expectedLevel: 'early-access' }).kind).toBe('stale');
    expect(levelOf(feature.id)).toBe('preview');
    expect(world.store.promotions.history(feature.id)).toHaveLength(1);
  });

  it('refuses a second promotion within a minute of the first, then allows it', () => {
    const feature = darkMode();
    world.clock.advanceDays(1);
    expect(promote(feature.id, { force: true }).kind).toBe('promoted');
    world.clock.advance(30_000);
    expect(promote(feature.id, { force: true }).kind).toBe('stale');
    world.clock.advance(30_000);
    expect(promote(feature.id, { force: true }).kind).toBe('promoted');
    expect(world.store.promotions.history(feature.id).map((p) => p.to)).toEqual(['preview', 'ga']);
  });

  it('promotes once for an interaction delivered twice, minutes apart, and says so the second time', () => {
    const feature = darkMode();
    world.clock.advanceDays(1);
    const first = promote(feature.id, { force: true, sourceInteractionId: '700000000000009999' });
    expect(first.kind).toBe('promoted');
    const rowsBefore = outbox().length;
    world.clock.advance(5 * 60_000);
    const again = promote(feature.id, { force: true, sourceInteractionId: '700000000000009999' });
    expect(again).toMatchObject({ kind: 'replayed', promotion: { from: 'early-access', to: 'preview' } });
    expect(levelOf(feature.id)).toBe('preview');
    expect(world.store.promotions.history(feature.id)).toHaveLength(1);
    expect(outbox()).toHaveLength(rowsBefore);
    expect(promote(feature.id, { force: true }).kind).toBe('promoted');
  });

  it('queues an announcement whose evidence fits Discord with 50 long tags', () => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    const feature = darkMode();
    for (let i = 0; i < 50; i++) {
      const tag = `tag-${String(i).padStart(2, '0')}-${'x'.repeat(17)}`;
      seedFeedback(world.store, world.clock.now(), feature, { authorId: member(i), tags: [tag] });
    }
    expect(promote(feature.id, { force: true, note: 'n'.repeat(1000) }).kind).toBe('promoted');
    const [announcement] = effects();
    if (announcement?.kind !== 'message') throw new Error('no announcement queued');
    for (const field of announcement.body.embeds![0]!.fields!)
      expect(field.value.length).toBeLessThanOrEqual(1024);
    expect(announcement.body.embeds![0]!.fields!.at(-1)!.value).toMatch(/ · and \d+ more\)\n/);
  });
});

describe('thanks on promotion', () => {
  const dmRows = () =>
    outbox()
      .filter((row) => row.kind === 'direct-message')
      .map(
        (row) =>
          JSON.parse(row.payload) as { userId: string; notification?: true; body: { content: string } },
      );

  /** Alice gave two items (one resolved since), Bob one; Carol and Dave only voted. */
  function contributions(featureId: number) {
    const feature = world.store.features.findById(featureId)!;
    const a1 = seedFeedback(world.store, world.clock.now(), feature, {
      authorId: IDS.alice,
      body: 'Flickers',
    });
    seedFeedback(world.store, world.clock.now(), feature, {
      authorId: IDS.alice,
      body: 'Too dark',
      status: 'resolved',
    });
    const b1 = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.bob, body: 'Lovely' });
    world.store.votes.cast(a1.id, IDS.carol, null, world.clock.now());
    world.store.votes.cast(b1.id, member(1), null, world.clock.now());
    world.store.votes.cast(a1.id, IDS.bob, null, world.clock.now());
  }

  it('thanks each member who gave feedback at the level left once, listing their items, and no voter', () => {
    const feature = darkMode();
    contributions(feature.id);
    world.clock.advanceDays(1);
    const outcome = promote(feature.id, { force: true });
    expect(outcome).toMatchObject({ kind: 'promoted', plan: { thanked: 2 } });
    const dms = dmRows();
    expect(dms.map((dm) => dm.userId).sort()).toEqual([IDS.alice, IDS.bob].sort());
    expect(dms.every((dm) => dm.notification === true)).toBe(true);
    const alice = dms.find((dm) => dm.userId === IDS.alice)!;
    expect(alice.body.content).toBe(
      '**Dark mode** moved from Early Access to Preview. Thank you for your feedback at Early Access; ' +
        'this is where it stands:\n**#1** · **Open** · Flickers\n**#2** · **Resolved** · Too dark',
    );
    expect(world.wakes()).toBe(1);
  });

  it('thanks for the level left only, in the language of the server', () => {
    world.store.settings.setLanguage(IDS.guild, 'fr', world.clock.now());
    const feature = darkMode();
    seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.carol, body: 'Early words' });
    promote(feature.id, { force: true });
    world.clock.advanceDays(1);
    const preview = world.store.features.findById(feature.id)!;
    seedFeedback(world.store, world.clock.now(), preview, { authorId: IDS.alice, body: 'Later words' });
    const before = dmRows().length;
    promote(feature.id, { force: true });
    const [dm, ...others] = dmRows().slice(before);
    expect(others).toEqual([]);
    expect(dm).toMatchObject({ userId: IDS.alice });
    expect(dm!.body.content).toBe(
      '**Dark mode** passe de Preview à General Availability. Merci pour vos retours en Preview\u202f; ' +
        'voici où ils en sont\u00a0:\n**#2** · **Ouvert** · Later words',
    );
  });

  it('a dry run says how many members would be thanked and writes nothing', () => {
    const feature = darkMode();
    contributions(feature.id);
    world.store.notifications.set(IDS.guild, IDS.bob, false, world.clock.now());
    const outcome = promote(feature.id, { force: true, dryRun: true });
    expect(outcome).toMatchObject({ kind: 'dry-run', plan: { thanked: 1 } });
    expect(outbox()).toEqual([]);
    expect(levelOf(feature.id)).toBe('early-access');
    expect(world.wakes()).toBe(0);
    // The promotion then thanks exactly those: Bob turned notifications off.
    expect(promote(feature.id, { force: true })).toMatchObject({ kind: 'promoted', plan: { thanked: 1 } });
    expect(dmRows().map((dm) => dm.userId)).toEqual([IDS.alice]);
  });

  it('thanks 10,000 members in batches: 100 with the promotion, the rest in the background (prints the time; no assertion on time)', () => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    const feature = darkMode();
    // 10,000 members, two items each, at Early Access.
    seedFeedbackItems(world.store, world.clock.now(), feature, 20_000, (n) => ({
      authorId: seededMemberId(n % 10_000),
      body: `Feedback number ${n}`,
    }));
    world.clock.advanceDays(7);
    const dry = performance.now();
    expect(promote(feature.id, { dryRun: true })).toMatchObject({
      kind: 'dry-run',
      plan: { thanked: 10_000 },
    });
    const dryMs = performance.now() - dry;
    const started = performance.now();
    const outcome = promote(feature.id);
    const promotedMs = performance.now() - started;
    expect(outcome).toMatchObject({ kind: 'promoted', plan: { forced: false, thanked: 10_000 } });
    // The announcement and the first batch of thanks are written with the promotion.
    expect(outbox()).toHaveLength(1 + THANKS_BATCH);
    // The rest, one batch at a time, each read back from the database as after a restart.
    const batches = performance.now();
    let count = 0;
    for (let job = world.store.fanout.unfinished(1)[0]; job; job = world.store.fanout.unfinished(1)[0]) {
      expect(job.kind).toBe('thanks');
      runFanoutBatch(world.deps, job, world.clock.now());
      count++;
    }
    const batchesMs = performance.now() - batches;
    process.stdout.write(
      `promotion thanking 10,000 members (20,000 items): dry run ${dryMs.toFixed(0)} ms, ` +
        `promotion (announcement + first ${THANKS_BATCH} thanks) ${promotedMs.toFixed(0)} ms, ` +
        `${count} background batches ${batchesMs.toFixed(0)} ms (${(batchesMs / count).toFixed(1)} ms each)\n`,
    );
    expect(count).toBe(10_000 / THANKS_BATCH);
    expect(outbox()).toHaveLength(10_001);
    const thanked = dmRows().map((dm) => dm.userId);
    expect(new Set(thanked).size).toBe(10_000);
    expect(thanked).toHaveLength(10_000);
  });
});
