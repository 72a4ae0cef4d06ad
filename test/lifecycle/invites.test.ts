import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/domain/entities.js';
import { INVITE_CODE_PATTERN } from '../../src/domain/invite-codes.js';
import type { TargetMember } from '../../src/lifecycle/access.js';
import {
  admitFromWaitlist,
  createInvite,
  DEFAULT_INVITE_LIFETIME_MS,
  listInvites,
  revokeInvite,
} from '../../src/lifecycle/invites.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedGrant } from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

const member = (id: string, facts: Partial<TargetMember> = {}): TargetMember => ({
  id,
  isBot: false,
  inServer: true,
  ...facts,
});

function create(
  feature: Feature,
  options: { interactionId?: string; target?: TargetMember; uses?: number; lifetimeMs?: number } = {},
) {
  return createInvite(world.deps, {
    feature,
    actorId: IDS.maintainer,
    interactionId: options.interactionId ?? 'interaction-1',
    guildName: 'Acme',
    uses: options.uses ?? null,
    lifetimeMs: options.lifetimeMs ?? null,
    target: options.target ?? null,
  });
}

const admit = (feature: Feature, count: number, interactionId = 'admit-1') =>
  admitFromWaitlist(world.deps, {
    feature,
    actorId: IDS.maintainer,
    interactionId,
    guildName: 'Acme',
    count,
  });

const inviteRows = () =>
  world.store.db
    .prepare('SELECT target_member_id, max_uses, expires_at, source_interaction_id FROM invite ORDER BY id')
    .all();
const outbox = () =>
  world.store.outbox.due(world.clock.now(), 1000).map(({ effect, actorId }) => ({ effect, actorId }));
const waitFor = (feature: Feature, ...ids: string[]) => {
  for (const id of ids) world.store.waitlist.join(feature.id, id, world.clock.now());
};

describe('createInvite', () => {
  it('makes a one-use code valid 7 days by default, remembering the interaction, and queues nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const outcome = create(feature);
    expect(outcome).toMatchObject({ kind: 'created', replayed: false, invite: { maxUses: 1, uses: 0 } });
    expect(outcome.kind === 'created' && outcome.invite.code).toMatch(INVITE_CODE_PATTERN);
    expect(inviteRows()).toEqual([
      {
        target_member_id: null,
        max_uses: 1,
        expires_at: new Date(world.clock.now().getTime() + DEFAULT_INVITE_LIFETIME_MS).toISOString(),
        source_interaction_id: 'interaction-1',
      },
    ]);
    expect(outbox()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('targets a member: they leave the waitlist and get the invitation DM, or a mention in the feature channel', () => {
    const feature = seedFeature(world.store, world.clock.now(), { feedbackChannelId: IDS.feedbackChannel });
    waitFor(feature, IDS.alice, IDS.bob);
    const outcome = create(feature, { target: member(IDS.alice), uses: 2, lifetimeMs: 3_600_000 });
    if (outcome.kind !== 'created') throw new Error(outcome.reason);
    const expiresAt = new Date(world.clock.now().getTime() + 3_600_000);
    expect(outcome.invite).toMatchObject({ targetMemberId: IDS.alice, maxUses: 2, expiresAt });
    expect(world.store.waitlist.head(feature.id).map((e) => e.memberId)).toEqual([IDS.bob]);
    expect(outbox()).toEqual([
      {
        effect: {
          kind: 'direct-message',
          userId: IDS.alice,
          body: {
            content: `You are invited to **Dark mode** (Early Access) in **Acme**! Run \`/join feature:dark-mode\` there (or use the code \`${outcome.invite.code}\`) before <t:${expiresAt.getTime() / 1000}:f>.`,
            allowed_mentions: { parse: [] },
          },
          fallbackChannelId: IDS.feedbackChannel,
        },
        actorId: IDS.maintainer,
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('makes one invite and one DM when the same interaction is delivered twice', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const first = create(feature, { target: member(IDS.bob) });
    const second = create(feature, { target: member(IDS.bob) });
    expect(second).toMatchObject({ kind: 'created', replayed: true });
    expect(first.kind === 'created' && second.kind === 'created' && second.invite.code).toBe(
      first.kind === 'created' && first.invite.code,
    );
    expect(inviteRows()).toHaveLength(1);
    expect(outbox()).toHaveLength(1);
    expect(world.wakes()).toBe(1);
    expect(create(feature, { interactionId: 'interaction-2' })).toMatchObject({ replayed: false });
    expect(inviteRows()).toHaveLength(2);
  });

  it('refuses a bot, a user outside the server, a member with access and a feature past Early Access, storing nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    expect(create(feature, { target: member(IDS.bob, { isBot: true }) })).toMatchObject({
      reason: 'target-is-bot',
    });
    expect(create(feature, { target: member(IDS.bob, { inServer: false }) })).toMatchObject({
      reason: 'target-not-in-server',
      memberId: IDS.bob,
    });
    expect(create(feature, { target: member(IDS.alice) })).toMatchObject({
      reason: 'target-has-access',
      memberId: IDS.alice,
    });
    const preview = seedFeature(world.store, world.clock.now(), {
      key: 'preview',
      roleId: IDS.otherRole,
      level: 'preview',
    });
    expect(create(preview)).toMatchObject({ kind: 'refused', reason: 'not-early-access', level: 'preview' });
    expect(inviteRows()).toEqual([]);
    expect(outbox()).toEqual([]);
  });

  it('is guarded by the database too: one interaction makes one invite per target', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const again = () =>
      world.store.invites.create(
        {
          code: `A${world.store.invites.count(feature.id)}BCDEFGHJKMNPQR`.slice(0, 16),
          featureId: feature.id,
          createdBy: IDS.maintainer,
          targetMemberId: null,
          maxUses: 1,
          expiresAt: null,
          sourceInteractionId: 'interaction-1',
        },
        world.clock.now(),
      );
    again();
    expect(again).toThrow(/invite_by_source_interaction/);
  });
});

describe('admitFromWaitlist', () => {
  it('turns the first N waiting members into one-use targeted invites and tells each by DM', () => {
    const feature = seedFeature(world.store, world.clock.now());
    waitFor(feature, IDS.alice, IDS.bob, IDS.carol);
    expect(admit(feature, 2)).toMatchObject({
      kind: 'admitted',
      members: [IDS.alice, IDS.bob],
      remaining: 1,
      replayed: false,
    });
    const expiresAt = new Date(world.clock.now().getTime() + DEFAULT_INVITE_LIFETIME_MS).toISOString();
    expect(inviteRows()).toEqual([
      { target_member_id: IDS.alice, max_uses: 1, expires_at: expiresAt, source_interaction_id: 'admit-1' },
      { target_member_id: IDS.bob, max_uses: 1, expires_at: expiresAt, source_interaction_id: 'admit-1' },
    ]);
    expect(
      world.store.db
        .prepare(
          'SELECT member_id, close_reason, invite_id IS NOT NULL AS has_invite FROM waitlist_entry ORDER BY id',
        )
        .all(),
    ).toEqual([
      { member_id: IDS.alice, close_reason: 'admitted', has_invite: 1 },
      { member_id: IDS.bob, close_reason: 'admitted', has_invite: 1 },
      { member_id: IDS.carol, close_reason: null, has_invite: 0 },
    ]);
    expect(
      outbox().map(({ effect, actorId }) => [effect.kind, 'userId' in effect && effect.userId, actorId]),
    ).toEqual([
      ['direct-message', IDS.alice, IDS.maintainer],
      ['direct-message', IDS.bob, IDS.maintainer],
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('admits all 100 members asked for', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const ids = Array.from({ length: 100 }, (_, i) => `3100000000000${String(i).padStart(5, '0')}`);
    waitFor(feature, ...ids);
    expect(admit(feature, 100)).toMatchObject({ kind: 'admitted', members: ids, remaining: 0 });
    expect(inviteRows()).toHaveLength(100);
    expect(outbox()).toHaveLength(100);
  });

  it('admits nobody more when the same interaction is delivered again, and reports the first admission', () => {
    const feature = seedFeature(world.store, world.clock.now());
    waitFor(feature, IDS.alice, IDS.bob, IDS.carol);
    admit(feature, 1);
    expect(admit(feature, 1)).toEqual({
      kind: 'admitted',
      feature,
      members: [IDS.alice],
      remaining: 2,
      replayed: true,
    });
    expect(inviteRows()).toHaveLength(1);
    expect(world.store.waitlist.size(feature.id)).toBe(2);
    expect(outbox()).toHaveLength(1);
    expect(world.wakes()).toBe(1);
  });

  it('refuses when nobody is waiting or the feature is past Early Access', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(admit(feature, 2)).toMatchObject({ kind: 'refused', reason: 'waitlist-empty' });
    world.store.features.changeLevel(feature.id, 'early-access', 'preview', world.clock.now());
    expect(admit(feature, 2, 'admit-2')).toMatchObject({ kind: 'refused', reason: 'not-early-access' });
    expect(inviteRows()).toEqual([]);
    expect(outbox()).toEqual([]);
  });
});

describe('revokeInvite and listInvites', () => {
  it('revokes a code typed in any case once, and says when it is unknown or already revoked', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const made = create(feature);
    if (made.kind !== 'created') throw new Error(made.reason);
    const revoke = (code: string) =>
      revokeInvite(world.deps, { guildId: IDS.guild, actorId: IDS.maintainer, code });
    expect(revoke(made.invite.code.toLowerCase())).toEqual({
      kind: 'revoked',
      code: made.invite.code,
      feature,
    });
    expect(world.store.invites.findById(made.invite.id)).toMatchObject({
      revoked: true,
      revokedBy: IDS.maintainer,
    });
    expect(revoke(made.invite.code)).toMatchObject({ kind: 'refused', reason: 'already-revoked' });
    expect(revoke('zzzz')).toEqual({ kind: 'refused', reason: 'not-found', code: 'ZZZZ' });
    expect(
      revokeInvite(world.deps, { guildId: IDS.otherGuild, actorId: IDS.maintainer, code: made.invite.code }),
    ).toMatchObject({ reason: 'not-found' });
  });

  it('lists invites newest first with their total', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(listInvites(world.deps, feature)).toEqual({ kind: 'empty', feature });
    create(feature, { interactionId: 'a' });
    create(feature, { interactionId: 'b', target: member(IDS.bob) });
    const listing = listInvites(world.deps, feature);
    expect(listing).toMatchObject({ kind: 'listed', total: 2, at: world.clock.now() });
    expect(listing.kind === 'listed' && listing.invites.map((i) => i.targetMemberId)).toEqual([
      IDS.bob,
      null,
    ]);
  });
});
