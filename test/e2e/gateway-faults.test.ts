import { afterEach, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

afterEach(async () => {
  await h.close();
});

/** A feature in Preview with a feedback channel: any member may give feedback, and each item is copied. */
async function previewFeature(): Promise<void> {
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  const feature = h.feature();
  h.store.features.changeLevel(feature.id, 'early-access', 'preview', h.clock.now());
}

function feedbackBurst(count: number, from: number): InteractionHandle[] {
  return Array.from({ length: count }, (_, i) => {
    const member = h.fake.addMember(h.guild.id, { username: `burst${from + i}` });
    return h.command(member, 'feedback', { feature: 'dark-mode', tags: 'idea', message: `Item ${from + i}` });
  });
}

describe('the gateway dropped in the middle of a burst', () => {
  it.each([
    ['resumes the session', 4000],
    ['identifies again after an invalid session', 4009],
  ])('%s: every interaction is answered once and every item stored and copied once', async (_, code) => {
    h = await startHarness();
    await previewFeature();
    const first = feedbackBurst(40, 0);
    h.fake.dropGatewayConnections(code);
    const second = feedbackBurst(40, 40);
    const handles = [...first, ...second];

    // Interactions sent while the bot was away reach it on RESUME, or with the new session's READY.
    await Promise.all(handles.map((handle) => handle.reply()));
    for (const handle of handles) expect(handle.callbacks()).toHaveLength(1);
    const answered = handles;
    await h.outboxIdle();

    const bodies = h.db.prepare('SELECT body FROM feedback ORDER BY number').pluck().all() as string[];
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(bodies.length).toBe(answered.length);
    const numbers = h.db.prepare('SELECT number FROM feedback ORDER BY number').pluck().all();
    expect(numbers).toEqual(Array.from({ length: bodies.length }, (_, i) => i + 1));
    const copies = h.fake.channelMessages(h.channels.feedbackChannel.id);
    expect(copies).toHaveLength(bodies.length);
  });
});
