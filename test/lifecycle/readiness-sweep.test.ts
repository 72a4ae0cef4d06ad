import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadinessSweep } from '../../src/lifecycle/readiness-sweep.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedFeedback } from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

const member = (i: number) => `70000000000000${String(i).padStart(4, '0')}`;
const sweep = () => new ReadinessSweep(world.deps, pino({ level: 'silent' }));
const messages = () =>
  world.store.db
    .prepare("SELECT payload FROM outbox WHERE kind = 'message' ORDER BY id")
    .pluck()
    .all() as string[];

/** A feature with 10 feedback items from distinct members, in a guild with a log channel. */
function seedReadyButForDays(extraTags: string[][] = []) {
  world.store.settings.setLogChannel(IDS.guild, IDS.log, world.clock.now());
  const feature = seedFeature(world.store, world.clock.now());
  for (let i = 0; i < 10; i++)
    seedFeedback(world.store, world.clock.now(), feature, { authorId: member(i), tags: ['bug'] });
  for (const tags of extraTags)
    seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.carol, tags });
  return feature;
}

describe('readiness sweep', () => {
  it('posts one notice when time alone makes a feature ready, and not again', () => {
    seedReadyButForDays();
    world.clock.advanceDays(6);
    expect(sweep().runOnce()).toBe(0);
    world.clock.advanceDays(1);
    expect(sweep().runOnce()).toBe(1);
    expect(sweep().runOnce()).toBe(0);
    world.clock.advanceDays(23);
    expect(sweep().runOnce()).toBe(0);
    const notices = messages();
    expect(notices).toHaveLength(1);
    expect(JSON.parse(notices[0]!).channelId).toBe(IDS.log);
    expect(world.wakes()).toBe(1);
  });

  it('writes the notice in the language of the server, German here', () => {
    world.store.settings.setLanguage(IDS.guild, 'de', world.clock.now());
    seedReadyButForDays();
    world.clock.advanceDays(7);
    expect(sweep().runOnce()).toBe(1);
    const [notice] = messages();
    expect(JSON.parse(notice!).body.embeds).toEqual([
      {
        title: 'Dark mode ist bereit für Preview',
        description:
          'Bereit für Preview.\n✅ Feedback in Early Access: 10 / 10\n✅ Teilnehmende in Early Access: 10 / 5\n' +
          '✅ Tage in Early Access: 7 / 7\n' +
          '✅ Offene Blocker: 0 (höchstens 0)\n\nEin Maintainer kann jetzt `/promote feature:dark-mode` ausführen.',
        color: 0x23a55a,
      },
    ]);
  });

  it('an open blocker keeps the feature from being reported ready', () => {
    seedReadyButForDays([['blocker']]);
    world.clock.advanceDays(8);
    expect(sweep().runOnce()).toBe(0);
    expect(messages()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });
});
