import type { TestProject } from 'vitest/node';
import { buildBot } from './build.js';

/**
 * Global setup of the `slow` project: one production build of the bot for every test file that
 * runs it as a child process (read with `builtBot()`), removed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const { main, deployCommands, remove } = await buildBot();
  project.provide('botBuild', { main, deployCommands });
  return remove;
}
