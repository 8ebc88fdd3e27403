import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

// Issue 14: a model whose framework no one recorded is "to triage" until someone sets it.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const REASON = 'Framework not recorded: scan its repository or set it.';
const dashboard = async (query = '') => (await api.http.get(`/api/dashboard?weeks=4${query}`).expect(200)).body;

describe('a model of unknown framework', () => {
  it('gets the unknown verdict, counts as to triage, then is judged normally once its framework is set', async () => {
    const judged = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Judged torch model', startedOn: '2021-01-01', since: '2021-02-01' }))
        .expect(201)
    ).body;
    const created = await api.http
      .post('/api/models')
      .send(
        newModel({
          name: 'Imported intent router',
          framework: 'unknown',
          frameworkVersion: '',
          lifecycle: 'production',
          startedOn: '2021-03-01',
          since: '2021-03-01',
        }),
      )
      .expect(201);
    expect(created.body).toMatchObject({
      framework: 'unknown',
      family: 'Unknown',
      verdict: { status: 'unknown', rule: 'unknown', reason: REASON },
    });
    const id: string = created.body.id;

    const listed = async (query: string) =>
      (await api.http.get(`/api/models?${query}`).expect(200)).body.items.map((model: { id: string }) => model.id);
    expect(await listed('verdict=unknown')).toEqual([id]);
    expect(await listed('family=Unknown')).toEqual([id]);
    expect(await listed('framework=unknown')).toEqual([id]);

    // Out of the rate like a retired model: the one judged new project keeps it at 100%.
    const compliance = (await api.http.get('/api/compliance').expect(200)).body;
    expect(compliance.counts).toMatchObject({ unknown: 1, compliant: 1 });
    expect(compliance.newProjectComplianceRate).toBe(1);
    expect((await dashboard()).kpis.toTriage).toMatchObject({ value: 1 });

    const review = await api.http.post('/api/reviews').send({ notes: 'before triage' }).expect(201);
    expect(review.body.kpis.toTriage).toBe(1);

    const set = await api.http
      .patch(`/api/models/${id}`)
      .send({ version: created.body.version, framework: 'tensorflow', frameworkVersion: '2.4' })
      .expect(200);
    expect(set.body).toMatchObject({
      family: 'TensorFlow 2.x',
      verdict: { status: 'violation', rule: 'new_not_preferred' },
    });

    const after = await dashboard();
    expect(after.kpis.toTriage).toEqual({ value: 0, previous: 1, change: -1 });
    expect(after.kpis.openViolations.value).toBe(1);
    expect((await api.http.get('/api/compliance').expect(200)).body.newProjectComplianceRate).toBe(0.5);

    const changes = (await api.http.get('/api/reviews/latest/changes').expect(200)).body;
    expect(changes.groups.leftUnknown.items).toEqual([
      expect.objectContaining({
        modelId: id,
        summary: expect.stringMatching(/^unknown → violation: Started 2021-03-01/),
      }),
    ]);
    expect(changes.groups.newViolations.items.map((item: { modelId: string }) => item.modelId)).toEqual([id]);

    // The past keeps its verdict: as of a day when the framework was unknown it is still to triage.
    const past = (await api.http.get(`/api/models/${id}?asOf=2021-06-01`).expect(200)).body;
    expect(past.verdict).toMatchObject({ status: 'unknown', reason: REASON });
    const history = (await dashboard('&asOf=2021-06-01')).series;
    expect(history.verdicts.at(-1)).toMatchObject({ unknown: 1, compliant: 1 });
    expect(history.families.at(-1)).toMatchObject({ Unknown: 1, PyTorch: 1 });
    expect(judged.verdict.status).toBe('compliant');
  });

  it('lists a model that became unknown in the weekly review changes', async () => {
    await api.http.post('/api/reviews').send({ notes: 'baseline' }).expect(201);
    const model = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Forgotten model' }))
        .expect(201)
    ).body;
    await api.http
      .patch(`/api/models/${model.id}`)
      .send({ version: model.version, framework: 'unknown', frameworkVersion: '' })
      .expect(200);
    const changes = (await api.http.get('/api/reviews/latest/changes').expect(200)).body;
    expect(changes.groups.becameUnknown.items).toEqual([
      expect.objectContaining({ modelId: model.id, summary: `unknown: ${REASON}` }),
    ]);
  });

  it('refuses unknown as a migration target', async () => {
    const response = await api.http
      .post('/api/models')
      .send(newModel({ migration: 'planned', migrationTarget: 'unknown' as 'pytorch' }))
      .expect(400);
    expect(response.body.details).toEqual([
      { field: 'migrationTarget', message: 'must be a known framework: the one the model moves to' },
    ]);
  });
});

describe('a policy never names unknown', () => {
  it.each([
    ['governed', { governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax', 'unknown'] }, 'governedFrameworks.4'],
    ['legacy', { legacyFrameworks: ['tensorflow', 'unknown'] }, 'legacyFrameworks.1'],
    ['preferred', { preferredFramework: 'unknown' }, 'preferredFramework'],
  ])('refuses unknown as a %s framework with 400 and a field error', async (_case, change, field) => {
    const { current } = (await api.http.get('/api/policy').expect(200)).body;
    const { id: _id, createdAt: _createdAt, createdBy: _createdBy, ...body } = current;
    const before = (await api.http.get('/api/policy')).body.versions.length;
    const response = await api.http
      .put('/api/policy')
      .send({ ...body, ...change })
      .expect(400);
    expect(response.body.details).toContainEqual({
      field,
      message: expect.stringMatching(/^unknown is not a framework a policy can name/),
    });
    expect((await api.http.get('/api/policy')).body.versions.length).toBe(before);
  });
});
