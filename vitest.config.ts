import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Neo4j and HTTP suites start real servers; give them room on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Store suites share one Neo4j database; test files run one after another.
    fileParallelism: false,
    // CI reads the JSON report for its closing `N passed, N failed` line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.vitest-results.json' }]] : ['default'],
  },
});
