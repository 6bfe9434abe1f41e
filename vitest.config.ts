// Vitest: every test file under tests/, one Neo4j per run (tests/setup), sized for a 2-core machine.
import { configDefaults, defineConfig } from 'vitest/config';

// Browser tests run apart (`npm run test:e2e`): in the full suite on two cores they time out while the
// integration tests load the shared Neo4j (seen in a clean-clone CI run); see docs/ui.md.
const e2e = process.env.THREADLINE_E2E === '1';

export default defineConfig({
  // One graphql for everything: Vite would pick graphql's ESM build for our code while Apollo and
  // graphql-tools load the CommonJS one, and graphql refuses types from "another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: e2e ? ['tests/e2e/**/*.test.ts'] : ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: [...configDefaults.exclude, 'tests/e2e/fixtures/**', ...(e2e ? [] : ['tests/e2e/**'])],
    globalSetup: ['tests/setup/neo4j-global-setup.ts'],
    // Forks, not threads: tests spawn processes and use native modules, and a crash stays in its fork.
    pool: 'forks',
    // Two cores, and the embedded Neo4j wants CPU too: two test files at a time keeps both busy
    // without starving the database.
    fileParallelism: true,
    maxWorkers: 2,
    // Queries against a JVM that is still warming up can be slow; setup hooks may seed data.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
