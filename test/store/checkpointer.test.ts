import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../../src/store/checkpointer.js';
import { openStore, type Store } from '../../src/store/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempStore(): { store: Store; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-ckpt-'));
  dirs.push(dir);
  const path = join(dir, 'test.sqlite');
  return { store: openStore(path), path };
}

/** WAL frames written and frames already copied back into the database file (no checkpoint run). */
function walState(store: Store): { log: number; checkpointed: number } {
  return (store.db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0]!;
}

let guilds = 0;
/** Commits `count` new guilds (a settings row and its tag vocabulary each) in one transaction. */
function writeSomething(store: Store, count: number): void {
  const now = new Date();
  store.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      guilds += 1;
      store.settings.ensure(String(100_000_000_000_000_000n + BigInt(guilds)), now);
    }
  });
}

describe('WAL checkpointer', () => {
  it('leaves checkpoints to the worker: commits below the backstop never checkpoint by themselves', async () => {
    const { store, path } = tempStore();
    const checkpointer = startCheckpointer(store.db, path, { intervalMs: 60_000 });
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    for (let i = 0; i < 600; i += 1) writeSomething(store, 1);
    const state = walState(store);
    expect(state.log).toBeGreaterThan(1_000);
    expect(state.checkpointed).toBeLessThan(state.log);
    await checkpointer?.stop();
    store.close();
  });

  it('copies committed pages back into the database file from its worker thread', async () => {
    const { store, path } = tempStore();
    const checkpointer = startCheckpointer(store.db, path, { intervalMs: 20 });
    writeSomething(store, 50);
    await expect
      .poll(() => {
        const state = walState(store);
        return state.log > 0 && state.checkpointed === state.log;
      })
      .toBe(true);
    await checkpointer?.stop();
    store.close();
  });

  it('stops before the store closes, so closing folds the WAL back and removes it', async () => {
    const { store, path } = tempStore();
    const checkpointer = startCheckpointer(store.db, path, { intervalMs: 60_000 });
    writeSomething(store, 20);
    expect(existsSync(`${path}-wal`)).toBe(true);
    await checkpointer?.stop();
    store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('does nothing for an in-memory database', () => {
    const store = openStore(':memory:');
    expect(startCheckpointer(store.db, ':memory:')).toBeNull();
    store.close();
  });
});
