// Vitest: every test file under tests/, one Neo4j per run (tests/setup), sized for a 2-core machine.
import { configDefaults, defineConfig } from 'vitest/config';

// One graphql for everything: Vite would pick graphql's ESM build for our code while Apollo and
// graphql-tools load the CommonJS one, and graphql refuses types from "another module or realm".
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

// What both projects share. Forks, not threads: tests spawn processes and use native modules, and a crash
// stays in its fork.
const common = {
  pool: 'forks' as const,
  // Queries against a JVM that is still warming up can be slow; setup hooks may seed data.
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  resolve,
  test: {
    // The root project's global setup runs once for the whole run, whichever projects are selected; both
    // projects read its connection (inject('neo4j'), NEO4J_* in the environment).
    globalSetup: ['tests/setup/neo4j-global-setup.ts'],
    // Two cores, and the embedded Neo4j wants CPU too: two test files at a time keeps both busy without
    // starving the database.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        resolve,
        test: {
          ...common,
          name: 'unit+integration',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The browser tests run after the others, on a machine no longer busy with integration tests: each
        // starts a server and a Chromium, and on two cores they would otherwise share the CPU with two more
        // test files and the database they load. Their data does not depend on the order (they write it
        // themselves: tests/e2e/support/seed-data.ts).
        resolve,
        test: {
          ...common,
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/fixtures/**'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
