import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '@mmt/domain';
import { startTestApi, type TestApi } from '../support/api.js';
import { asBuffer } from '../support/downloads.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const countRows = (table: string) => api.db.countRows(table);
const counts = async () => ({
  models: await countRows('model'),
  events: await countRows('model_event'),
  spans: await countRows('verdict_span'),
  changes: await countRows('portfolio_change'),
});

const HEADER = 'name,team,framework,frameworkVersion,lifecycle,startedOn,tags,since';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n');
const postCsv = (body: string | Buffer, query = '') =>
  api.http.post(`/api/imports${query}`).set('content-type', 'text/csv').send(body);

describe('importing a CSV', () => {
  it('previews a dry run per row, writes nothing, then commits every row with its history', async () => {
    const existing = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Import: existing', lifecycle: 'staging' }))
        .expect(201)
    ).body;
    const file = csv(
      'Import: TF NER,NLP,tensorflow,1.15,production,2018-04-01,"ner, legacy",2018-05-01',
      'Import: Torch router,Search,pytorch,2.1,development,2022-02-01,,',
      `Import: existing,${existing.team},pytorch,2.1.0,production,${existing.startedOn},,`,
    );
    const before = await counts();
    const preview = await postCsv(file, '?dryRun=true').expect(200);
    expect(preview.body).toMatchObject({
      dryRun: true,
      committed: false,
      format: 'csv',
      summary: { rows: 3, create: 2, update: 1, unchanged: 0, invalid: 0 },
      errors: [],
    });
    expect(preview.body.rows.map((row: { action: string }) => row.action)).toEqual(['create', 'create', 'update']);
    expect(preview.body.rows[2]).toMatchObject({
      modelId: existing.id,
      changes: [{ field: 'lifecycle', from: 'staging', to: 'production' }],
    });
    expect(preview.body.rows[0].changes).toContainEqual({ field: 'tags', from: null, to: ['ner', 'legacy'] });
    expect(await counts()).toEqual(before);

    const committed = await postCsv(file).expect(201);
    expect(committed.body).toMatchObject({ committed: true, summary: { create: 2, update: 1 } });
    const tfId = committed.body.rows[0].modelId;
    const tf = (await api.http.get(`/api/models/${tfId}`).expect(200)).body;
    expect(tf).toMatchObject({
      name: 'Import: TF NER',
      family: 'TensorFlow 1.x',
      tags: ['ner', 'legacy'],
      version: 1,
      verdict: { status: 'grandfathered' },
    });
    const [created] = (await api.http.get(`/api/models/${tfId}/history`).expect(200)).body.items;
    const [registered] = (await api.http.get(`/api/models/${existing.id}/history`).expect(200)).body.items;
    expect(created).toMatchObject({
      kind: 'created',
      actor: registered.actor,
      at: '2018-05-01T00:00:00.000Z',
      version: 1,
    });
    expect(new Date(created.recordedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const history = (await api.http.get(`/api/models/${existing.id}/history`).expect(200)).body.items;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      kind: 'updated',
      version: 2,
      changes: [{ field: 'lifecycle', from: 'staging', to: 'production' }],
    });
    expect(history[0].state.lifecycle).toBe('production');

    const after = await counts();
    expect(after.models).toBe(before.models + 2);
    expect(after.events).toBe(before.events + 3);
    expect(after.spans).toBeGreaterThanOrEqual(before.spans + 2);
    expect(after.changes).toBeGreaterThan(before.changes);
    // The verdict timeline knows the imported model was judged from its `since` on.
    const past = (await api.http.get('/api/compliance?asOf=2019-01-01').expect(200)).body;
    expect(past.models.map((model: { name: string }) => model.name)).toContain('Import: TF NER');

    const again = await postCsv(file, '?dryRun=true').expect(200);
    expect(again.body.summary).toMatchObject({ create: 0, update: 0, unchanged: 3 });
  });

  it('reports every bad row with its row, column and an actionable message, and a commit writes none of the file', async () => {
    const file = csv(
      'Rollback: good one,NLP,pytorch,2.0,production,2022-01-01,,',
      'Rollback: good two,NLP,pytorch,2.0,production,2022-01-01,,',
      'Rollback: bad framework,NLP,caffe,1.0,production,2022-01-01,,',
      'Rollback: bad date,NLP,pytorch,2.0,production,2022-02-30,,',
      'Rollback: good one,NLP,pytorch,2.0,staging,2022-01-01,,',
      ',NLP,pytorch,2.0,production,2022-01-01,,',
      'Rollback: future,NLP,pytorch,2.0,production,2022-01-01,,2999-01-01',
    );
    const before = await counts();
    const preview = await postCsv(file, '?dryRun=true').expect(200);
    expect(preview.body.summary).toMatchObject({ rows: 7, create: 2, invalid: 5 });
    const errors: { row: number; column: string; message: string }[] = preview.body.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          row: 3,
          column: 'framework',
          message: expect.stringMatching(/"caffe" is not a valid framework; use one of: tensorflow, keras, pytorch/),
        },
        { row: 4, column: 'startedOn', message: expect.stringMatching(/real calendar date.*2022-02-30/) },
        { row: 5, column: 'name', message: expect.stringMatching(/also on row 1/) },
        { row: 6, column: 'name', message: expect.stringMatching(/required/) },
        { row: 7, column: 'since', message: expect.stringMatching(/future/) },
      ]),
    );
    expect(preview.body.rows[2]).toMatchObject({ row: 3, action: 'invalid', errors: [{ column: 'framework' }] });

    const refused = await postCsv(file).expect(400);
    expect(refused.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(/5 problems in 5 rows; nothing was imported/),
    });
    expect(refused.body.details).toContainEqual({ field: 'rows[2].framework', message: expect.any(String) });
    expect(refused.body.errors).toHaveLength(5);
    expect(await counts()).toEqual(before);
    expect((await api.http.get('/api/models?q=Rollback').expect(200)).body.total).toBe(0);
  });

  it('reads the CSV status report back: every model unchanged', async () => {
    await postCsv(csv('Roundtrip: =formula name,NLP,tensorflow,1.15,production,2018-04-01,"a, b",')).expect(201);
    const report = await api.http.get('/api/reports/status?format=csv').buffer(true).parse(asBuffer).expect(200);
    const preview = await postCsv(report.body as Buffer, '?dryRun=true').expect(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary.unchanged).toBe(preview.body.summary.rows);
    expect(preview.body.rows.map((row: { name: string }) => row.name)).toContain('Roundtrip: =formula name');
  });

  it('takes 10,000 rows in seconds', async () => {
    const lines = Array.from({ length: 10_000 }, (_, index) =>
      index % 3 === 0
        ? `Bulk ${index},Team ${index % 17},tensorflow,1.15,production,2019-01-01,legacy,2019-06-01`
        : `Bulk ${index},Team ${index % 17},pytorch,2.${index % 5},development,2022-03-01,"a, b",`,
    );
    const before = await counts();
    const started = performance.now();
    const preview = await postCsv(csv(...lines), '?dryRun=true').expect(200);
    const previewMs = performance.now() - started;
    expect(preview.body.summary).toMatchObject({ rows: 10_000, create: 10_000 });
    const commitStarted = performance.now();
    await postCsv(csv(...lines)).expect(201);
    const commitMs = performance.now() - commitStarted;
    console.info(`10,000-row import: dry run ${Math.round(previewMs)} ms, commit ${Math.round(commitMs)} ms`);
    expect(commitMs).toBeLessThan(20_000);
    const after = await counts();
    expect(after.models - before.models).toBe(10_000);
    expect(after.events - before.events).toBe(10_000);
    const withoutSpan = await api.db.query(
      `SELECT m.id FROM model m WHERE m.name LIKE 'Bulk %' AND NOT EXISTS (SELECT 1 FROM verdict_span v WHERE v.model_id = m.id) LIMIT 1`,
    );
    expect(withoutSpan).toEqual([]);
    const legacy = (await api.http.get('/api/models?q=Bulk&framework=tensorflow&pageSize=1').expect(200)).body;
    expect(legacy).toMatchObject({ total: 3_334, items: [{ verdict: { status: 'grandfathered' } }] });
  });
});

describe('importing JSON', () => {
  it('takes { models } as the request body and as a multipart upload', async () => {
    const models = [newModel({ name: 'Json: one' }), newModel({ name: 'Json: two', tags: ['x'] })];
    const body = await api.http.post('/api/imports?dryRun=true').send({ models }).expect(200);
    expect(body.body).toMatchObject({ format: 'json', summary: { create: 2, invalid: 0 } });
    const upload = await api.http
      .post('/api/imports')
      .attach('file', Buffer.from(JSON.stringify(models)), { filename: 'models.json', contentType: 'application/json' })
      .expect(201);
    expect(upload.body).toMatchObject({ committed: true, summary: { create: 2 } });
  });

  it('reads the JSON status report back, and names unknown fields per row', async () => {
    const report = await api.http.get('/api/reports/status?format=json').buffer(true).parse(asBuffer).expect(200);
    const preview = await api.http
      .post('/api/imports?dryRun=true')
      .set('content-type', 'application/json')
      .send((report.body as Buffer).toString())
      .expect(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary.unchanged).toBe(preview.body.summary.rows);
    const unknown = await api.http
      .post('/api/imports?dryRun=true')
      .send([{ ...newModel(), colour: 'blue' }])
      .expect(200);
    expect(unknown.body.errors).toEqual([
      { row: 1, column: 'colour', message: expect.stringMatching(/not a known field/) },
    ]);
  });

  it('imports a multipart CSV upload', async () => {
    const upload = await api.http
      .post('/api/imports?dryRun=true')
      .attach('file', Buffer.from(csv('Multipart: one,NLP,pytorch,2.0,research,2023-01-01,,')), {
        filename: 'portfolio.csv',
        contentType: 'text/csv',
      })
      .expect(200);
    expect(upload.body).toMatchObject({ format: 'csv', summary: { create: 1 } });
  });
});

describe('bad files get clear errors, never a 500', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const XLSX = Buffer.concat([Buffer.from('504b0304140006000800000021', 'hex'), Buffer.alloc(64, 0)]);

  it.each<[string, () => ReturnType<typeof postCsv>, RegExp]>([
    ['semicolons between columns', () => postCsv('name;team;framework\r\nA;B;pytorch'), /separated by ";".*commas/],
    ['tabs between columns', () => postCsv('name\tteam\tframework\nA\tB\tpytorch'), /separated by tabs/],
    [
      'no header row',
      () => postCsv('HS code classifier,Trade,tensorflow,1.15,production,2018-03-01'),
      /first line must be a header.*"name"/,
    ],
    [
      'unknown columns',
      () => postCsv('name,team,colour,framework\r\nA,B,red,pytorch'),
      /"colour" is not a known column/,
    ],
    ['a column named twice', () => postCsv('name,team,team\r\nA,B,C'), /"team" appears twice/],
    ['a header and no rows', () => postCsv(HEADER), /header but no rows/],
    ['an unclosed quote', () => postCsv(csv('"Broken,NLP,pytorch,2.0,research,2023-01-01,,')), /never closed/],
    ['a binary file sent as CSV', () => postCsv(PNG), /not text/],
    [
      'bytes that are not UTF-8',
      () => postCsv(Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xff, 0xfe, 0xc3])),
      /not text/,
    ],
    ['an empty file', () => postCsv(''), /empty|no file/],
    ['a blank file', () => postCsv('\r\n \r\n'), /empty/],
    [
      'an .xlsx workbook uploaded',
      () => api.http.post('/api/imports').attach('file', XLSX, { filename: 'models.xlsx' }),
      /not text.*xlsx/,
    ],
    [
      'invalid JSON in an upload',
      () => api.http.post('/api/imports').attach('file', Buffer.from('{"models": ['), { filename: 'm.json' }),
      /not valid JSON/,
    ],
    ['JSON without models', () => api.http.post('/api/imports').send({ items: [] }), /"models" array/],
    ['an empty model list', () => api.http.post('/api/imports').send([]), /no models/],
    [
      'a backup sent to the bulk import',
      () => api.http.post('/api/imports').send({ format: 'model-migration-tracker-backup', models: [] }),
      /restore it with POST \/api\/backup\/restore/,
    ],
    ['a multipart form without a file', () => api.http.post('/api/imports').field('note', 'hello'), /no file/],
    [
      'a malformed multipart body',
      () => api.http.post('/api/imports').set('content-type', 'multipart/form-data; boundary=zzz').send('{}'),
      /multipart upload could not be read/,
    ],
  ])('%s → 400', async (_case, send, message) => {
    const before = await counts();
    const response = await send().expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringMatching(message),
    });
    expect(response.body.details.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad dryRun value', async () => {
    await postCsv(csv(), '?dryRun=maybe').expect(400);
  });

  it('refuses a 50 MB file with 413 naming the limit', async () => {
    const big = `${HEADER}\r\n${'x'.repeat(50 * 1_048_576)}`;
    const raw = await postCsv(big).expect(413);
    expect(raw.body).toMatchObject({
      statusCode: 413,
      error: 'Payload Too Large',
      message: expect.stringMatching(/20 MB/),
    });
    const upload = await api.http
      .post('/api/imports')
      .attach('file', Buffer.from(big), { filename: 'big.csv' })
      .expect(413);
    expect(upload.body).toMatchObject({ statusCode: 413, message: expect.stringMatching(/20 MB/) });
  });

  // The heap this process (the API's) gained reading a file, measured after a full collection when exposed.
  async function heapGrowthOf(send: () => Promise<unknown>): Promise<number> {
    const heap = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    const before = heap();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
    try {
      await send();
    } finally {
      clearInterval(sampler);
    }
    return Math.max(peak, heap()) - before;
  }

  it('stops reading a 14 MB CSV of millions of one-cell rows at the row limit, in bounded memory', async () => {
    const bomb = `name\n${'a\n'.repeat(7_000_000)}`;
    const before = await counts();
    let response: Awaited<ReturnType<typeof postCsv>> | undefined;
    const growth = await heapGrowthOf(async () => (response = await postCsv(bomb)));
    expect(response!.status).toBe(400);
    expect(response!.body.message).toMatch(/more than 50000 rows/);
    // Reading all seven million rows took gigabytes (and the process); 50,001 of them take tens of MB.
    expect(growth).toBeLessThan(200 * 1_048_576);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['more rows than an import takes', JSON.stringify({ models: Array(50_001).fill({}) }), /more than 50000 rows/],
    ['millions of empty objects', `{"models":[${'{},'.repeat(4_000_000)}{}]}`, /holds more than 3000000 values/],
  ])('refuses a JSON import of %s before building it, in bounded memory', async (_case, body, message) => {
    let response: Awaited<ReturnType<typeof postCsv>> | undefined;
    const growth = await heapGrowthOf(
      async () => (response = await api.http.post('/api/imports').set('content-type', 'application/json').send(body)),
    );
    expect(response!.status).toBe(400);
    expect(response!.body.message).toMatch(message);
    expect(growth).toBeLessThan(200 * 1_048_576);
  });

  it('keeps the 1 MB limit everywhere else', async () => {
    const response = await api.http
      .post('/api/models')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ ...newModel(), description: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(response.body.message).toMatch(/1 MB/);
  });

  it('refuses a content type it cannot read with 415', async () => {
    const response = await api.http
      .post('/api/imports')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from('abc'))
      .expect(415);
    expect(response.body).toMatchObject({ statusCode: 415 });
  });

  it('documents the endpoint and its content types in OpenAPI', async () => {
    const document = (await api.http.get('/api/docs/json').expect(200)).body;
    expect(Object.keys(document.paths['/api/imports'].post.requestBody.content)).toEqual([
      'text/csv',
      'application/json',
      'multipart/form-data',
    ]);
    expect(IMPORT_COLUMNS).toContain('since');
  });
});
