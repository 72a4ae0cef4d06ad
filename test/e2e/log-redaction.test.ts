import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let lines: string[];

beforeEach(async () => {
  lines = [];
  h = await startHarness({ logDestination: { write: (line) => void lines.push(line) } });
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
});

afterEach(async () => {
  await h.close();
});

const parsed = () => lines.map((line) => JSON.parse(line) as { msg: string; err?: Record<string, unknown> });

describe('the log of a failed delivery', () => {
  it('names the error but never carries the member’s text Discord refused', async () => {
    const words = 'Alice’s private words about the beta';
    // Refused for good: the feedback channel's permissions changed since the feature was created.
    h.db
      .prepare("UPDATE feature SET feedback_channel_id = ? WHERE key = 'dark-mode'")
      .run(h.channels.readOnly.id);
    await h
      .command(h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'bug', message: words })
      .reply();
    await h.outboxIdle();
    // Refused for now (a server error): retried later, logged with its error too.
    h.db
      .prepare("UPDATE feature SET feedback_channel_id = ? WHERE key = 'dark-mode'")
      .run(h.channels.feedbackChannel.id);
    h.fake.failNext({
      method: 'POST',
      path: `/channels/${h.channels.feedbackChannel.id}/messages`,
      status: 500,
      count: 8,
    });
    await h
      .command(h.members.bob, 'feedback', { feature: 'dark-mode', tags: 'bug', message: `${words} (Bob)` })
      .reply();
    await h.outboxIdle();

    const failed = parsed().find((line) => line.msg === 'outbox effect failed for good');
    expect(failed?.err).toMatchObject({ status: 403, method: 'POST', requestBody: '[redacted]' });
    const retried = parsed().find((line) => line.msg === 'outbox delivery failed; will retry');
    expect(retried?.err).toMatchObject({ status: 500, requestBody: '[redacted]' });
    expect(lines.filter((line) => line.includes('private words'))).toEqual([]);
    // Bob's copy went out once Discord recovered.
    expect(h.fake.channelMessages(h.channels.feedbackChannel.id)).toHaveLength(1);
  });
});
