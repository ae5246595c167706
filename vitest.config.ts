import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests, and integration tests that share one embedded Neo4j started by
// the global setup. Integration files run in one worker at a time: they share the database, and
// a 2-core machine gains nothing from contention.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
