import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

/** One feedback item per tag: 50 tags of 24 characters, the most the vocabulary holds. */
function seedFeedbackUnderManyTags(): void {
  const [feature] = h.rows<{ id: number }>("SELECT id FROM feature WHERE key = 'big-feature'");
  for (let i = 1; i <= 50; i++) {
    const id = h.db
      .prepare(
        `INSERT INTO feedback (guild_id, number, feature_id, level, author_id, body, status, source_interaction_id, created_at)
         VALUES (?, ?, ?, 'early-access', ?, 'Works', 'open', ?, ?) RETURNING id`,
      )
      .pluck()
      .get(
        h.guild.id,
        i,
        feature!.id,
        `7000000000000${String(i).padStart(5, '0')}`,
        `seed-${i}`,
        h.clock.now().toISOString(),
      );
    h.db
      .prepare('INSERT INTO feedback_tag (feedback_id, tag) VALUES (?, ?)')
      .run(id, `tag-${String(i).padStart(2, '0')}-${'x'.repeat(17)}`);
  }
}

describe('an announcement whose level collected feedback under many long tags', () => {
  it('is shown by the dry run and posted, within every embed limit', async () => {
    await h
      .sub(h.members.maintainer, 'setup', 'announcements', { channel: h.channels.announcements.id })
      .reply();
    await h.createFeature('big-feature', { name: 'N'.repeat(80), description: 'D'.repeat(1000) });
    seedFeedbackUnderManyTags();
    const note = 'n'.repeat(1000);

    const dryRun = await h
      .command(h.members.maintainer, 'promote', { feature: 'big-feature', dry_run: true, force: true, note })
      .reply();
    expect(dryRun.content).toContain('Dry run: nothing was changed');
    expect(dryRun.embeds).toHaveLength(2);

    const promoted = await h
      .command(h.members.maintainer, 'promote', { feature: 'big-feature', force: true, note })
      .reply();
    expect(promoted.content).toContain('Promoted');
    await h.outboxIdle();
    const [message] = h.fake.channelMessages(h.channels.announcements.id);
    const embed = message!.embeds[0] as { fields: { name: string; value: string }[] };
    const evidence = embed.fields.find((f) => f.name === 'Evidence')!.value;
    expect(evidence).toMatch(/ · and \d+ more\)\n/);
    expect(h.rows("SELECT status FROM outbox WHERE kind = 'message'")).toEqual([{ status: 'delivered' }]);
    // The 50 authors are thanked; the fake Discord knows none of them, so each thanks is skipped, unreported.
    expect(h.rows("SELECT status, count(*) AS n FROM outbox WHERE kind = 'direct-message'")).toEqual([
      { status: 'cancelled', n: 50 },
    ]);
    expect(h.fake.violations).toEqual([]);
  });
});
