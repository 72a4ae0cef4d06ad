import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';

describe('the announcement goes out exactly once despite Discord failures', () => {
  let h: Harness;

  afterEach(async () => {
    await h.close();
  });

  it('is delivered once when the first attempts fail with 500 and then 429', async () => {
    h = await startHarness();
    await h.setAnnouncementChannel();
    await h.createFeature('dark-mode');
    const path = `/channels/${h.channels.announcements.id}/messages`;
    // More 500s than discord.js retries on its own, so the outbox's own retry is exercised too.
    h.fake.failNext({ method: 'POST', path, status: 500, count: 5 });
    h.fake.failNext({ method: 'POST', path, status: 429, count: 2, retryAfter: 0.05 });
    const reply = await h
      .command(h.members.maintainer, 'promote', { feature: 'dark-mode', force: true, note: 'Go' })
      .reply();
    expect(reply.content).toContain('Promoted');
    // The first delivery fails for good after discord.js's own retries; the outbox schedules a retry
    // on the bot's clock, which this test moves forward by hand.
    await expect
      .poll(() => h.rows<{ attempts: number }>('SELECT attempts FROM outbox')[0]?.attempts, {
        timeout: 15_000,
      })
      .toBe(1);
    expect(h.fake.channelMessages(h.channels.announcements.id)).toEqual([]);
    h.clock.advance(60_000);
    await expect
      .poll(() => h.rows<{ status: string }>('SELECT status FROM outbox')[0]?.status, { timeout: 15_000 })
      .toBe('delivered');
    const [row] = h.rows<{ id: number; attempts: number; result: string }>(
      'SELECT id, attempts, result FROM outbox',
    );
    expect(row!.attempts).toBeGreaterThan(1);
    const posts = h.fake.requests.filter((r) => r.method === 'POST' && r.path === path);
    expect(posts.map((r) => r.status)).toEqual([500, 500, 500, 500, 500, 429, 429, 200]);
    expect(new Set(posts.map((r) => (r.body as { nonce: string }).nonce))).toEqual(
      new Set([`stagegate-${row!.id}`]),
    );
    const messages = h.fake.channelMessages(h.channels.announcements.id);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.id).toBe(row!.result);
    expect(messages[0]!.body.allowed_mentions).toEqual({ parse: [], roles: [h.roles.betaRole.id] });
  });
});
