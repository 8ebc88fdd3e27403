import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../../apps/api/src/database/migration-adapter.js';
import { TEMPLATE_DATABASE } from './global-database.js';

export interface TestDatabase {
  url: string;
  /** Runs SQL directly, to check what the API wrote (never to arrange state behind its back). */
  query<Row extends pg.QueryResultRow>(sql: string, values?: unknown[]): Promise<Row[]>;
  /** How many rows a table holds (a table named by the test, never by input). */
  countRows(table: string): Promise<number>;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of this test file's own (a copy of the template). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `mmt_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  const url = withDatabase(inject('adminDatabaseUrl'), name);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    query: async <Row extends pg.QueryResultRow>(sql: string, values?: unknown[]) =>
      (await pool.query<Row>(sql, values)).rows,
    countRows: async (table: string) =>
      Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n),
    drop: async () => {
      await pool.end();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
