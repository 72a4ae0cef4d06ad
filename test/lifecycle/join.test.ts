import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feature, Invite } from '../../src/domain/entities.js';
import { acceptTerms, type ConsentArgs, declineTerms, requestJoin } from '../../src/lifecycle/join.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedGrant } from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

function invite(feature: Feature, fields: Partial<Pick<Invite, 'code' | 'targetMemberId' | 'maxUses'>> = {}) {
  return world.store.invites.create(
    {
      code: fields.code ?? 'ABCDEFGHJKMNPQRS',
      featureId: feature.id,
      createdBy: IDS.maintainer,
      targetMemberId: fields.targetMemberId ?? null,
      maxUses: fields.maxUses ?? 1,
      expiresAt: new Date(world.clock.now().getTime() + 3_600_000),
    },
    world.clock.now(),
  );
}

/** The feature's role as the role cache has it: clean unless a test gives it permissions. */
const cleanRole = (feature: Feature, permissions = 0n) => ({
  id: feature.roleId,
  name: 'Dark Mode',
  permissions,
});

const join = (feature: Feature, memberId: string, code: string | null = null, hasRole = false) =>
  requestJoin(world.deps, { feature, memberId, code, hasRole, role: cleanRole(feature) });

/** `/join` that must show the terms; returns what the Accept button carries. */
function consentOf(feature: Feature, memberId: string, code: string | null = null): ConsentArgs {
  const outcome = join(feature, memberId, code);
  if (outcome.kind !== 'terms') throw new Error(`expected the terms, got ${outcome.kind}`);
  return outcome.consent;
}

const accept = (memberId: string, consent: ConsentArgs, permissions = 0n) =>
  acceptTerms(world.deps, {
    guildId: IDS.guild,
    memberId,
    consent,
    role: cleanRole(world.store.features.findById(consent.featureId)!, permissions),
  });

const outbox = () =>
  world.store.outbox.due(world.clock.now(), 1000).map(({ effect, actorId }) => ({ effect, actorId }));
const liveGrants = (feature: Feature) => world.store.access.listActive(feature.id);

describe('requestJoin', () => {
  it('puts members without an invite on the Early Access waitlist in order, each once', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(join(feature, IDS.alice)).toMatchObject({ kind: 'waitlisted', position: 1, added: true });
    expect(join(feature, IDS.bob)).toMatchObject({ kind: 'waitlisted', position: 2, added: true });
    expect(join(feature, IDS.alice)).toMatchObject({ kind: 'waitlisted', position: 1, added: false });
    expect(world.store.waitlist.head(feature.id).map((e) => e.memberId)).toEqual([IDS.alice, IDS.bob]);
    expect(outbox()).toEqual([]);
  });

  it('shows the current terms to a member with a targeted invite and stores nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const version = world.store.settings.setTerms(
      IDS.guild,
      'early-access',
      'Expect breakage.',
      IDS.maintainer,
      world.clock.now(),
    );
    const made = invite(feature, { targetMemberId: IDS.alice });
    const outcome = join(feature, IDS.alice);
    expect(outcome).toMatchObject({
      kind: 'terms',
      level: 'early-access',
      terms: { text: 'Expect breakage.', version },
      consent: { featureId: feature.id, inviteId: made.id, level: 'early-access', termsVersion: version },
    });
    expect(world.store.invites.findById(made.id)!.uses).toBe(0);
    expect(liveGrants(feature)).toEqual([]);
    expect(world.store.waitlist.size(feature.id)).toBe(0);
  });

  it('refuses a typed code that is unknown or made for another member, without waitlisting', () => {
    const feature = seedFeature(world.store, world.clock.now());
    invite(feature, { code: 'ZZZZZZZZZZZZZZZZ', targetMemberId: IDS.bob });
    expect(join(feature, IDS.alice, 'nope0000nope0000')).toMatchObject({
      kind: 'refused',
      reason: 'code-unknown',
    });
    expect(join(feature, IDS.alice, 'zzzzzzzzzzzzzzzz')).toMatchObject({
      kind: 'refused',
      reason: 'code-refused',
      problem: 'wrong-member',
    });
    expect(world.store.waitlist.size(feature.id)).toBe(0);
  });

  it('takes back a role held without access, then waitlists the member', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(join(feature, IDS.carol, null, true)).toMatchObject({ kind: 'waitlisted', position: 1 });
    expect(outbox()).toEqual([
      {
        effect: {
          kind: 'role-remove',
          memberId: IDS.carol,
          roleId: IDS.role,
          reason: 'Stagegate: role held without access',
        },
        actorId: null,
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('tells members of a paused feature, a full one and a GA one that they cannot join', () => {
    const paused = seedFeature(world.store, world.clock.now(), { key: 'paused' });
    world.store.features.setAdmissionsPaused(paused.id, true);
    expect(join(paused, IDS.alice)).toMatchObject({ kind: 'not-admitted', reason: 'paused' });
    const full = seedFeature(world.store, world.clock.now(), {
      key: 'full',
      roleId: IDS.otherRole,
      seatCap: 1,
    });
    seedGrant(world.store, world.clock.now(), full, IDS.bob);
    invite(full, { targetMemberId: IDS.alice });
    expect(join(full, IDS.alice)).toMatchObject({ kind: 'not-admitted', reason: 'full', seatCap: 1 });
    const ga = seedFeature(world.store, world.clock.now(), {
      key: 'ga',
      roleId: '200000000000000003',
      level: 'ga',
    });
    expect(join(ga, IDS.alice)).toMatchObject({ kind: 'not-admitted', reason: 'everyone-has-it' });
    expect(world.store.waitlist.size(full.id) + world.store.waitlist.size(paused.id)).toBe(0);
  });
});

describe('acceptTerms', () => {
  it('grants by invite: counts the use, closes the waitlist entry and queues the role for the invite maker to hear about', () => {
    const feature = seedFeature(world.store, world.clock.now());
    join(feature, IDS.alice);
    const made = invite(feature, { targetMemberId: IDS.alice });
    const outcome = accept(IDS.alice, consentOf(feature, IDS.alice));
    expect(outcome).toMatchObject({
      kind: 'granted',
      grant: { memberId: IDS.alice, how: 'invite', inviteId: made.id },
    });
    expect(world.store.invites.findById(made.id)!.uses).toBe(1);
    expect(world.store.waitlist.size(feature.id)).toBe(0);
    expect(outbox()).toEqual([
      {
        effect: {
          kind: 'role-add',
          memberId: IDS.alice,
          roleId: IDS.role,
          reason: 'Stagegate: joined dark-mode (invite)',
        },
        actorId: IDS.maintainer,
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('signs anyone up in Preview, with the terms version they read and no actor to tell', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const consent = consentOf(feature, IDS.carol);
    expect(consent).toMatchObject({ inviteId: 0, level: 'preview' });
    expect(accept(IDS.carol, consent)).toMatchObject({
      kind: 'granted',
      grant: { how: 'sign-up', termsVersion: consent.termsVersion },
    });
    expect(outbox()).toMatchObject([{ effect: { kind: 'role-add', memberId: IDS.carol }, actorId: null }]);
  });

  it('gives the last seat to the first of two members who accept and refuses the second', () => {
    const feature = seedFeature(world.store, world.clock.now(), { seatCap: 1 });
    const made = invite(feature, { maxUses: 5 });
    const alice = consentOf(feature, IDS.alice, made.code);
    const bob = consentOf(feature, IDS.bob, made.code);
    expect(accept(IDS.alice, alice).kind).toBe('granted');
    expect(accept(IDS.bob, bob)).toEqual({
      kind: 'refused',
      reason: 'full',
      seatCap: 1,
      feature: expect.anything(),
    });
    expect(liveGrants(feature).map((g) => g.memberId)).toEqual([IDS.alice]);
    expect(world.store.invites.findById(made.id)!.uses).toBe(1);
    expect(outbox()).toHaveLength(1);
  });

  it('refuses Accept once the invite was used up by someone else while the terms were on screen', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const made = invite(feature, { maxUses: 1 });
    const alice = consentOf(feature, IDS.alice, made.code);
    const bob = consentOf(feature, IDS.bob, made.code);
    accept(IDS.alice, alice);
    expect(accept(IDS.bob, bob)).toMatchObject({ kind: 'refused', reason: 'invite-gone' });
    expect(world.store.access.hasAccess(feature.id, IDS.bob)).toBe(false);
    expect(world.store.invites.findById(made.id)!.uses).toBe(1);
  });

  it('refuses Accept when the terms changed, admissions were paused or the feature retired meanwhile', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const made = invite(feature, { maxUses: 5 });
    const consent = consentOf(feature, IDS.alice, made.code);
    world.store.settings.setTerms(IDS.guild, 'early-access', 'New rules.', IDS.maintainer, world.clock.now());
    expect(accept(IDS.alice, consent)).toMatchObject({ kind: 'refused', reason: 'terms-changed' });
    const fresh = consentOf(feature, IDS.alice, made.code);
    world.store.features.setAdmissionsPaused(feature.id, true);
    expect(accept(IDS.alice, fresh)).toMatchObject({ kind: 'refused', reason: 'paused' });
    world.store.features.retire(feature.id, IDS.maintainer, 'gone', world.clock.now());
    expect(accept(IDS.alice, fresh)).toEqual({ kind: 'refused', reason: 'feature-gone' });
    expect(liveGrants(feature)).toEqual([]);
    expect(world.store.invites.findById(made.id)!.uses).toBe(0);
    expect(outbox()).toEqual([]);
  });

  it('refuses Accept from another server than the feature’s', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const consent = consentOf(feature, IDS.alice);
    expect(
      acceptTerms(world.deps, { guildId: IDS.otherGuild, memberId: IDS.alice, consent, role: null }),
    ).toEqual({
      kind: 'refused',
      reason: 'feature-gone',
    });
    expect(liveGrants(feature)).toEqual([]);
  });
});

describe('a feature role that gained a refused permission', () => {
  const ADMINISTRATOR = 1n << 3n;
  const BAN_MEMBERS = 1n << 2n;
  /** Every log-channel message queued so far (only a lane's head is due, so `outbox()` shows one). */
  const logNotices = () =>
    (
      world.store.db
        .prepare("SELECT payload, actor_id FROM outbox WHERE kind = 'message' ORDER BY id")
        .all() as {
        payload: string;
        actor_id: string | null;
      }[]
    ).map((row) => ({ effect: { kind: 'message', ...JSON.parse(row.payload) }, actorId: row.actor_id }));

  it('is refused before the terms are shown, and the log channel is told once', () => {
    world.store.settings.setLogChannel(IDS.guild, IDS.log, world.clock.now());
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const joinWith = (memberId: string, permissions: bigint) =>
      requestJoin(world.deps, {
        feature,
        memberId,
        code: null,
        hasRole: false,
        role: cleanRole(feature, permissions),
      });
    expect(joinWith(IDS.alice, ADMINISTRATOR)).toMatchObject({
      kind: 'refused',
      reason: 'role-privileged',
      roleName: 'Dark Mode',
      permissions: ['administrator'],
    });
    expect(joinWith(IDS.bob, ADMINISTRATOR | (1n << 10n))).toMatchObject({ reason: 'role-privileged' });
    expect(logNotices()).toEqual([
      {
        effect: {
          kind: 'message',
          channelId: IDS.log,
          body: {
            content: expect.stringContaining('now carries Administrator'),
            allowed_mentions: { parse: [] },
          },
        },
        actorId: null,
      },
    ]);
    expect(world.wakes()).toBe(1);
    // Another refused permission is told too; once the role is fixed and breaks again, it is told again.
    joinWith(IDS.alice, ADMINISTRATOR | BAN_MEMBERS);
    expect(logNotices()).toHaveLength(2);
    expect(joinWith(IDS.alice, 0n).kind).toBe('terms');
    joinWith(IDS.alice, ADMINISTRATOR | BAN_MEMBERS);
    expect(logNotices()).toHaveLength(3);
    expect(liveGrants(feature)).toEqual([]);
  });

  it('is refused at Accept when it gained the permission while the terms were on screen, granting and using nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const made = invite(feature, { maxUses: 1 });
    const consent = consentOf(feature, IDS.alice, made.code);
    expect(accept(IDS.alice, consent, BAN_MEMBERS)).toMatchObject({
      kind: 'refused',
      reason: 'role-privileged',
      permissions: ['banMembers'],
    });
    expect(liveGrants(feature)).toEqual([]);
    expect(world.store.invites.findById(made.id)!.uses).toBe(0);
    // No log channel: nothing is queued, nothing recorded, and the next refusal after /setup log tells it.
    expect(outbox()).toEqual([]);
    world.store.settings.setLogChannel(IDS.guild, IDS.log, world.clock.now());
    accept(IDS.alice, consent, BAN_MEMBERS);
    expect(logNotices()).toHaveLength(1);
    expect(accept(IDS.alice, consent).kind).toBe('granted');
  });

  it('grants once for an Accept delivered twice, even after the member left in between', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const consent = consentOf(feature, IDS.alice);
    const click = { guildId: IDS.guild, memberId: IDS.alice, consent, role: cleanRole(feature) };
    const first = acceptTerms(world.deps, { ...click, sourceInteractionId: '800000000000000001' });
    expect(first.kind).toBe('granted');
    world.store.access.revoke(feature.id, IDS.alice, IDS.alice, 'left', world.clock.now());
    const again = acceptTerms(world.deps, { ...click, sourceInteractionId: '800000000000000001' });
    expect(again).toMatchObject({
      kind: 'granted',
      grant: { id: first.kind === 'granted' ? first.grant.id : -1 },
    });
    expect(liveGrants(feature)).toEqual([]);
    expect(outbox()).toHaveLength(1);
  });
});

describe('declineTerms', () => {
  it('names the feature and stores nothing', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const made = invite(feature, { targetMemberId: IDS.alice });
    const consent = consentOf(feature, IDS.alice);
    expect(declineTerms(world.deps, { guildId: IDS.guild, consent })).toEqual({ kind: 'declined', feature });
    expect(world.store.invites.findById(made.id)!.uses).toBe(0);
    expect(liveGrants(feature)).toEqual([]);
    expect(outbox()).toEqual([]);
  });
});
