import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  // Preview takes feedback from every member.
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
});

afterEach(async () => {
  await h.close();
});

describe('a feedback channel the bot cannot post in', () => {
  it('still counts the feedback, tells the log channel, and does not message the member who gave it', async () => {
    // The channel was fine when the feature was created; its permissions changed since.
    h.db
      .prepare("UPDATE feature SET feedback_channel_id = ? WHERE key = 'dark-mode'")
      .run(h.channels.readOnly.id);
    h.db.prepare('UPDATE guild_settings SET log_channel_id = ?').run(h.channels.log.id);

    const reply = await h
      .command(h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'bug', message: 'Flickers' })
      .reply();
    expect(reply.content).toContain('**#1**');
    await h.outboxIdle();

    expect(h.rows('SELECT number, body, status FROM feedback')).toEqual([
      { number: 1, body: 'Flickers', status: 'open' },
    ]);
    const mirror = h.rows<{ status: string; payload: string }>(
      "SELECT status, payload FROM outbox WHERE kind = 'message' AND payload LIKE ?",
      `%"channelId":"${h.channels.readOnly.id}"%`,
    );
    expect(mirror.map((r) => r.status)).toEqual(['failed']);
    expect(h.fake.channelMessages(h.channels.readOnly.id)).toHaveLength(0);

    const [report] = h.fake.channelMessages(h.channels.log.id);
    expect(report?.content).toContain(`<#${h.channels.readOnly.id}>`);
    expect(report?.body.allowed_mentions).toEqual({ parse: [] });
    // The member cannot fix the bot's permissions: the failure is the maintainers' business.
    expect(h.fake.directMessages(h.members.alice.id)).toHaveLength(0);
    expect(h.count('outbox', "kind = 'direct-message'")).toBe(0);
  });
});
