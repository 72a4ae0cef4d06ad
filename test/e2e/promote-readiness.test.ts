import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { seededMemberId, seedFeedbackItems } from '../support/seed.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

/** Feedback at the feature's current level, each from another member, as `/feedback` stores it. */
function seedFeedback(count: number): void {
  seedFeedbackItems(h.store, h.clock.now(), h.feature(), count, (n) => ({
    authorId: seededMemberId(n),
    body: 'Nice',
    tags: ['idea'],
  }));
}

const notices = () => h.fake.channelMessages(h.channels.log.id);

async function prepare(): Promise<void> {
  await h.setLogChannel();
  await h.createFeature('dark-mode');
  seedFeedback(10);
}

describe('readiness watch', () => {
  it('posts one notice when time alone makes a feature ready, never on later checks', async () => {
    await prepare();
    h.clock.advanceDays(6);
    expect(h.bot.readiness.runOnce()).toBe(0);
    h.clock.advanceDays(1);
    expect(h.bot.readiness.runOnce()).toBe(1);
    expect(h.bot.readiness.runOnce()).toBe(0);
    h.clock.advanceDays(3);
    expect(h.bot.readiness.runOnce()).toBe(0);
    await h.outboxIdle();
    const [notice] = notices();
    expect(notices()).toHaveLength(1);
    expect(notice!.embeds[0]).toMatchObject({ title: 'Dark Mode is ready for Preview' });
    expect(JSON.stringify(notice!.embeds)).toContain('/promote feature:dark-mode');
    expect(notice!.body.allowed_mentions).toEqual({ parse: [] });
    expect(h.rows('SELECT ready_notice_level FROM feature')).toEqual([
      { ready_notice_level: 'early-access' },
    ]);
  });

  it('reports a feature that became ready while the bot was down when it starts again', async () => {
    await prepare();
    await h.stopBot();
    h.clock.advanceDays(8);
    await h.startBot();
    await expect.poll(() => notices().length).toBe(1);
    await h.stopBot();
    await h.startBot();
    await h.outboxIdle();
    expect(notices()).toHaveLength(1);
  });

  it('posts again once per level: after a promotion, when the next gates are met', async () => {
    await prepare();
    h.clock.advanceDays(7);
    h.bot.readiness.runOnce();
    const promoted = await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode' }).reply();
    expect(promoted.content).toContain('Promoted');
    seedFeedback(25);
    h.clock.advanceDays(13);
    expect(h.bot.readiness.runOnce()).toBe(0);
    h.clock.advanceDays(1);
    expect(h.bot.readiness.runOnce()).toBe(1);
    await h.outboxIdle();
    expect(notices().map((m) => (m.embeds[0] as { title: string }).title)).toEqual([
      'Dark Mode is ready for Preview',
      'Dark Mode is ready for General Availability',
    ]);
  });

  it('posts nothing without a log channel, and nothing for an open blocker', async () => {
    await h.createFeature('dark-mode');
    seedFeedback(10);
    h.clock.advanceDays(7);
    expect(h.bot.readiness.runOnce()).toBe(0);
    h.db
      .prepare("UPDATE feedback_tag SET tag = 'blocker' WHERE feedback_id = (SELECT min(id) FROM feedback)")
      .run();
    await h.setLogChannel();
    expect(h.bot.readiness.runOnce()).toBe(0);
    expect(h.count('outbox')).toBe(0);
  });

  it('posts at once when a log channel is set for a feature that is already ready', async () => {
    await h.createFeature('dark-mode');
    seedFeedback(10);
    h.clock.advanceDays(7);
    await h.setLogChannel();
    await h.outboxIdle();
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.embeds[0]).toMatchObject({ title: 'Dark Mode is ready for Preview' });
    expect(h.bot.readiness.runOnce()).toBe(0);
  });

  it('posts at once when lowered gates make a feature ready, without waiting for the hourly check', async () => {
    await prepare();
    h.clock.advanceDays(2);
    expect(h.bot.readiness.runOnce()).toBe(0);
    await h
      .sub(h.members.maintainer, 'setup', 'gates', { transition: 'early-access->preview', min_days: 1 })
      .reply();
    await h.outboxIdle();
    expect(notices()).toHaveLength(1);
    expect(h.rows('SELECT ready_notice_level FROM feature')).toEqual([
      { ready_notice_level: 'early-access' },
    ]);
  });
});
