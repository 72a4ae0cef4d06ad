import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { OutboxRetention } from '../../src/ops/outbox-retention.js';
import { openStore } from '../../src/store/store.js';
import { TestClock } from '../support/clock.js';
import { addOutboxRows, tempDir } from './helpers.js';

const DAY = 24 * 60 * 60_000;

describe('outbox retention', () => {
  it('deletes effects delivered more than 30 days ago and keeps recent, pending and failed ones', async () => {
    const store = openStore(join(tempDir(), 'stagegate.sqlite'));
    const clock = new TestClock();
    const ids = (count: number) => {
      addOutboxRows(store, count, clock.now());
      return store.db
        .prepare<[number], number>('SELECT id FROM outbox ORDER BY id DESC LIMIT ?')
        .pluck()
        .all(count);
    };
    const oldDelivered = ids(2500);
    const oldFailed = ids(3);
    ids(2); // still pending
    for (const id of oldDelivered) store.outbox.markDelivered(id, 'message-id', clock.now());
    for (const id of oldFailed)
      store.outbox.markFailed(id, 'DiscordAPIError[50013]: Missing Permissions', clock.now());
    clock.advanceDays(20);
    const recentDelivered = ids(4);
    for (const id of recentDelivered) store.outbox.markDelivered(id, 'message-id', clock.now());
    clock.advance(10 * DAY + 60_000);

    const deleted = await new OutboxRetention(store, clock, pino({ level: 'silent' })).runOnce();

    expect(deleted).toBe(2500);
    const left = store.db
      .prepare('SELECT status, count(*) AS n FROM outbox GROUP BY status ORDER BY status')
      .all();
    expect(left).toEqual([
      { status: 'delivered', n: 4 },
      { status: 'failed', n: 3 },
      { status: 'pending', n: 2 },
    ]);
    store.close();
  });
});
