import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComponentSigner } from '../../src/discord/component-id.js';
import type { Feature } from '../../src/domain/entities.js';
import {
  queueStatusNotifications,
  queueThanksBatch,
  setNotifications,
} from '../../src/lifecycle/notifications.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedFeedback } from '../support/seed.js';

let world: LifecycleWorld;
let feature: Feature;

beforeEach(() => {
  world = openLifecycleWorld();
  feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
});
afterEach(() => world.close());

const guildId = IDS.guild;
const dave = '300000000000000014';

interface DmRow {
  kind: string;
  userId: string;
  fallbackChannelId: string | null;
  notification?: true;
  body: { content: string; components: { components: { custom_id: string; label: string }[] }[] };
  actor_id: string | null;
}

const dms = () =>
  world.store.db
    .prepare<[], { kind: string; payload: string; actor_id: string | null }>(
      "SELECT kind, payload, actor_id FROM outbox WHERE kind = 'direct-message' ORDER BY id",
    )
    .all()
    .map((row) => ({ kind: row.kind, actor_id: row.actor_id, ...JSON.parse(row.payload) }) as DmRow);

describe('status notifications', () => {
  it('speak the server’s language, whatever language the follower reads Discord in', () => {
    world.store.settings.setLanguage(guildId, 'de', world.clock.now());
    const target = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    world.store.transaction(() =>
      queueStatusNotifications(world.deps, target, 'planned', 'Nächster Sprint', world.clock.now()),
    );
    const [row] = dms();
    expect(row!.body.content).toBe(
      [
        `**#${target.number}** (Dark mode) hat jetzt den Status **Geplant**.`,
        'Notiz der Maintainer: Nächster Sprint',
        '',
        `-# Du bekommst diese Nachricht, weil du #${target.number} folgst (es ist dein Feedback oder du hast dafür gestimmt).`,
      ].join('\n'),
    );
    expect(row!.body.components[0]!.components[0]!.label).toBe('Diese Nachrichten abschalten');
  });

  it('sends one DM per follower (author and voters), without fallback, with an opt-out button bound to them', () => {
    const target = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    world.store.votes.cast(target.id, IDS.bob, null, world.clock.now());
    world.store.votes.cast(target.id, IDS.carol, null, world.clock.now());
    world.store.votes.follow(target.id, IDS.bob, world.clock.now());

    const queued = world.store.transaction(() =>
      queueStatusNotifications(world.deps, target, 'planned', 'Next sprint', world.clock.now()),
    );

    expect(queued).toBe(3);
    const rows = dms();
    expect(rows.map((row) => row.userId).sort()).toEqual([IDS.alice, IDS.bob, IDS.carol].sort());
    const signer = new ComponentSigner(world.store.secret('component-signing'));
    for (const row of rows) {
      expect(row).toMatchObject({ fallbackChannelId: null, notification: true, actor_id: null });
      expect(row.body.content).toContain(`**#${target.number}**`);
      expect(row.body.content).toContain('Dark mode');
      expect(row.body.content).toContain('**Planned**');
      expect(row.body.content).toContain('Next sprint');
      const button = row.body.components[0]!.components[0]!;
      expect(signer.verify(button.custom_id, world.clock.now())).toMatchObject({
        kind: 'valid',
        component: { command: 'notifications', action: 'off', args: [guildId], ownerId: row.userId },
      });
    }
  });

  it('skips members who turned notifications off in that server only', () => {
    const target = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    world.store.votes.cast(target.id, IDS.bob, null, world.clock.now());
    setNotifications(world.deps, { guildId, memberId: IDS.alice, enabled: false });
    setNotifications(world.deps, { guildId: IDS.otherGuild, memberId: IDS.bob, enabled: false });
    world.store.transaction(() =>
      queueStatusNotifications(world.deps, target, 'resolved', null, world.clock.now()),
    );
    expect(dms().map((row) => row.userId)).toEqual([IDS.bob]);
    expect(dms()[0]!.body.content).not.toContain('Note from');
  });
});

describe('thanks on promotion', () => {
  it('thanks each member who gave feedback at the level left, once, listing their items and statuses', () => {
    const a1 = seedFeedback(world.store, world.clock.now(), feature, {
      authorId: IDS.alice,
      body: 'Flickers',
    });
    const a2 = seedFeedback(world.store, world.clock.now(), feature, {
      authorId: IDS.alice,
      body: 'Too dark',
      status: 'resolved',
    });
    const b1 = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.bob, body: 'Love it' });
    // A voter who gave no feedback at the level is not thanked.
    world.store.votes.cast(b1.id, IDS.carol, null, world.clock.now());
    // Feedback at another level does not count.
    world.store.features.changeLevel(feature.id, 'preview', 'ga', world.clock.now());
    const promoted = world.store.features.findById(feature.id)!;
    seedFeedback(world.store, world.clock.now(), promoted, { authorId: dave });

    const queued = world.store.transaction(
      () => queueThanksBatch(world.deps, promoted, 'preview', null, 100, world.clock.now()).thanked,
    );

    expect(queued).toBe(2);
    const rows = dms();
    expect(rows.map((row) => row.userId).sort()).toEqual([IDS.alice, IDS.bob].sort());
    const alice = rows.find((row) => row.userId === IDS.alice)!;
    expect(alice).toMatchObject({ fallbackChannelId: null, notification: true });
    expect(alice.body.content).toContain('from Preview to General Availability');
    expect(alice.body.content).toContain(`**#${a1.number}** · **Open** · Flickers`);
    expect(alice.body.content).toContain(`**#${a2.number}** · **Resolved** · Too dark`);
    expect(alice.body.content).not.toContain('Love it');
  });

  it('fits a long list into one 2,000-character message with "and N more"', () => {
    for (let i = 0; i < 60; i++) {
      seedFeedback(world.store, world.clock.now(), feature, {
        authorId: IDS.alice,
        body: `Item ${i} ${'x'.repeat(200)}`,
      });
    }
    world.store.features.changeLevel(feature.id, 'preview', 'ga', world.clock.now());
    const promoted = world.store.features.findById(feature.id)!;
    world.store.transaction(
      () => queueThanksBatch(world.deps, promoted, 'preview', null, 100, world.clock.now()).thanked,
    );
    const [row] = dms();
    expect(Array.from(row!.body.content).length).toBeLessThanOrEqual(2000);
    const listed = row!.body.content.split('\n').filter((line) => line.startsWith('**#')).length;
    expect(listed).toBeGreaterThan(5);
    expect(row!.body.content).toContain(`…and ${60 - listed} more.`);
  });

  it('does not thank members who turned notifications off', () => {
    seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.bob });
    setNotifications(world.deps, { guildId, memberId: IDS.bob, enabled: false });
    world.store.features.changeLevel(feature.id, 'preview', 'ga', world.clock.now());
    const promoted = world.store.features.findById(feature.id)!;
    expect(
      world.store.transaction(
        () => queueThanksBatch(world.deps, promoted, 'preview', null, 100, world.clock.now()).thanked,
      ),
    ).toBe(1);
    expect(dms().map((row) => row.userId)).toEqual([IDS.alice]);
  });
});

describe('the notification setting', () => {
  it('is on until turned off, per server, and says whether it changed', () => {
    expect(world.store.notifications.enabled(guildId, IDS.alice)).toBe(true);
    expect(setNotifications(world.deps, { guildId, memberId: IDS.alice, enabled: false })).toEqual({
      kind: 'set',
      enabled: false,
      changed: true,
    });
    expect(setNotifications(world.deps, { guildId, memberId: IDS.alice, enabled: false })).toEqual({
      kind: 'set',
      enabled: false,
      changed: false,
    });
    expect(world.store.notifications.enabled(guildId, IDS.alice)).toBe(false);
    expect(world.store.notifications.enabled(IDS.otherGuild, IDS.alice)).toBe(true);
    expect(
      world.store.db.prepare('SELECT guild_id, member_id, enabled FROM notification_setting').all(),
    ).toEqual([{ guild_id: guildId, member_id: IDS.alice, enabled: 0 }]);
    setNotifications(world.deps, { guildId, memberId: IDS.alice, enabled: true });
    expect(world.store.notifications.enabled(guildId, IDS.alice)).toBe(true);
  });
});
