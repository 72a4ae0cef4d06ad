import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { modeOf, tempDir } from './helpers.js';

describe('database files', () => {
  it('creates the database, its -wal and -shm readable by the owner only, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const path = join(tempDir(), 'data', 'stagegate.sqlite');
      const store = openStore(path);
      store.settings.ensure('100000000000000001', new Date());
      expect(existsSync(`${path}-wal`)).toBe(true);
      expect([path, `${path}-wal`, `${path}-shm`].map(modeOf)).toEqual([0o600, 0o600, 0o600]);
      expect(modeOf(join(path, '..'))).toBe(0o700);
      store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('tightens the files of an existing database that others could read', () => {
    const path = join(tempDir(), 'stagegate.sqlite');
    openStore(path).close();
    chmodSync(path, 0o644);
    writeFileSync(`${path}-wal`, '');
    chmodSync(`${path}-wal`, 0o644);
    const store = openStore(path);
    expect([path, `${path}-wal`, `${path}-shm`].map(modeOf)).toEqual([0o600, 0o600, 0o600]);
    store.close();
  });
});
