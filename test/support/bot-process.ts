import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { builtBot } from './build.js';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/index.js';

export interface LaunchedBot {
  child: ChildProcess;
  exited: Promise<unknown>;
}

/**
 * For tests that run the built bot as a child process (the `slow` project): a fake Discord and a
 * temp folder for the file's tests, a `launch(env)` that starts the bot with only `env` (and PATH),
 * and the clean-up (every child killed, the fake closed, the folder removed).
 */
export function botProcesses(prefix: string): {
  fake: () => FakeDiscord;
  dir: () => string;
  launch: (env: Record<string, string>) => LaunchedBot;
} {
  const build = builtBot();
  let fake: FakeDiscord;
  let dir: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    dir = mkdtempSync(join(tmpdir(), prefix));
  });

  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  return {
    fake: () => fake,
    dir: () => dir,
    launch(env) {
      const child = spawn(process.execPath, [build.main], {
        env: { PATH: process.env.PATH ?? '', ...env },
        cwd: dir,
      });
      children.push(child);
      // Drain the log so a full pipe never blocks the bot.
      child.stdout?.resume();
      child.stderr?.resume();
      const exited = new Promise((resolve) => child.on('exit', resolve));
      return { child, exited };
    },
  };
}
