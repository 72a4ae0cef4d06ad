import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that build the bot with tsc and run it as a child process, or seed a million rows. */
const SLOW = [
  'test/e2e/process.test.ts',
  'test/e2e/startup.test.ts',
  'test/e2e/outbox-announcement-kill.test.ts',
  'test/e2e/feedback-kill.test.ts',
  'test/ops/entries.test.ts',
  'test/store/feedback-million.test.ts',
];

const shared = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks',
} as const;

/**
 * Unit and e2e files share their worker's modules instead of re-importing them per file: discord.js
 * loads once and the fake Discord's OpenAPI schemas compile once per process, which is most of what
 * an isolated e2e file spent. So a test must not mock modules or leave global state behind; each
 * e2e test starts its own fake Discord and bot and closes them.
 */
const sharedModules = { isolate: false } as const;

// Every test file belongs to exactly one project: slow files by name, end-to-end and fuzz tests by folder,
// and everything else (domain, store, lifecycle, discord, config, and any new folder) is a unit test.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          ...sharedModules,
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/e2e/**', 'test/fuzz/**', 'test/support/**', ...SLOW],
        },
      },
      {
        test: {
          ...shared,
          ...sharedModules,
          name: 'e2e',
          // The fuzz (test/fuzz/) boots the bot on the fake Discord too.
          include: ['test/e2e/**/*.test.ts', 'test/fuzz/**/*.test.ts', 'test/support/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW],
        },
      },
      {
        test: {
          ...shared,
          name: 'slow',
          include: SLOW,
          // One production build for every test that runs the bot as a process.
          globalSetup: ['test/support/global-build.ts'],
        },
      },
    ],
  },
});
