import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ComponentSigner } from '../../src/discord/component-id.js';
import { promoteFeature } from '../../src/discord/promotion.js';
import { createEffectRenderer } from '../../src/discord/render/effects.js';
import { renderPromotionHistory } from '../../src/discord/render/promotion.js';
import type { Feature } from '../../src/domain/entities.js';
import { ReadinessSweep } from '../../src/lifecycle/readiness-sweep.js';
import type { NewPromotion } from '../../src/store/promotion-repository.js';
import { openStore, type Store } from '../../src/store/store.js';

const GUILD = '100000000000000001';
const ROLE = '200000000000000001';
const MAINTAINER = '300000000000000001';
const start = new Date('2025-03-01T00:00:00.000Z');
const later = (days: number) => new Date(start.getTime() + days * 86_400_000);

function setup(): { store: Store; feature: Feature } {
  const store = openStore(':memory:');
  store.settings.ensure(GUILD, start);
  const feature = store.features.create(
    {
      guildId: GUILD,
      key: 'dark-mode',
      name: 'Dark mode',
      description: 'A darker theme',
      roleId: ROLE,
      feedbackChannelId: '400000000000000001',
      seatCap: null,
      createdBy: MAINTAINER,
    },
    start,
  );
  return { store, feature };
}

let feedbackCounter = 0;
function addFeedback(store: Store, feature: Feature, tag: string, author: string, status = 'open'): void {
  const current = store.features.findById(feature.id)!;
  feedbackCounter++;
  const id = store.db
    .prepare(
      `INSERT INTO feedback (guild_id, number, feature_id, level, author_id, body, status, source_interaction_id, created_at)
       VALUES (?, ?, ?, ?, ?, 'text', ?, ?, ?) RETURNING id`,
    )
    .pluck()
    .get(
      GUILD,
      feedbackCounter,
      feature.id,
      current.level,
      author,
      status,
      `i-${feedbackCounter}`,
      start.toISOString(),
    );
  store.db.prepare('INSERT INTO feedback_tag (feedback_id, tag) VALUES (?, ?)').run(id, tag);
}

function grant(store: Store, feature: Feature, member: string): void {
  store.db
    .prepare(
      `INSERT INTO access_grant (feature_id, member_id, how, granted_by, granted_at) VALUES (?, ?, 'invite', ?, ?)`,
    )
    .run(feature.id, member, MAINTAINER, start.toISOString());
}

function waitlist(store: Store, feature: Feature, member: string): void {
  store.db
    .prepare('INSERT INTO waitlist_entry (feature_id, member_id, joined_at) VALUES (?, ?, ?)')
    .run(feature.id, member, start.toISOString());
}

const outboxRows = (store: Store) =>
  store.db.prepare('SELECT kind, payload, actor_id FROM outbox ORDER BY id').all() as {
    kind: string;
    payload: string;
    actor_id: string | null;
  }[];

const request = (over: Partial<{ note: string | null; force: boolean; dryRun: boolean }> = {}) => ({
  actorId: MAINTAINER,
  note: null,
  force: false,
  dryRun: false,
  roleExists: true,
  ...over,
});

describe('promotion flow on the store', () => {
  it('refuses a promotion with unmet gates and changes nothing', () => {
    const { store, feature } = setup();
    const outcome = promoteFeature(store, feature.id, 'early-access', request(), later(1));
    expect(outcome).toMatchObject({ kind: 'refused', reason: 'gates-unmet' });
    expect(store.features.findById(feature.id)!.level).toBe('early-access');
    expect(store.promotions.history(feature.id)).toEqual([]);
    expect(outboxRows(store)).toEqual([]);
  });

  it('records a forced promotion with its unmet report and the note', () => {
    const { store, feature } = setup();
    store.settings.setAnnouncementChannel(GUILD, '500000000000000001', start);
    const outcome = promoteFeature(
      store,
      feature.id,
      'early-access',
      request({ force: true, note: 'Ship it' }),
      later(2),
    );
    expect(outcome.kind).toBe('promoted');
    const [promotion] = store.promotions.history(feature.id);
    expect(promotion).toMatchObject({
      from: 'early-access',
      to: 'preview',
      forced: true,
      note: 'Ship it',
      byId: MAINTAINER,
    });
    expect(promotion!.report!.ready).toBe(false);
    expect(promotion!.report!.gates.find((g) => g.gate === 'min_days')).toMatchObject({
      actual: 2,
      met: false,
    });
    const moved = store.features.findById(feature.id)!;
    expect(moved.level).toBe('preview');
    expect(moved.levelEnteredAt).toEqual(later(2));
    const rows = outboxRows(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.kind).toBe('message');
    expect(JSON.parse(rows[0]!.payload).body.allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
  });

  it('a dry run plans the same effects and writes nothing', () => {
    const { store, feature } = setup();
    store.settings.setAnnouncementChannel(GUILD, '500000000000000001', start);
    waitlist(store, feature, '600000000000000001');
    const outcome = promoteFeature(
      store,
      feature.id,
      'early-access',
      request({ force: true, dryRun: true }),
      later(2),
    );
    expect(outcome.kind).toBe('dry-run');
    if (outcome.kind !== 'dry-run') return;
    expect(outcome.plan.waitlisted).toEqual(['600000000000000001']);
    expect(outcome.plan.announcement?.channelId).toBe('500000000000000001');
    expect(store.features.findById(feature.id)!.level).toBe('early-access');
    expect(store.promotions.history(feature.id)).toEqual([]);
    expect(store.waitlist.head(feature.id).map((e) => e.memberId)).toEqual(['600000000000000001']);
    expect(outboxRows(store)).toEqual([]);
  });

  it('entering Preview tells every waitlisted member and closes their entries as gate-opened', () => {
    const { store, feature } = setup();
    for (let i = 0; i < 10; i++) addFeedback(store, feature, 'idea', `70000000000000000${i}`);
    waitlist(store, feature, '600000000000000001');
    waitlist(store, feature, '600000000000000002');
    const outcome = promoteFeature(store, feature.id, 'early-access', request(), later(7));
    expect(outcome).toMatchObject({ kind: 'promoted', plan: { forced: false, announcement: null } });
    const dms = outboxRows(store).map((r) => ({ kind: r.kind, ...JSON.parse(r.payload) }));
    expect(dms.map((d) => [d.kind, d.userId, d.fallbackChannelId])).toEqual([
      ['direct-message', '600000000000000001', '400000000000000001'],
      ['direct-message', '600000000000000002', '400000000000000001'],
    ]);
    expect(dms[0].body.content).toContain('/join feature:dark-mode');
    const reasons = store.db.prepare('SELECT close_reason FROM waitlist_entry').pluck().all();
    expect(reasons).toEqual(['gate-opened', 'gate-opened']);
  });

  it('entering GA with the remove policy queues a role removal per live grant, and none with keep', () => {
    for (const policy of ['keep', 'remove'] as const) {
      const { store, feature } = setup();
      store.settings.setGaRolePolicy(GUILD, policy, start);
      grant(store, feature, '800000000000000001');
      grant(store, feature, '800000000000000002');
      promoteFeature(store, feature.id, 'early-access', request({ force: true }), later(1));
      promoteFeature(store, feature.id, 'preview', request({ force: true }), later(2));
      const removals = outboxRows(store).filter((r) => r.kind === 'role-remove');
      expect(removals.map((r) => JSON.parse(r.payload).memberId)).toEqual(
        policy === 'remove' ? ['800000000000000001', '800000000000000002'] : [],
      );
      expect(store.features.findById(feature.id)!.level).toBe('ga');
    }
  });

  it('refuses to promote a GA feature', () => {
    const { store, feature } = setup();
    promoteFeature(store, feature.id, 'early-access', request({ force: true }), later(1));
    promoteFeature(store, feature.id, 'preview', request({ force: true }), later(2));
    expect(promoteFeature(store, feature.id, 'ga', request({ force: true }), later(3))).toMatchObject({
      kind: 'refused',
      reason: 'at-ga',
    });
    expect(store.promotions.history(feature.id)).toHaveLength(2);
  });

  it('a second promotion from the same level is stale, even when forced', () => {
    const { store, feature } = setup();
    expect(promoteFeature(store, feature.id, 'early-access', request({ force: true }), later(1)).kind).toBe(
      'promoted',
    );
    expect(promoteFeature(store, feature.id, 'early-access', request({ force: true }), later(1)).kind).toBe(
      'stale',
    );
    expect(store.features.findById(feature.id)!.level).toBe('preview');
    expect(store.promotions.history(feature.id)).toHaveLength(1);
  });

  it('refuses a second promotion within a minute of the first, then allows it', () => {
    const { store, feature } = setup();
    const first = later(1);
    expect(promoteFeature(store, feature.id, 'early-access', request({ force: true }), first).kind).toBe(
      'promoted',
    );
    const soon = new Date(first.getTime() + 30_000);
    expect(promoteFeature(store, feature.id, 'preview', request({ force: true }), soon).kind).toBe('stale');
    const afterCooldown = new Date(first.getTime() + 60_000);
    expect(promoteFeature(store, feature.id, 'preview', request({ force: true }), afterCooldown).kind).toBe(
      'promoted',
    );
    expect(store.promotions.history(feature.id).map((p) => p.to)).toEqual(['preview', 'ga']);
  });

  it('the promotion table keeps one row per feature and level left', () => {
    const { store, feature } = setup();
    const report = {
      transition: 'early-access->preview',
      from: 'early-access',
      to: 'preview',
      gates: [],
      ready: true,
      evaluatedAt: start.toISOString(),
    } as const;
    const row: NewPromotion = {
      featureId: feature.id,
      from: 'early-access',
      to: 'preview',
      byId: MAINTAINER,
      note: null,
      report: { ...report, gates: [] },
      forced: false,
    };
    expect(store.promotions.record(row, start)).toBeTypeOf('number');
    expect(store.promotions.record(row, start)).toBeNull();
  });
});

describe('readiness sweep', () => {
  it('posts one notice when time alone makes a feature ready, and not again', () => {
    const { store, feature } = setup();
    store.settings.setLogChannel(GUILD, '900000000000000001', start);
    for (let i = 0; i < 10; i++) addFeedback(store, feature, 'bug', `70000000000000000${i}`);
    let now = later(6);
    const sweep = new ReadinessSweep(
      {
        store,
        clock: { now: () => now },
        render: createEffectRenderer(new ComponentSigner(store.secret('component-signing'))),
        wakeOutbox: () => {},
      },
      pino({ level: 'silent' }),
    );
    expect(sweep.runOnce()).toBe(0);
    now = later(7);
    expect(sweep.runOnce()).toBe(1);
    expect(sweep.runOnce()).toBe(0);
    now = later(30);
    expect(sweep.runOnce()).toBe(0);
    const notices = outboxRows(store).filter((r) => r.kind === 'message');
    expect(notices).toHaveLength(1);
    expect(JSON.parse(notices[0]!.payload).channelId).toBe('900000000000000001');
  });

  it('an open blocker keeps the feature from being reported ready', () => {
    const { store, feature } = setup();
    store.settings.setLogChannel(GUILD, '900000000000000001', start);
    for (let i = 0; i < 10; i++) addFeedback(store, feature, 'bug', `70000000000000000${i}`);
    addFeedback(store, feature, 'blocker', '700000000000000099');
    const sweep = new ReadinessSweep(
      {
        store,
        clock: { now: () => later(8) },
        render: createEffectRenderer(new ComponentSigner(store.secret('component-signing'))),
        wakeOutbox: () => {},
      },
      pino({ level: 'silent' }),
    );
    expect(sweep.runOnce()).toBe(0);
    expect(outboxRows(store)).toEqual([]);
  });
});

describe('promotion history rendering', () => {
  it('keeps the newest level changes when the history would overflow one embed field', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({
      id: i,
      featureId: 1,
      from: 'early-access' as const,
      to: 'preview' as const,
      byId: MAINTAINER,
      at: later(i),
      note: `${'n'.repeat(150)} ${i}`,
      report: null,
      forced: i % 2 === 0,
    }));
    const field = renderPromotionHistory(entries);
    expect(field.value.length).toBeLessThanOrEqual(1024);
    const lines = field.value.split('\n');
    expect(lines[0]).toMatch(/^…and \d+ earlier\.$/);
    expect(lines.at(-1)).toContain(' 11');
  });
});
