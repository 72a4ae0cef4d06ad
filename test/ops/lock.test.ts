import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tryLockDatabase } from '../../src/ops/lock.js';
import { tempDir } from './helpers.js';

const DRIVER = fileURLToPath(import.meta.resolve('better-sqlite3'));

/** Another process taking the lock the way `tryLockDatabase` does, and keeping it until killed. */
function holdInAnotherProcess(lockPath: string): Promise<{ kill(): Promise<void> }> {
  const script = `
    const Database = require(${JSON.stringify(DRIVER)});
    const db = new Database(${JSON.stringify(lockPath)});
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) {
        resolve({
          kill: async () => {
            child.kill('SIGKILL');
            await exited;
          },
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

describe('the database lock', () => {
  it('is refused to a second holder in the same process until released', () => {
    const databasePath = join(tempDir(), 'stagegate.sqlite');
    const first = tryLockDatabase(databasePath);
    expect(first).not.toBeNull();
    expect(tryLockDatabase(databasePath)).toBeNull();
    // A refused attempt must not drop the holder's lock (closing a descriptor drops POSIX locks).
    expect(tryLockDatabase(databasePath)).toBeNull();
    first?.release();
    const again = tryLockDatabase(databasePath);
    expect(again).not.toBeNull();
    again?.release();
  });

  it('is refused while another process holds it, and free once that process is killed', async () => {
    const databasePath = join(tempDir(), 'stagegate.sqlite');
    const holder = await holdInAnotherProcess(`${databasePath}.lock`);
    try {
      expect(tryLockDatabase(databasePath)).toBeNull();
    } finally {
      await holder.kill();
    }
    // SIGKILL leaves no stale lock: the kernel released it with the process.
    const lock = tryLockDatabase(databasePath);
    expect(lock).not.toBeNull();
    lock?.release();
  });
});
