/** The browser tests alone: `npm run test:e2e -w @partnerfolio/web` (the root `npm test` runs them too). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One file at a time, as the root's `browser` project runs them: each drives its own
    // server and Chromium, and two at once on two cores time each other's clicks out.
    fileParallelism: false,
  },
});
