import { defineConfig } from 'vitest/config';

/** Browser tests (`npm run test:e2e`): real server + Debian's Chromium; one file at a time (Chromium is heavy on 2 cores). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    // The same templates as the unit tests, so each server starts from a fresh clone of the demo.
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
