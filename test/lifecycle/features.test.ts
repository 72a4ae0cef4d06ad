import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeatureRoleFacts } from '../../src/domain/feature-rules.js';
import {
  type CreateFeatureInput,
  createFeature,
  type EditFeatureInput,
  editFeature,
  retireFeature,
} from '../../src/lifecycle/features.js';
import { text } from '../../src/text/index.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seedFeature,
  seedFeedback,
  seedGrant,
} from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

/** A role the bot can hand out: below its highest role, no integration, no permissions. */
const usableRole = (id: string = IDS.role, over: Partial<FeatureRoleFacts> = {}): FeatureRoleFacts =>
  ({
    id,
    exists: true,
    name: 'Beta',
    everyone: false,
    managed: false,
    permissions: 0n,
    atOrAboveBot: false,
    ...over,
  }) as FeatureRoleFacts;

function create(over: Partial<CreateFeatureInput> = {}) {
  return createFeature(world.deps, {
    guildId: IDS.guild,
    actorId: IDS.maintainer,
    key: 'dark-mode',
    name: 'Dark Mode',
    description: 'A dark theme',
    role: usableRole(),
    channelId: null,
    seats: null,
    ...over,
  });
}

function edit(featureId: number, over: Partial<EditFeatureInput>) {
  return editFeature(world.deps, {
    guildId: IDS.guild,
    actorId: IDS.maintainer,
    featureId,
    name: null,
    description: null,
    role: null,
    channelId: null,
    seats: null,
    ...over,
  });
}

function retire(featureId: number, reason = 'We chose another design', roleExists = true) {
  return retireFeature(world.deps, {
    guildId: IDS.guild,
    actorId: IDS.maintainer,
    featureId,
    reason,
    roleExists,
  });
}

const count = (table: string, where = '1 = 1') =>
  world.store.db.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
const outbox = () =>
  world.store.db.prepare('SELECT kind, payload, actor_id FROM outbox ORDER BY id').all() as {
    kind: string;
    payload: string;
    actor_id: string | null;
  }[];

/** Discord's permission bits of the permissions added to the refused list. */
const NEWLY_REFUSED = [
  ['muteMembers', 1n << 22n],
  ['moveMembers', 1n << 24n],
  ['manageNicknames', 1n << 27n],
  ['manageThreads', 1n << 34n],
  ['manageEvents', 1n << 33n],
  ['manageGuildExpressions', 1n << 30n],
  ['viewAuditLog', 1n << 7n],
] as const;

describe('createFeature', () => {
  it('stores the feature in Early Access with the options given', () => {
    const outcome = create({ channelId: IDS.feedbackChannel, seats: 50, key: ' dark-mode ' });
    expect(outcome).toMatchObject({ kind: 'created', feature: { key: 'dark-mode', level: 'early-access' } });
    expect(world.store.features.findByKey(IDS.guild, 'dark-mode')).toMatchObject({
      name: 'Dark Mode',
      description: 'A dark theme',
      roleId: IDS.role,
      feedbackChannelId: IDS.feedbackChannel,
      seatCap: 50,
      state: 'active',
      createdBy: IDS.maintainer,
      levelEnteredAt: world.clock.now(),
    });
  });

  it('passes a domain refusal through and stores nothing', () => {
    expect(create({ key: 'Bad Key' })).toMatchObject({
      kind: 'invalid',
      message: text('rule.featureKeyInvalid', { key: 'Bad Key' }),
    });
    expect(create({ seats: 0 })).toMatchObject({ kind: 'invalid' });
    expect(count('feature')).toBe(0);
  });

  it('refuses a key that is taken before a role that is taken', () => {
    seedFeature(world.store, world.clock.now());
    expect(create()).toEqual({ kind: 'refused', reason: 'key-taken', key: 'dark-mode' });
    expect(create({ key: 'search' })).toEqual({
      kind: 'refused',
      reason: 'role-taken',
      ownerName: 'Dark mode',
    });
    expect(count('feature')).toBe(1);
  });

  it.each([
    [{ id: IDS.role, exists: false } as FeatureRoleFacts, { reason: 'role-unknown' }],
    [usableRole(IDS.guild, { everyone: true }), { reason: 'role-everyone' }],
    [usableRole(IDS.role, { managed: true }), { reason: 'role-managed', roleName: 'Beta' }],
    [usableRole(IDS.role, { atOrAboveBot: true }), { reason: 'role-above-bot', roleName: 'Beta' }],
    [
      usableRole(IDS.role, { permissions: (1n << 5n) | (1n << 3n) | (1n << 10n) }),
      { reason: 'role-privileged', roleName: 'Beta', permissions: ['administrator', 'manageGuild'] },
    ],
  ])('refuses a role the bot cannot hand out safely (%#)', (role, refusal) => {
    expect(create({ role })).toEqual({ kind: 'refused', ...refusal });
    expect(count('feature')).toBe(0);
  });

  it.each(NEWLY_REFUSED)('refuses a role carrying %s, since /join would hand it out', (permission, bit) => {
    const role = usableRole(IDS.role, { permissions: bit | (1n << 10n) });
    expect(create({ role })).toEqual({
      kind: 'refused',
      reason: 'role-privileged',
      roleName: 'Beta',
      permissions: [permission],
    });
    expect(count('feature')).toBe(0);
  });
});

describe('editFeature', () => {
  it('changes only the options given and names them', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const outcome = edit(feature.id, { name: ' Night Mode ', seats: 3 });
    expect(outcome).toMatchObject({ kind: 'edited', changed: ['name', 'seatCap'], moved: 0 });
    expect(world.store.features.findById(feature.id)).toMatchObject({
      name: 'Night Mode',
      description: 'A darker theme',
      seatCap: 3,
    });
    expect(outbox()).toEqual([]);
  });

  it('refuses an edit that gives nothing to change', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(edit(feature.id, {})).toEqual({ kind: 'refused', reason: 'nothing-to-edit' });
  });

  it('refuses a seat cap past Early Access and changes nothing', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    expect(edit(feature.id, { seats: 5, name: 'Other' })).toMatchObject({
      kind: 'invalid',
      message: text('rule.seatCapOnlyEarlyAccess', { levelLabel: 'Preview' }),
    });
    expect(world.store.features.findById(feature.id)).toMatchObject({ seatCap: null, name: 'Dark mode' });
  });

  it('refuses a feature retired since the maintainer looked', () => {
    const feature = seedFeature(world.store, world.clock.now());
    world.store.features.retire(feature.id, IDS.maintainer, 'gone', world.clock.now());
    expect(edit(feature.id, { name: 'Other' })).toEqual({
      kind: 'refused',
      reason: 'not-active',
      key: 'dark-mode',
    });
  });

  it('refuses a role another active feature hands out, but accepts its own', () => {
    const dark = seedFeature(world.store, world.clock.now());
    const search = seedFeature(world.store, world.clock.now(), { key: 'search', roleId: IDS.otherRole });
    expect(edit(search.id, { role: usableRole(IDS.role) })).toEqual({
      kind: 'refused',
      reason: 'role-taken',
      ownerName: 'Dark mode',
    });
    expect(world.store.features.findById(search.id)!.roleId).toBe(IDS.otherRole);
    expect(edit(dark.id, { role: usableRole(IDS.role) })).toMatchObject({ kind: 'edited', moved: 0 });
    expect(outbox()).toEqual([]);
  });

  it('refuses a new role with a refused permission', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const role = usableRole(IDS.otherRole, { permissions: 1n << 22n });
    expect(edit(feature.id, { role })).toMatchObject({ kind: 'refused', reason: 'role-privileged' });
    expect(world.store.features.findById(feature.id)!.roleId).toBe(IDS.role);
  });

  it('moves every member with access from the old role to the new one', () => {
    const feature = seedFeature(world.store, world.clock.now());
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    seedGrant(world.store, world.clock.now(), feature, IDS.bob);
    const outcome = edit(feature.id, { role: usableRole(IDS.otherRole) });
    expect(outcome).toMatchObject({ kind: 'edited', changed: ['roleId'], moved: 2 });
    expect(world.store.features.findById(feature.id)!.roleId).toBe(IDS.otherRole);
    expect(outbox().map((row) => [row.kind, JSON.parse(row.payload), row.actor_id])).toEqual(
      [IDS.alice, IDS.bob].flatMap((memberId) => [
        [
          'role-remove',
          { memberId, roleId: IDS.role, reason: 'Stagegate: dark-mode moved to another role' },
          IDS.maintainer,
        ],
        [
          'role-add',
          {
            memberId,
            roleId: IDS.otherRole,
            reason: 'Stagegate: dark-mode role changed (member has access)',
          },
          IDS.maintainer,
        ],
      ]),
    );
    expect(world.wakes()).toBe(1);
  });

  it('moves nobody in General Availability under the remove policy', () => {
    world.store.settings.setGaRolePolicy(IDS.guild, 'remove', world.clock.now());
    const feature = seedFeature(world.store, world.clock.now(), { level: 'ga' });
    seedGrant(world.store, world.clock.now(), feature, IDS.alice);
    expect(edit(feature.id, { role: usableRole(IDS.otherRole) })).toMatchObject({ kind: 'edited', moved: 0 });
    expect(outbox()).toEqual([]);
  });
});

describe('retireFeature', () => {
  function seedBusyFeature() {
    const now = world.clock.now();
    const feature = seedFeature(world.store, now);
    seedGrant(world.store, now, feature, IDS.alice);
    seedGrant(world.store, now, feature, IDS.bob);
    world.store.invites.create(
      {
        code: 'ABCDEFGHJKLMNPQR',
        featureId: feature.id,
        createdBy: IDS.maintainer,
        targetMemberId: null,
        maxUses: 5,
        expiresAt: null,
      },
      now,
    );
    world.store.waitlist.join(feature.id, IDS.carol, now);
    seedFeedback(world.store, now, feature, { tags: ['bug'] });
    return feature;
  }

  it('revokes every grant, closes invites and the waitlist, and announces the retirement', () => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    const feature = seedBusyFeature();
    world.clock.advanceDays(3);
    const outcome = retire(feature.id);
    expect(outcome).toMatchObject({
      kind: 'retired',
      feature: { state: 'retired' },
      revokedGrants: 2,
      closedInvites: 1,
      closedWaitlist: 1,
      announcementChannelId: IDS.announcements,
    });
    expect(world.store.features.findById(feature.id)).toMatchObject({
      state: 'retired',
      retiredBy: IDS.maintainer,
      retireReason: 'We chose another design',
    });
    expect(
      world.store.db
        .prepare('SELECT member_id, revoked_by, revoke_reason FROM access_grant ORDER BY id')
        .all(),
    ).toEqual(
      [IDS.alice, IDS.bob].map((member_id) => ({
        member_id,
        revoked_by: IDS.maintainer,
        revoke_reason: 'feature retired: We chose another design',
      })),
    );
    expect(count('invite', 'revoked_at IS NULL')).toBe(0);
    expect(world.store.db.prepare('SELECT close_reason FROM waitlist_entry').pluck().all()).toEqual([
      'retired',
    ]);
    const rows = outbox();
    expect(rows.map((row) => row.kind)).toEqual(['role-remove', 'role-remove', 'message']);
    expect(JSON.parse(rows[0]!.payload)).toEqual({
      memberId: IDS.alice,
      roleId: IDS.role,
      reason: 'Stagegate: dark-mode retired',
    });
    const announcement = JSON.parse(rows[2]!.payload);
    expect(announcement).toMatchObject({
      channelId: IDS.announcements,
      body: {
        content: `<@&${IDS.role}>`,
        embeds: [
          {
            title: 'Dark mode has been retired',
            fields: [
              { name: 'Why', value: 'We chose another design' },
              {
                name: 'Evidence',
                value:
                  'Feedback at Early Access: **1** (bug 1)\nParticipants: **1**\nDays at Early Access: **3**',
              },
            ],
          },
        ],
        allowed_mentions: { parse: [], roles: [IDS.role] },
      },
    });
    expect(rows.every((row) => row.actor_id === IDS.maintainer)).toBe(true);
    expect(world.wakes()).toBe(1);
  });

  it('writes the announcement and the revoke reasons in the language of the server, French here', () => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    world.store.settings.setLanguage(IDS.guild, 'fr', world.clock.now());
    const feature = seedBusyFeature();
    world.clock.advanceDays(3);
    expect(retire(feature.id).kind).toBe('retired');
    expect(world.store.db.prepare('SELECT DISTINCT revoke_reason FROM access_grant').pluck().all()).toEqual([
      'fonctionnalité retirée\u00a0: We chose another design',
    ]);
    const announcement = JSON.parse(outbox()[2]!.payload);
    expect(announcement.body.embeds[0]).toMatchObject({
      title: 'Retrait de Dark mode',
      fields: [
        { name: 'Raison', value: 'We chose another design' },
        {
          name: 'Chiffres clés',
          value:
            'Retours en Early Access\u00a0: **1** (bug 1)\nParticipants\u00a0: **1**\nJours en Early Access\u00a0: **3**',
        },
      ],
    });
  });

  it('retires without an announcement when no announcement channel is set', () => {
    const feature = seedBusyFeature();
    expect(retire(feature.id)).toMatchObject({ kind: 'retired', announcementChannelId: null });
    expect(outbox().map((row) => row.kind)).toEqual(['role-remove', 'role-remove']);
  });

  it.each([
    ['a feature past Early Access', 'preview', 'We chose another design', 'invalid'],
    ['a blank reason', 'early-access', '   ', 'refused'],
    ['a reason over 500 characters', 'early-access', 'x'.repeat(501), 'invalid'],
  ] as const)('refuses %s and changes nothing', (_, level, reason, kind) => {
    world.store.settings.setAnnouncementChannel(IDS.guild, IDS.announcements, world.clock.now());
    const feature = seedBusyFeature();
    if (level === 'preview')
      world.store.features.changeLevel(feature.id, 'early-access', 'preview', world.clock.now());
    expect(retire(feature.id, reason)).toMatchObject({ kind });
    expect(world.store.features.findById(feature.id)!.state).toBe('active');
    expect(count('access_grant', 'revoked_at IS NULL')).toBe(2);
    expect(count('invite', 'revoked_at IS NULL')).toBe(1);
    expect(count('waitlist_entry', 'closed_at IS NULL')).toBe(1);
    expect(outbox()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('refuses a feature already retired', () => {
    const feature = seedBusyFeature();
    expect(retire(feature.id).kind).toBe('retired');
    const again = retire(feature.id);
    expect(again).toMatchObject({ kind: 'invalid', message: text('rule.alreadyRetired') });
    expect(outbox()).toHaveLength(2);
  });
});
