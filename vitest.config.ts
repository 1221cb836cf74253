import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests share one Community database (one user database per server), so files run in turn.
    fileParallelism: false,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Starts (or connects to) the test Neo4j once, applies the schema and seeds the article graph.
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
