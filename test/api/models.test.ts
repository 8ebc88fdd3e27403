import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { resolveSchema } from '../support/contract.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const countRows = (table: string) => api.db.countRows(table);

describe('registering a model', () => {
  it('returns 201 with the model, its version, family and verdict, and records a created event', async () => {
    const body = newModel({
      name: 'HS code classifier',
      framework: 'tensorflow',
      frameworkVersion: '1.15.2',
      lifecycle: 'production',
      startedOn: '2018-03-01',
    });
    const response = await api.http.post('/api/models').send(body).expect(201);
    expect(response.body).toMatchObject({
      name: 'HS code classifier',
      framework: 'tensorflow',
      family: 'TensorFlow 1.x',
      version: 1,
      verdict: { status: 'grandfathered' },
    });
    expect(response.body.verdict.reason).toMatch(/2018-03-01/);
    const history = await api.http.get(`/api/models/${response.body.id}/history`).expect(200);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ kind: 'created', actor: 'token:bootstrap', version: 1 });
    expect(history.body.items[0].changes).toContainEqual({ field: 'name', from: null, to: 'HS code classifier' });
  });

  it('dates the first event at `since` for a model that already existed', async () => {
    const response = await api.http
      .post('/api/models')
      .send({ ...newModel(), since: '2019-03-01' })
      .expect(201);
    const [event] = (await api.http.get(`/api/models/${response.body.id}/history`)).body.items;
    expect(event.at).toBe('2019-03-01T00:00:00.000Z');
    expect(new Date(event.recordedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('rejects a duplicate name with 409 on the name field', async () => {
    const body = newModel();
    await api.http.post('/api/models').send(body).expect(201);
    const response = await api.http
      .post('/api/models')
      .send({ ...body, team: 'Other' })
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, error: 'Conflict', details: [{ field: 'name' }] });
  });

  const badBodies: [string, Record<string, unknown>, string][] = [
    ['a missing name', { name: undefined }, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['a 500-character name', { name: 'x'.repeat(500) }, 'name'],
    ['an unknown framework', { framework: 'caffe' }, 'framework'],
    ['an unknown lifecycle', { lifecycle: 'shipped' }, 'lifecycle'],
    ['an impossible date', { startedOn: '2020-13-45' }, 'startedOn'],
    ['an unknown field', { colour: 'blue' }, 'colour'],
    ['a future since', { since: '2999-01-01' }, 'since'],
    ['a name of the wrong type', { name: 42 }, 'name'],
  ];
  it.each(badBodies)('rejects %s with 400 naming the field, and writes nothing', async (_case, change, field) => {
    const before = await countRows('model_event');
    const response = await api.http
      .post('/api/models')
      .send({ ...newModel(), ...change })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await countRows('model_event')).toBe(before);
  });

  it('rejects malformed JSON with 400 and a body over 1 MB with 413, in the error shape', async () => {
    const malformed = await api.http
      .post('/api/models')
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const huge = await api.http
      .post('/api/models')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ ...newModel(), description: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(huge.body).toMatchObject({ statusCode: 413 });
  });

  it('answers 400 for a JSON body that is not an object', async () => {
    const response = await api.http
      .post('/api/models')
      .set('content-type', 'application/json')
      .send('[1,2]')
      .expect(400);
    expect(response.body.details[0].field).toBe('(body)');
  });
});

describe('finding models', () => {
  beforeAll(async () => {
    const models = [
      newModel({
        name: 'Find: TF NER',
        framework: 'tensorflow',
        frameworkVersion: '1.14',
        lifecycle: 'production',
        team: 'Search',
        task: 'NER',
        startedOn: '2018-01-01',
      }),
      newModel({
        name: 'Find: Torch router',
        framework: 'pytorch',
        lifecycle: 'production',
        team: 'Search',
        startedOn: '2021-01-01',
      }),
      newModel({
        name: 'Find: JAX research',
        framework: 'jax',
        lifecycle: 'research',
        team: 'Lab',
        startedOn: '2022-01-01',
        description: 'diffusion experiment',
      }),
    ];
    for (const model of models) await api.http.post('/api/models').send(model).expect(201);
  });

  it('filters by framework, lifecycle, team, verdict and free text', async () => {
    const names = async (query: string) =>
      (await api.http.get(`/api/models?${query}&q=Find:`).expect(200)).body.items.map(
        (model: { name: string }) => model.name,
      );
    expect(await names('framework=tensorflow')).toEqual(['Find: TF NER']);
    expect(await names('lifecycle=production&team=Search')).toEqual(['Find: TF NER', 'Find: Torch router']);
    expect(await names('verdict=violation')).toEqual(['Find: JAX research']);
    expect(await names('family=JAX')).toEqual(['Find: JAX research']);
    expect((await api.http.get('/api/models?q=diffusion').expect(200)).body.items).toHaveLength(1);
    expect(await names('framework=tensorflow,jax')).toEqual(['Find: JAX research', 'Find: TF NER']);
    expect(await names('verdict=violation,grandfathered&lifecycle=research,production')).toEqual([
      'Find: JAX research',
      'Find: TF NER',
    ]);
  });

  it('searches every text field as it is after an edit, case-insensitively', async () => {
    const created = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Search: speech tagger', task: 'ASR', tags: ['audio'] }))
        .expect(201)
    ).body;
    const found = async (q: string) =>
      (await api.http.get(`/api/models?q=${encodeURIComponent(q)}`).expect(200)).body.items.map(
        (model: { name: string }) => model.name,
      );
    expect(await found('AUDIO')).toEqual(['Search: speech tagger']);
    await api.http
      .patch(`/api/models/${created.id}`)
      .send({ version: 1, name: 'Search: voice tagger', description: 'wav2vec fine-tune', tags: ['speech'] })
      .expect(200);
    expect(await found('audio')).toEqual([]);
    expect(await found('Wav2Vec')).toEqual(['Search: voice tagger']);
    expect(await found('voice tag')).toEqual(['Search: voice tagger']);
    expect(await found('50%_')).toEqual([]);
  });

  it('sorts and pages', async () => {
    const first = await api.http.get('/api/models?q=Find:&sort=name&order=desc&pageSize=2&page=1').expect(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items.map((model: { name: string }) => model.name)).toEqual([
      'Find: Torch router',
      'Find: TF NER',
    ]);
    const second = await api.http.get('/api/models?q=Find:&sort=name&order=desc&pageSize=2&page=2').expect(200);
    expect(second.body.items.map((model: { name: string }) => model.name)).toEqual(['Find: JAX research']);
    const beyond = await api.http.get('/api/models?q=Find:&pageSize=2&page=9').expect(200);
    expect(beyond.body).toMatchObject({ total: 3, items: [] });
  });

  it.each([
    'q=%00',
    'team=a%00b',
    'framework=caffe',
    'framework=pytorch,caffe',
    'lifecycle=,',
    'page=0',
    'pageSize=100000',
    'sort=colour',
    'asOf=2020-02-30',
    'verdict=red',
  ])('rejects the query %s with 400', async (query) => {
    const response = await api.http.get(`/api/models?${query}`).expect(400);
    expect(response.body.details).toBeInstanceOf(Array);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    await api.http.get('/api/models/4b0e8e8c-1111-4c4c-8888-123456789abc').expect(404);
    const response = await api.http.get('/api/models/not-an-id').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    await api.http.get('/api/models/not-an-id/history').expect(404);
    await api.http
      .patch('/api/models/4b0e8e8c-1111-4c4c-8888-123456789abc')
      .send({ version: 1, team: 'x' })
      .expect(404);
  });
});

describe('editing a model', () => {
  it('applies a change with the current version, bumps it, and records from → to', async () => {
    const created = (
      await api.http
        .post('/api/models')
        .send(newModel({ lifecycle: 'staging' }))
        .expect(201)
    ).body;
    const updated = await api.http
      .patch(`/api/models/${created.id}`)
      .send({ version: 1, lifecycle: 'production', retireBy: '2030-01-01' })
      .expect(200);
    expect(updated.body).toMatchObject({ version: 2, lifecycle: 'production', retireBy: '2030-01-01' });
    const [latest] = (await api.http.get(`/api/models/${created.id}/history`)).body.items;
    expect(latest).toMatchObject({ kind: 'updated', version: 2 });
    expect(latest.changes).toEqual([
      { field: 'lifecycle', from: 'staging', to: 'production' },
      { field: 'retireBy', from: null, to: '2030-01-01' },
    ]);
  });

  it('refuses a stale version with 409, shows the newer model, and writes nothing', async () => {
    const created = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    await api.http.patch(`/api/models/${created.id}`).send({ version: 1, task: 'NER' }).expect(200);
    const stale = await api.http
      .patch(`/api/models/${created.id}`)
      .send({ version: 1, task: 'summarisation' })
      .expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, current: { version: 2, task: 'NER' } });
    expect((await api.http.get(`/api/models/${created.id}`)).body).toMatchObject({ version: 2, task: 'NER' });
    expect((await api.http.get(`/api/models/${created.id}/history`)).body.items).toHaveLength(2);
  });

  it('records no event when nothing changes', async () => {
    const created = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const same = await api.http.patch(`/api/models/${created.id}`).send({ version: 1, team: created.team }).expect(200);
    expect(same.body.version).toBe(1);
    expect((await api.http.get(`/api/models/${created.id}/history`)).body.items).toHaveLength(1);
  });

  it.each([
    ['no version', { team: 'x' }, 'version'],
    ['an unknown field', { version: 1, colour: 'blue' }, 'colour'],
    ['an impossible retireBy', { version: 1, retireBy: '2021-02-29' }, 'retireBy'],
    ['an empty name', { version: 1, name: '  ' }, 'name'],
  ])('rejects a change with %s (400)', async (_case, body, field) => {
    const created = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const response = await api.http.patch(`/api/models/${created.id}`).send(body).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
  });

  it('refuses a rename to an existing name with 409', async () => {
    const first = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const second = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    await api.http.patch(`/api/models/${second.id}`).send({ version: 1, name: first.name }).expect(409);
  });
});

describe('the service', () => {
  it('reports health with the database up', async () => {
    expect((await api.http.get('/api/health').expect(200)).body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const document = (await api.http.get('/api/docs/json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/models', '/api/models/{id}', '/api/compliance']),
    );
    const body = document.paths['/api/models'].post.requestBody.content['application/json'].schema;
    expect(resolveSchema(document, body).properties).toHaveProperty('framework');
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const response = await api.http.post('/api/nothing-here').send({}).expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
