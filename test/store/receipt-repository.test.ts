import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LifecycleWorld, openLifecycleWorld } from '../support/seed.js';

let world: LifecycleWorld;

beforeEach(() => {
  world = openLifecycleWorld();
});

afterEach(() => {
  world.close();
});

describe('interaction receipts', () => {
  it('claim an interaction once, and forget it after a day', () => {
    const { receipts } = world.store;
    const at = new Date('2026-12-01T10:00:00.000Z');
    expect(receipts.claim('900000000000000001', 'setup', at)).toBe(true);
    expect(receipts.claim('900000000000000001', 'setup', new Date(at.getTime() + 60_000))).toBe(false);
    // A day and a minute later the old receipt is pruned by the next claim, then claimable again.
    const later = new Date(at.getTime() + 24 * 60 * 60_000 + 60_000);
    expect(receipts.claim('900000000000000002', 'feature', later)).toBe(true);
    expect(world.store.db.prepare('SELECT interaction_id FROM interaction_receipt').pluck().all()).toEqual([
      '900000000000000002',
    ]);
    // A refused command gives its claim back: its redelivery runs (and is refused) again.
    receipts.release('900000000000000002');
    expect(receipts.claim('900000000000000002', 'feature', later)).toBe(true);
  });
});
