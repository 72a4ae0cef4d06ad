import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feature } from '../../src/domain/entities.js';
import { participantsOf, readinessOf } from '../../src/lifecycle/readiness.js';
import { queueReadinessNotice } from '../../src/lifecycle/readiness-watch.js';
import { castVote } from '../../src/lifecycle/votes.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seededMemberId,
  seedFeature,
  seedFeedback,
  seedFeedbackItems,
} from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => {
  vi.restoreAllMocks();
  world.close();
});

const member = (i: number) => `80000000000000${String(i).padStart(4, '0')}`;
const [dave, erin, frank, gina] = [member(1), member(2), member(3), member(4)];

const current = (feature: Feature) => world.store.features.findById(feature.id)!;
const participantsGate = (feature: Feature) =>
  readinessOf(world.store, current(feature), world.clock.now())!.gates.find(
    (gate) => gate.gate === 'min_participants',
  );
const logPosts = () =>
  world.store.db.prepare("SELECT payload FROM outbox WHERE kind = 'message'").pluck().all() as string[];

function lowGates(minParticipants: number): void {
  const now = world.clock.now();
  world.store.settings.setLogChannel(IDS.guild, IDS.log, now);
  for (const transition of ['early-access->preview', 'preview->ga'] as const) {
    world.store.settings.setGates(
      IDS.guild,
      transition,
      { minFeedback: 1, minParticipants, minDays: 0, maxOpenBlockers: 0 },
      now,
    );
  }
}

describe('participants of a level', () => {
  it('counts, once each, the members who gave feedback or voted since the feature entered its level', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const earlier = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    world.clock.advanceDays(1);
    // Dave voted while the feature was in Early Access: that level is over.
    world.store.votes.cast(earlier.id, dave, null, world.clock.now());
    world.clock.advanceDays(1);
    world.store.features.changeLevel(feature.id, 'early-access', 'preview', world.clock.now());
    expect(participantsGate(feature)).toMatchObject({ actual: 0, required: 10, met: false });

    world.clock.advanceDays(1);
    const preview = current(feature);
    const p1 = seedFeedback(world.store, world.clock.now(), preview, { authorId: IDS.alice });
    seedFeedback(world.store, world.clock.now(), preview, { authorId: IDS.alice });
    const p3 = seedFeedback(world.store, world.clock.now(), preview, { authorId: IDS.bob });
    world.store.votes.cast(p1.id, IDS.carol, null, world.clock.now());
    // Bob gave feedback and voted: one participant.
    world.store.votes.cast(p1.id, IDS.bob, null, world.clock.now());
    // A vote now on an item given at the previous level counts: it is one of the feature's items.
    world.store.votes.cast(earlier.id, erin, null, world.clock.now());
    // A withdrawn vote is no vote.
    world.store.votes.cast(p3.id, frank, null, world.clock.now());
    world.store.votes.withdraw(p3.id, frank, null, world.clock.now());
    // Votes and feedback on another feature are that feature's participants.
    const other = seedFeature(world.store, world.clock.now(), { key: 'search', level: 'preview' });
    const elsewhere = seedFeedback(world.store, world.clock.now(), other, { authorId: gina });
    world.store.votes.cast(elsewhere.id, dave, null, world.clock.now());

    // Alice, Bob, Carol and Erin.
    expect(participantsGate(feature)).toEqual({
      gate: 'min_participants',
      label: 'Participants at Preview',
      required: 10,
      actual: 4,
      met: false,
    });
    expect(participantsOf(world.store, current(feature), 2)).toBe(2);
    expect(participantsOf(world.store, current(other))).toBe(2);
  });

  it('queues the readiness notice when a vote brings the last participant the gate needs, once', () => {
    lowGates(2);
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const item = seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    const ballot = (memberId: string, n: number) => ({
      guildId: IDS.guild,
      memberId,
      number: item.number,
      roleIds: [],
      interactionId: `vote-${n}`,
    });

    expect(castVote(world.deps, ballot(IDS.bob, 1))).toMatchObject({ kind: 'voted', votes: 1 });
    expect(logPosts()).toHaveLength(1);
    expect(JSON.parse(logPosts()[0]!)).toMatchObject({ channelId: IDS.log });
    expect(JSON.stringify(JSON.parse(logPosts()[0]!).body)).toContain('✅ Participants at Preview: 2 / 2');
    expect(world.wakes()).toBe(1);
    expect(castVote(world.deps, ballot(IDS.carol, 2))).toMatchObject({ kind: 'voted', votes: 2 });
    expect(logPosts()).toHaveLength(1);
    expect(world.wakes()).toBe(1);
  });
});

describe('the readiness notice check', () => {
  it('checks the cheap gates first and counts participants only up to the threshold', () => {
    lowGates(3);
    world.store.settings.setGates(
      IDS.guild,
      'early-access->preview',
      { minFeedback: 1, minParticipants: 3, minDays: 7, maxOpenBlockers: 0 },
      world.clock.now(),
    );
    const feature = seedFeature(world.store, world.clock.now());
    seedFeedbackItems(world.store, world.clock.now(), feature, 20, (n) => ({ authorId: seededMemberId(n) }));
    const count = vi.spyOn(world.store.feedback, 'countAtLevel');
    const blockers = vi.spyOn(world.store.feedback, 'openBlockers');
    const participants = vi.spyOn(world.store.votes, 'participants');
    const check = () =>
      world.store.transaction(() => queueReadinessNotice(world.deps, current(feature), world.clock.now()));

    // Days unmet: no query at all.
    expect(check()).toBe(false);
    expect([count.mock.calls.length, blockers.mock.calls.length, participants.mock.calls]).toEqual([
      0,
      0,
      [],
    ]);

    // An open blocker: participants are never counted.
    world.clock.advanceDays(7);
    const blocker = seedFeedback(world.store, world.clock.now(), feature, { tags: ['blocker'] });
    expect(check()).toBe(false);
    expect([count.mock.calls.length, blockers.mock.calls.length, participants.mock.calls]).toEqual([
      1,
      1,
      [],
    ]);

    // Every cheap gate met: participants counted up to 3, then the full report once, and the notice.
    world.store.db.prepare("UPDATE feedback SET status = 'resolved' WHERE id = ?").run(blocker.id);
    world.store.db
      .prepare("UPDATE feedback_tag SET status = 'resolved' WHERE feedback_id = ?")
      .run(blocker.id);
    expect(check()).toBe(true);
    expect(participants.mock.calls.map((call) => call[3])).toEqual([3, undefined]);
    expect(participants.mock.results.map((result) => result.value)).toEqual([3, 21]);
    // Posted once per level: later checks stop at the first test.
    participants.mockClear();
    expect(check()).toBe(false);
    expect(participants).not.toHaveBeenCalled();
  });

  it('stays cheap on a busy level (prints the time of one check; no assertion on time)', () => {
    lowGates(10);
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    // 10,000 items from 1,000 members and 40,000 votes from 5,000 members, all at this level
    // (bench/votes-bench.ts measures 1,000,000 items and 5,000,000 votes).
    const items = seedFeedbackItems(world.store, world.clock.now(), feature, 10_000, (n) => ({
      authorId: seededMemberId(n % 1000),
    }));
    world.store.db
      .prepare(
        `INSERT OR IGNORE INTO feedback_vote (feedback_id, member_id, feature_id, created_at)
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000)
         SELECT ? + (i * 7919) % 10000, 'voter-' || (i % 5000), ?, ? FROM n`,
      )
      .run(items[0]!.id, feature.id, world.clock.now().toISOString());
    // An open blocker (Alice's) keeps the feature from being ready, so every check runs every cheap gate.
    seedFeedback(world.store, world.clock.now(), feature, { tags: ['blocker'] });
    const check = () =>
      world.store.transaction(() => queueReadinessNotice(world.deps, current(feature), world.clock.now()));
    const time = (run: () => unknown) => {
      run();
      const started = performance.now();
      for (let i = 0; i < 20; i++) run();
      return (performance.now() - started) / 20;
    };
    const blocked = time(check);
    world.store.db.exec(
      "UPDATE feedback SET status = 'resolved'; UPDATE feedback_tag SET status = 'resolved'",
    );
    // Participants short of a threshold above every member: the bounded count reads the whole level.
    world.store.settings.setGates(
      IDS.guild,
      'preview->ga',
      { minFeedback: 1, minParticipants: 1_000_000, minDays: 0, maxOpenBlockers: 0 },
      world.clock.now(),
    );
    const short = time(check);
    const full = time(() => participantsOf(world.store, current(feature)));
    process.stdout.write(
      `notice check, 10,000 items and 40,000 votes at the level: blocker open ${blocked.toFixed(2)} ms, ` +
        `participants short ${short.toFixed(2)} ms; full participants count ${full.toFixed(2)} ms\n`,
    );
    expect(participantsOf(world.store, current(feature))).toBe(1000 + 5000 + 1);
    expect(logPosts()).toEqual([]);
  });
});
