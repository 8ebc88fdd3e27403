import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';
import { applyMigrations } from '../../apps/api/src/database/schema-engine.js';
import { withDatabase } from '../../apps/api/src/database/migration-adapter.js';

export const TEMPLATE_DATABASE = 'mmt_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run (DATABASE_URL if set, else an embedded one in a temp dir),
 * with a migrated template database that each test file copies into a database of its own.
 */
/**
 * embedded-postgres ends the process with `process.exit(0)` on `beforeExit` (its exit hook), which
 * would turn a failed test run into a passing one: the exit code the test runner set is kept.
 */
function keepTestRunnerExitCode(): void {
  let intended = 0;
  process.on('beforeExit', () => {
    intended ||= Number(process.exitCode ?? 0);
  });
  process.on('exit', () => {
    if (intended) process.exitCode = intended;
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepTestRunnerExitCode();
  const tempDir = process.env['DATABASE_URL'] ? null : await mkdtemp(path.join(os.tmpdir(), 'mmt-test-pg-'));
  const server = tempDir
    ? await startEmbeddedPostgres({ dataDir: tempDir, database: 'postgres' })
    : { connectionString: process.env['DATABASE_URL']!, stop: async () => {} };
  const admin = new pg.Client({ connectionString: withDatabase(server.connectionString, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  await applyMigrations(withDatabase(server.connectionString, TEMPLATE_DATABASE));
  project.provide('adminDatabaseUrl', withDatabase(server.connectionString, 'postgres'));
  return async () => {
    await server.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}
