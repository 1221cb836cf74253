import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests share one Community database (one user database per server), so files run in turn.
    fileParallelism: false,
    // The JSON report is what CI counts (.ci/run); the default reporter is what a person reads.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        // One graphql module for src/ and Apollo, as under Node: Vite would resolve src/'s `graphql` to its ESM build
        // while Apollo (loaded by Node) uses the CommonJS one, and graphql-js's instanceof checks reject the other.
        resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // Starts (or connects to) the test Neo4j once, applies the schema and seeds the article graph.
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'fault',
          // Kills its own Neo4j and loader processes mid-load (test/fault/README.md); starts its own server.
          include: ['test/fault/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
