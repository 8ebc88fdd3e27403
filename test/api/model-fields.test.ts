import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_FIELD_NAMES, type ModelState } from '@mmt/domain';
import { MODEL_COLUMNS } from '../../apps/api/src/models/model-columns.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { asBuffer } from '../support/downloads.js';

/**
 * The model's fields come from one list (the domain's); the SQL of every write and read is built
 * from it. These tests fail when a field is added to the domain but not to the table, or when a
 * path drops or changes a field on its way.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** Every field set, none to its default. */
const everyField = (name: string): ModelState => ({
  name,
  team: 'Fields team',
  task: 'every field, set',
  framework: 'tensorflow',
  frameworkVersion: '1.15.5',
  lifecycle: 'production',
  deploymentTarget: 'edge',
  servingStack: 'tf-serving',
  serialization: 'savedmodel',
  startedOn: '2019-04-02',
  migration: 'in_progress',
  migrationTarget: 'pytorch',
  retireBy: '2031-05-06',
  repoUrl: 'https://example.com/fields',
  description: 'Each field differs from its default.',
  tags: ['fields', 'legacy'],
});

/** The same model with every field changed. */
const everyFieldChanged = (name: string): ModelState => ({
  name,
  team: 'Fields team 2',
  task: 'every field, changed',
  framework: 'keras',
  frameworkVersion: '2.4.0',
  lifecycle: 'staging',
  deploymentTarget: 'batch',
  servingStack: 'triton',
  serialization: 'onnx',
  startedOn: '2020-07-08',
  migration: 'planned',
  migrationTarget: 'jax',
  retireBy: '2032-09-10',
  repoUrl: 'https://example.com/fields-2',
  description: 'Each field changed.',
  tags: ['changed'],
});

const fieldsOf = (model: object) =>
  Object.fromEntries(MODEL_FIELD_NAMES.map((field) => [field, (model as Record<string, unknown>)[field]]));

describe('the model table', () => {
  it('has a column of the declared type for every field of the domain, and no state column besides', async () => {
    const columns = await api.db.query<{ name: string; type: string }>(
      `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
       WHERE attrelid = 'model'::regclass AND attnum > 0 AND NOT attisdropped`,
    );
    const bookkeeping = ['id', 'version', 'created_at', 'updated_at', 'search_text'];
    expect(
      columns.filter((column) => !bookkeeping.includes(column.name)).sort((a, b) => a.name.localeCompare(b.name)),
    ).toEqual(
      MODEL_COLUMNS.map(({ column, type }) => ({ name: column, type })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    expect(MODEL_COLUMNS.map(({ field }) => field)).toEqual([...MODEL_FIELD_NAMES, 'family']);
  });
});

describe('every field through every path', () => {
  it('is kept by a create and an edit, in the model, the list, the history and the compliance report', async () => {
    const created = everyField('Fields: API');
    const { id } = (await api.http.post('/api/models').send(created).expect(201)).body;
    const read = async () => ({
      detail: fieldsOf((await api.http.get(`/api/models/${id}`).expect(200)).body),
      listed: fieldsOf((await api.http.get('/api/models?q=Fields: API').expect(200)).body.items[0]),
      listedNow: fieldsOf(
        (await api.http.get(`/api/models?q=Fields: API&asOf=${new Date().toISOString()}`).expect(200)).body.items[0],
      ),
      recorded: fieldsOf((await api.http.get(`/api/models/${id}/history`).expect(200)).body.items[0].state),
      judged: fieldsOf(
        (await api.http.get('/api/compliance').expect(200)).body.models.find(
          (model: { id: string }) => model.id === id,
        ),
      ),
    });
    const everywhere = (state: ModelState) => {
      const fields = fieldsOf(state);
      return { detail: fields, listed: fields, listedNow: fields, recorded: fields, judged: fields };
    };
    expect(await read()).toEqual(everywhere(created));

    const changed = everyFieldChanged('Fields: API');
    await api.http
      .patch(`/api/models/${id}`)
      .send({ ...changed, version: 1 })
      .expect(200);
    expect(await read()).toEqual(everywhere(changed));
  });

  it('is kept by an import that creates and one that updates, and by a backup restored elsewhere', async () => {
    await api.http
      .post('/api/imports')
      .send([everyField('Fields: imported')])
      .expect(201);
    await api.http
      .post('/api/imports')
      .send([everyFieldChanged('Fields: imported')])
      .expect(201);
    const imported = (await api.http.get('/api/models?q=Fields: imported').expect(200)).body.items[0];
    expect(fieldsOf(imported)).toEqual(fieldsOf(everyFieldChanged('Fields: imported')));

    const backup = (await api.http.get('/api/export').buffer(true).parse(asBuffer).expect(200)).body as Buffer;
    const restored = await startTestApi();
    try {
      await restored.http
        .post('/api/import')
        .send(JSON.parse(backup.toString('utf8')))
        .expect(201);
      const restoredModel = (await restored.http.get(`/api/models/${imported.id}`).expect(200)).body;
      expect(fieldsOf(restoredModel)).toEqual(fieldsOf(imported));
    } finally {
      await restored.close();
    }
  });

  it('is in the CSV report as stored: the report read back as an import changes nothing', async () => {
    const csv = (await api.http.get('/api/reports/status?format=csv').buffer(true).parse(asBuffer).expect(200))
      .body as Buffer;
    const text = csv.toString('utf8');
    expect(
      text
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(','),
    ).toEqual(expect.arrayContaining(MODEL_FIELD_NAMES));
    const preview = await api.http
      .post('/api/imports?dryRun=true')
      .set('content-type', 'text/csv')
      .send(text)
      .expect(200);
    expect(preview.body.summary).toMatchObject({ rows: 2, unchanged: 2, create: 0, update: 0, invalid: 0 });
  });
});
