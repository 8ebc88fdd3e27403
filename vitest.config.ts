import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests read the workspace packages' source, so they never run against a stale build.
// `@mmt/domain/testing` first: an alias also rewrites the paths under its name.
const alias = {
  '@mmt/domain/testing': fileURLToPath(new URL('./packages/domain/src/testing.ts', import.meta.url)),
  '@mmt/domain': fileURLToPath(new URL('./packages/domain/src/index.ts', import.meta.url)),
  '@mmt/importers': fileURLToPath(new URL('./packages/importers/src/index.ts', import.meta.url)),
  '@mmt/scanner': fileURLToPath(new URL('./packages/scanner/src/index.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'domain',
          include: ['packages/domain/src/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'importers',
          include: ['packages/importers/src/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'scanner',
          include: ['packages/scanner/src/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          // Runs the built `packages/cli/dist/mmt.mjs` (npm test builds it first), against the real API.
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          globalSetup: ['test/support/global-database.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts', 'test/api/**/*.test.ts'],
          globalSetup: ['test/support/global-database.ts'],
          // Embedded PostgreSQL and the wasm schema engine: seconds, not milliseconds.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-database.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each file starts a server process and a browser: one at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
