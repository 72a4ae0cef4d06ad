import { afterEach, describe, expect, it } from 'vitest';
import { IDS, type LifecycleWorld, openLifecycleWorld } from '../support/seed.js';

let world: LifecycleWorld;
afterEach(() => world.close());

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 5, 12, 0, seconds));

function fail(memberId: string, seconds: number): void {
  const { store } = world;
  store.transaction(() => {
    const outboxId = store.outbox.enqueue(
      IDS.guild,
      { kind: 'role-remove', memberId, roleId: IDS.role, reason: 'retired' },
      IDS.maintainer,
      at(seconds),
    );
    store.outbox.markFailed(outboxId, 'DiscordAPIError: Missing Permissions', at(seconds));
    store.outbox.recordFailure(
      {
        guildId: IDS.guild,
        outboxId,
        causeKey: `role:${IDS.role}:50013`,
        kind: 'role',
        target: IDS.role,
        advice: 'the role is above the bot',
        actorId: IDS.maintainer,
        description: `Could not remove the role from <@${memberId}>`,
      },
      at(seconds),
    );
  });
}

describe('delivery failure reports', () => {
  it('collect a burst, then hold a cause already reported until its cool-down ends', () => {
    world = openLifecycleWorld();
    const { outbox } = world.store;
    fail(IDS.alice, 0);
    fail(IDS.bob, 1);
    // Still collecting: the first failure is younger than the collection window.
    expect(outbox.failureGroupsToReport(at(-1), at(-600))).toEqual([]);
    const [group] = outbox.failureGroupsToReport(at(10), at(-600));
    expect(group).toMatchObject({ count: 2, byActor: [{ actorId: IDS.maintainer, count: 2 }] });
    outbox.markReported(group!, at(10));

    fail(IDS.carol, 20);
    expect(outbox.failureGroupsToReport(at(30), at(9))).toEqual([]);
    expect(outbox.failureGroupsToReport(at(30), at(11))).toMatchObject([
      { count: 1, firstDescription: `Could not remove the role from <@${IDS.carol}>` },
    ]);
    expect(outbox.unreportedFailureCount()).toBe(1);
  });
});
