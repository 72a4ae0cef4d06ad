import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { FANOUT_BATCH, FanoutRunner, runFanoutBatch } from '../../src/lifecycle/fanout.js';
import { retireFeature } from '../../src/lifecycle/features.js';
import { promoteFeature } from '../../src/lifecycle/promote.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seededMemberId,
  seedFeature,
  seedGrant,
} from '../support/seed.js';

let world: LifecycleWorld;
afterEach(() => world.close());

const outboxKinds = (kind: string) =>
  world.store.db.prepare('SELECT count(*) FROM outbox WHERE kind = ?').pluck().get(kind) as number;
const distinctMembers = () =>
  world.store.db
    .prepare(
      "SELECT count(DISTINCT json_extract(payload, '$.memberId')) FROM outbox WHERE kind = 'role-remove'",
    )
    .pluck()
    .get();

describe('changes that touch many members', () => {
  it('retire 1,200 members: the first batch commits with the change, the rest in batches, each member once', () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const feature = seedFeature(world.store, now);
    world.store.transaction(() => {
      for (let i = 0; i < 1200; i++) seedGrant(world.store, now, feature, seededMemberId(i));
    });

    const outcome = retireFeature(world.deps, {
      guildId: IDS.guild,
      actorId: IDS.maintainer,
      featureId: feature.id,
      reason: 'Dropped',
      roleExists: true,
    });
    expect(outcome.kind).toBe('retired');
    // The reply does not wait for 1,200 rows: one batch is written with the change.
    expect(outboxKinds('role-remove')).toBe(FANOUT_BATCH);
    const [job] = world.store.fanout.unfinished(5);
    expect(job).toMatchObject({ kind: 'retire-roles', featureId: feature.id });

    let batches = 0;
    while (!runFanoutBatch(world.deps, job!, world.clock.now())) batches++;
    expect(batches).toBe(1);
    expect(outboxKinds('role-remove')).toBe(1200);
    expect(distinctMembers()).toBe(1200);
    expect(world.store.fanout.unfinishedCount()).toBe(0);
    // A finished job writes nothing more.
    expect(runFanoutBatch(world.deps, { ...job!, cursor: job!.cursor }, world.clock.now())).toBe(true);
    expect(outboxKinds('role-remove')).toBe(1200);
  });

  it('tells a long waitlist in the background when the gate opens, and resumes an unfinished job', async () => {
    world = openLifecycleWorld();
    const now = world.clock.now();
    const feature = seedFeature(world.store, now);
    world.store.transaction(() => {
      for (let i = 0; i < 1100; i++) world.store.waitlist.join(feature.id, seededMemberId(i), now);
    });
    const outcome = promoteFeature(world.deps, {
      guildId: IDS.guild,
      actorId: IDS.maintainer,
      featureId: feature.id,
      expectedLevel: 'early-access',
      note: null,
      force: true,
      dryRun: false,
      roleExists: true,
      sourceInteractionId: '800000000000000001',
    });
    expect(outcome.kind).toBe('promoted');
    expect(outboxKinds('direct-message')).toBe(FANOUT_BATCH);
    expect(world.store.waitlist.size(feature.id)).toBe(0);

    // A runner (as after a restart) picks the job up and finishes it one batch at a time.
    const runner = new FanoutRunner(world.deps, (error) => pino({ level: 'silent' }).error(error));
    runner.start();
    await runner.idle();
    runner.stop();
    expect(outboxKinds('direct-message')).toBe(1100);
    const recipients = world.store.db
      .prepare(
        "SELECT count(DISTINCT json_extract(payload, '$.userId')) FROM outbox WHERE kind = 'direct-message'",
      )
      .pluck()
      .get();
    expect(recipients).toBe(1100);
  });
});
