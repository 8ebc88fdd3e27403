import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { frameworkFamily } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

// The migration that gave Keras models the family of their release, before the domain rule's fix
// stored as TensorFlow 1.x whatever the release.
const MIGRATION = new URL('../../prisma/migrations/20261130160000_keras_family/migration.sql', import.meta.url);
const VERSIONS = [
  '',
  '1.2.2',
  '2',
  '2.x',
  '2.1.6',
  '2.2.4',
  'v2.2.5',
  '2.2.4-tf',
  '2.3.1',
  '2.4.0',
  '2.15.0',
  '3.3.3',
  '3.x',
];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** Runs `work` on one connection of the test's database: `pg_temp` functions live as long as it. */
async function session<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: api.db.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('the Keras family migration', () => {
  it("gives each Keras release the domain rule's family", async () => {
    const sql = await readFile(MIGRATION, 'utf8');
    const createFunction = sql.slice(sql.indexOf('CREATE FUNCTION'), sql.indexOf('$$;') + 3);
    const families = await session(async (client) => {
      await client.query(createFunction);
      const { rows } = await client.query<{ family: string }>(
        'SELECT pg_temp.keras_family(v) AS family FROM unnest($1::text[]) WITH ORDINALITY AS t(v, n) ORDER BY n',
        [VERSIONS],
      );
      return rows.map((row) => row.family);
    });
    expect(families).toEqual(VERSIONS.map((version) => frameworkFamily('keras', version)));
  });

  it('restores the families, the change log and the weekly rollups of models stored under the old rule', async () => {
    for (const frameworkVersion of ['2.2.4', '2.3.1', '2.4.0', '3.3.3'])
      await api.http
        .post('/api/models')
        .send(newModel({ framework: 'keras', frameworkVersion, lifecycle: 'production', since: '2024-03-01' }))
        .expect(201);
    const log =
      'SELECT family, sum(delta)::int AS n FROM portfolio_change GROUP BY family HAVING sum(delta) <> 0 ORDER BY family';
    const weeks =
      'SELECT family, sum(delta)::int AS n FROM portfolio_week GROUP BY family HAVING sum(delta) <> 0 ORDER BY family';
    const expected = await api.db.query(log);
    expect(await api.db.query(weeks)).toEqual(expected);

    await session(async (client) => {
      // The database as the old rule left it: every Keras model and event TensorFlow 1.x.
      await client.query(`UPDATE model SET family = 'TensorFlow 1.x' WHERE framework = 'keras'`);
      await client.query(`UPDATE model_event SET family = 'TensorFlow 1.x' WHERE framework = 'keras'`);
      await client.query(`UPDATE portfolio_change SET family = 'TensorFlow 1.x' WHERE framework = 'keras'`);
      await client.query(`DELETE FROM portfolio_week WHERE framework = 'keras'`);
      await client.query(await readFile(MIGRATION, 'utf8'));
    });

    const models = await api.db.query<{ framework_version: string; family: string }>(
      `SELECT framework_version, family FROM model WHERE framework = 'keras' ORDER BY framework_version`,
    );
    expect(models.map((model) => [model.framework_version, model.family])).toEqual(
      ['2.2.4', '2.3.1', '2.4.0', '3.3.3'].map((version) => [version, frameworkFamily('keras', version)]),
    );
    expect(await api.db.query(log)).toEqual(expected);
    expect(await api.db.query(weeks)).toEqual(expected);
  });
});
