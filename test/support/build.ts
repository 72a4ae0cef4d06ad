import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** The entry points of a production build of the bot. */
export interface BotBuild {
  main: string;
  deployCommands: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by test/support/global-build.ts for the `slow` project. */
    botBuild: BotBuild;
  }
}

/**
 * Compiles the bot with the production build settings into a fresh folder inside the repository
 * (so `node_modules` resolves), for tests that run it as a real child process. Tests use
 * `builtBot()`: the `slow` project's global setup calls this once per run.
 */
export async function buildBot(): Promise<BotBuild & { remove(): void }> {
  const base = join(REPO_ROOT, '.test-build');
  mkdirSync(base, { recursive: true });
  const outDir = mkdtempSync(join(base, 'build-'));
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [
    tsc,
    '-p',
    join(REPO_ROOT, 'tsconfig.build.json'),
    '--outDir',
    outDir,
  ]);
  return {
    main: join(outDir, 'src', 'main.js'),
    deployCommands: join(outDir, 'src', 'deploy-commands.js'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/** The build shared by the whole run (made once by the `slow` project's global setup). */
export function builtBot(): BotBuild {
  const build = inject('botBuild');
  if (!build) {
    throw new Error(
      'no bot build: run this file through the `slow` project (vitest.config.ts), whose global setup builds the bot',
    );
  }
  return build;
}
