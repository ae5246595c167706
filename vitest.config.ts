import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests; integration tests; and end-to-end tests of the Explorer page
// in a headless Chromium. Integration and e2e share one embedded Neo4j started by the global
// setup. Their files run in one worker at a time: they share the database, and a 2-core machine
// gains nothing from contention.
// graphql has no "exports" map: Node loads its CommonJS build (as @graphql-tools does), while Vite
// would pick the ES build, and its type checks then reject the schema's types as foreign.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve,
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
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/e2e-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
