import { defineConfig } from 'vitest/config';

/**
 * Two groups, one after the other: every unit and integration test in parallel, then the
 * browser tests one file at a time. Each browser file drives its own server and Chromium;
 * run beside CPU-heavy engine tests (or each other) on a two-core machine, their clicks
 * time out. `vitest run --project unit` runs the first group alone (scripts/test-node.sh).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'packages/web/src/**/*.test.tsx'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/web/e2e/**/*.e2e.test.ts'],
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
