import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature } from '../../src/domain/entities.js';
import {
  grantAccess,
  listAccess,
  restoreMissingRoles,
  revokeAccess,
  setAdmissionsPaused,
  setSeatCap,
  type TargetMember,
} from '../../src/lifecycle/access.js';
import { queueRole } from '../../src/lifecycle/role-changes.js';
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
const grant = (feature: Feature, target: TargetMember, permissions = 0n, sourceInteractionId?: string) =>
  grantAccess(world.deps, {
    feature,
    target,
    actorId: IDS.maintainer,
    actorName: 'maya',
    role: { id: feature.roleId, name: 'Beta', permissions },
    ...(sourceInteractionId ? { sourceInteractionId } : {}),
  });
const outbox = () =>
  world.store.outbox.due(world.clock.now(), 1000).map(({ effect, actorId }) => ({ effect, actorId }));

describe('grantAccess', () => {
  it('grants past a full seat cap and paused admissions, recorded as a maintainer grant, and queues the role', () => {
    const feature = seedFeature(world.store, world.clock.now(), { seatCap: 1 });
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    world.store.features.setAdmissionsPaused(feature.id, true);
    world.store.waitlist.join(feature.id, IDS.bob, world.clock.now());
    expect(grant(feature, member(IDS.bob))).toMatchObject({
      kind: 'granted',
      grant: { memberId: IDS.bob, how: 'maintainer', grantedBy: IDS.maintainer, termsVersion: null },
    });
    expect(world.store.waitlist.size(feature.id)).toBe(0);
    expect(outbox()).toEqual([
      {
        effect: {
          kind: 'role-add',
          memberId: IDS.bob,
          roleId: IDS.role,
          reason: 'Stagegate: granted by maya',
        },
        actorId: IDS.maintainer,
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('refuses a bot, a user outside the server, a GA feature and a member who has access, storing nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    expect(grant(feature, member(IDS.bob, { isBot: true }))).toMatchObject({ reason: 'target-is-bot' });
    expect(grant(feature, member(IDS.bob, { inServer: false }))).toMatchObject({
      reason: 'target-not-in-server',
      memberId: IDS.bob,
    });
    expect(grant(feature, member(IDS.alice))).toMatchObject({ reason: 'already-has', memberId: IDS.alice });
    const ga = seedFeature(world.store, world.clock.now(), { key: 'ga', roleId: IDS.otherRole, level: 'ga' });
    expect(grant(ga, member(IDS.bob))).toMatchObject({ kind: 'refused', reason: 'everyone-has-it' });
    world.store.features.retire(feature.id, IDS.maintainer, 'gone', world.clock.now());
    expect(grant(feature, member(IDS.bob))).toMatchObject({ kind: 'refused', reason: 'feature-gone' });
    expect(world.store.access.countActive(feature.id) + world.store.access.countActive(ga.id)).toBe(1);
    expect(outbox()).toEqual([]);
  });
});

describe('grantAccess of a role that gained a refused permission', () => {
  it('refuses, naming the permissions, grants nothing and tells the log channel once', () => {
    world.store.settings.setLogChannel(IDS.guild, IDS.log, world.clock.now());
    const feature = seedFeature(world.store, world.clock.now());
    const MANAGE_ROLES = 1n << 28n;
    for (const memberId of [IDS.alice, IDS.bob]) {
      expect(grant(feature, member(memberId), MANAGE_ROLES)).toMatchObject({
        kind: 'refused',
        reason: 'role-privileged',
        roleName: 'Beta',
        permissions: ['manageRoles'],
      });
    }
    expect(world.store.access.countActive(feature.id)).toBe(0);
    expect(outbox()).toMatchObject([
      {
        effect: {
          kind: 'message',
          channelId: IDS.log,
          body: { content: expect.stringContaining('Manage Roles') },
        },
      },
    ]);
    expect(world.wakes()).toBe(1);
  });
});

describe('an interaction delivered twice', () => {
  it('grants once, even when the grant was revoked in between', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const first = grant(feature, member(IDS.alice), 0n, '800000000000000001');
    expect(first.kind).toBe('granted');
    world.store.access.revoke(feature.id, IDS.alice, IDS.maintainer, 'oops', world.clock.now());
    expect(grant(feature, member(IDS.alice), 0n, '800000000000000001')).toMatchObject({ kind: 'granted' });
    expect(world.store.access.countActive(feature.id)).toBe(0);
    expect(world.store.access.history(feature.id, IDS.alice)).toHaveLength(1);
    expect(world.wakes()).toBe(1);
  });

  it('revokes once, even when the member was granted again in between', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    const revoke = () =>
      revokeAccess(world.deps, {
        feature,
        target: { id: IDS.alice, isBot: false },
        reason: 'Shared screenshots',
        actorId: IDS.maintainer,
        guildName: 'Acme',
        sourceInteractionId: '800000000000000002',
      });
    expect(revoke().kind).toBe('revoked');
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    const rows = world.store.db.prepare('SELECT count(*) FROM outbox').pluck().get();
    expect(revoke()).toMatchObject({ kind: 'revoked', grant: { revokeReason: 'Shared screenshots' } });
    expect(world.store.access.hasAccess(feature.id, IDS.alice)).toBe(true);
    expect(world.store.db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(rows);
    expect(world.wakes()).toBe(1);
  });
});

describe('revokeAccess', () => {
  const revoke = (feature: Feature, memberId: string, isBot = false) =>
    revokeAccess(world.deps, {
      feature,
      target: { id: memberId, isBot },
      reason: 'Shared screenshots',
      actorId: IDS.maintainer,
      guildName: 'Acme',
    });

  it('ends the grant with who and why, and queues the role removal and the DM without a channel fallback', () => {
    const feature = seedFeature(world.store, world.clock.now(), { feedbackChannelId: IDS.feedbackChannel });
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    expect(revoke(feature, IDS.alice)).toMatchObject({ kind: 'revoked', grant: { memberId: IDS.alice } });
    expect(world.store.access.history(feature.id, IDS.alice)).toMatchObject([
      { revokedBy: IDS.maintainer, revokeReason: 'Shared screenshots' },
    ]);
    expect(outbox()).toEqual([
      {
        effect: {
          kind: 'role-remove',
          memberId: IDS.alice,
          roleId: IDS.role,
          reason: 'Stagegate: access revoked: Shared screenshots',
        },
        actorId: IDS.maintainer,
      },
      {
        effect: {
          kind: 'direct-message',
          userId: IDS.alice,
          body: {
            content:
              'Your access to **Dark mode** in **Acme** was removed by the maintainers. Reason: Shared screenshots',
            allowed_mentions: { parse: [] },
          },
          fallbackChannelId: null,
        },
        actorId: IDS.maintainer,
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it("tells the member and the audit log in the server's language, not the maintainer's", () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    world.store.settings.setLanguage(IDS.guild, 'fr', world.clock.now());
    revoke(feature, IDS.alice);
    const [roleRemoval, dm] = outbox().map(({ effect }) => effect);
    // French sets a no-break space before a colon.
    expect(roleRemoval).toMatchObject({ reason: 'Stagegate\u00a0: accès révoqué\u00a0: Shared screenshots' });
    expect(dm).toMatchObject({
      body: {
        content:
          'Votre accès à **Dark mode** sur **Acme** a été retiré par les mainteneurs. Raison\u00a0: Shared screenshots',
      },
    });
  });

  it('refuses a member without access and a bot, queuing nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(revoke(feature, IDS.bob)).toMatchObject({
      kind: 'refused',
      reason: 'no-access',
      memberId: IDS.bob,
    });
    expect(revoke(feature, IDS.bob, true)).toMatchObject({ kind: 'refused', reason: 'target-is-bot' });
    expect(outbox()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });
});

describe('admissions and seats', () => {
  it('pauses and resumes admissions once each', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const pause = (paused: boolean) => setAdmissionsPaused(world.deps, { feature, paused }).kind;
    expect([pause(true), pause(true)]).toEqual(['paused', 'already-paused']);
    expect(world.store.features.findById(feature.id)!.admissionsPaused).toBe(true);
    expect([pause(false), pause(false)]).toEqual(['resumed', 'not-paused']);
    expect(world.store.features.findById(feature.id)!.admissionsPaused).toBe(false);
  });

  it('sets a seat cap below the members with access without revoking anyone', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    seedGrant(world.store, world.clock.now(), feature, IDS.bob);
    expect(setSeatCap(world.deps, { feature, count: 1 })).toMatchObject({
      kind: 'seats-set',
      cap: 1,
      used: 2,
    });
    expect(world.store.features.findById(feature.id)!.seatCap).toBe(1);
    expect(world.store.access.countActive(feature.id)).toBe(2);
  });

  it('refuses a seat cap past Early Access and a count out of range, changing nothing', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    expect(setSeatCap(world.deps, { feature, count: 5 })).toEqual({
      kind: 'refused',
      reason: 'not-early-access',
      feature: world.store.features.findById(feature.id),
      level: 'preview',
    });
    expect(setSeatCap(world.deps, { feature, count: 0 })).toEqual({
      kind: 'refused',
      reason: 'invalid-count',
      count: 0,
    });
    expect(world.store.features.findById(feature.id)!.seatCap).toBeNull();
  });
});

describe('listing and role reconciliation', () => {
  it('lists live grants oldest first, and does not ask for a role check at GA', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(listAccess(world.deps, feature)).toEqual({ kind: 'empty', feature });
    seedGrant(world.store, world.clock.now(), feature, IDS.bob);
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    const listing = listAccess(world.deps, feature);
    expect(listing).toMatchObject({ kind: 'listed', total: 2, checkRoles: true });
    expect(listing.kind === 'listed' && listing.grants.map((g) => g.memberId)).toEqual([IDS.bob, IDS.alice]);
    const ga = seedFeature(world.store, world.clock.now(), { key: 'ga', roleId: IDS.otherRole, level: 'ga' });
    seedGrant(world.store, world.clock.now(), ga, IDS.alice);
    expect(listAccess(world.deps, ga)).toMatchObject({ kind: 'listed', checkRoles: false });
  });

  it('restores the role of members still granted with no role change on its way, after the fetch', () => {
    const feature = seedFeature(world.store, world.clock.now());
    for (const id of [IDS.alice, IDS.bob, IDS.carol]) seedGrant(world.store, world.clock.now(), feature, id);
    world.store.transaction(() =>
      queueRole(world.deps, feature, IDS.bob, 'role-add', { cause: 'restored' }, null, world.clock.now()),
    );
    world.store.access.revoke(feature.id, IDS.carol, IDS.maintainer, 'x', world.clock.now());
    const restored = restoreMissingRoles(world.deps, {
      feature,
      missing: [IDS.alice, IDS.bob, IDS.carol],
      actorId: IDS.maintainer,
      role: { id: IDS.role, name: 'Beta', permissions: 0n },
    });
    expect(restored).toEqual({ restored: [IDS.alice], refusal: null });
    expect(outbox().slice(1)).toEqual([
      {
        effect: {
          kind: 'role-add',
          memberId: IDS.alice,
          roleId: IDS.role,
          reason: 'Stagegate: role restored (member has access)',
        },
        actorId: IDS.maintainer,
      },
    ]);
    expect(world.wakes()).toBe(1);
    expect(
      restoreMissingRoles(world.deps, { feature, missing: [], actorId: IDS.maintainer, role: null }),
    ).toEqual({ restored: [], refusal: null });
    expect(world.wakes()).toBe(1);
  });

  it('gives back nobody a role that gained a moderation permission, and tells the log channel once', () => {
    world.store.settings.setLogChannel(IDS.guild, IDS.log, world.clock.now());
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    const role = { id: IDS.role, name: 'Beta', permissions: PermissionFlagsBits.BanMembers };
    const before = outbox().length;
    const outcome = restoreMissingRoles(world.deps, {
      feature,
      missing: [IDS.alice],
      actorId: IDS.maintainer,
      role,
    });
    expect(outcome).toMatchObject({ restored: [], refusal: { reason: 'role-privileged', roleName: 'Beta' } });
    const queued = outbox().slice(before);
    expect(queued.map((row) => row.effect.kind)).toEqual(['message']);
    expect(world.wakes()).toBe(1);
    // Asked again, the same refusal is not told again.
    restoreMissingRoles(world.deps, { feature, missing: [IDS.alice], actorId: IDS.maintainer, role });
    expect(outbox()).toHaveLength(before + 1);
  });
});
