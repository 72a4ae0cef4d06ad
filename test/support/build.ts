import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * Compiles the bot with the production build settings into a fresh folder inside the repository
 * (so `node_modules` resolves), for tests that run it as a real child process.
 */
export async function buildBot(): Promise<{ main: string; deployCommands: string; remove(): void }> {
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
