import { addDays, toIsoDate } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const today = toIsoDate(new Date());
const register = async (body: object) => (await api.http.post('/api/models').send(body).expect(201)).body;
const compliance = async (query = '') => (await api.http.get(`/api/compliance${query}`).expect(200)).body;

describe('GET /api/compliance', () => {
  it('gives the policy used, counts by verdict, the new-project rate and every model, worst first', async () => {
    await register(newModel({ name: 'Torch new', framework: 'pytorch', startedOn: '2021-01-01' }));
    await register(
      newModel({ name: 'TF2 new', framework: 'tensorflow', frameworkVersion: '2.5', startedOn: '2021-01-01' }),
    );
    await register(
      newModel({
        name: 'TF1 old',
        framework: 'tensorflow',
        frameworkVersion: '1.15',
        lifecycle: 'production',
        startedOn: '2018-01-01',
      }),
    );
    await register(newModel({ name: 'Sklearn', framework: 'sklearn', startedOn: '2021-01-01' }));
    const report = await compliance();
    expect(report.policy).toMatchObject({ newProjectsFrom: '2020-04-01', preferredFramework: 'pytorch' });
    expect(report.counts).toMatchObject({ compliant: 1, violation: 1, grandfathered: 1, out_of_scope: 1, warning: 0 });
    expect(report.newProjectComplianceRate).toBe(0.5);
    expect(report.models.map((model: { name: string }) => model.name)).toEqual([
      'TF2 new',
      'Torch new',
      'TF1 old',
      'Sklearn',
    ]);
    expect(report.models[0].verdict).toMatchObject({ status: 'violation', rule: 'new_not_preferred' });
    expect(report.models[0].verdict.reason).toContain('2021-01-01');
  });

  it('has no rate when there are no new projects', async () => {
    expect((await compliance('?asOf=2000-01-01')).newProjectComplianceRate).toBeNull();
  });

  it.each(['asOf=2021-02-30', 'asOf=tomorrow', 'asOf=2021-01-15T25:00:00Z'])('rejects %s with 400', async (query) => {
    await api.http.get(`/api/compliance?${query}`).expect(400);
  });
});

describe('as of a past time', () => {
  it('judges the state a model had then, not today’s', async () => {
    const model = await register(
      newModel({
        name: 'Moved to torch',
        framework: 'tensorflow',
        frameworkVersion: '2.4',
        startedOn: '2021-06-01',
        since: '2021-06-01',
      }),
    );
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await api.http
      .patch(`/api/models/${model.id}`)
      .send({ version: 1, framework: 'pytorch', frameworkVersion: '2.1' })
      .expect(200);
    const verdictIn = (report: { models: { id: string; verdict: { status: string }; framework: string }[] }) =>
      report.models.find((candidate) => candidate.id === model.id);
    expect(verdictIn(await compliance())).toMatchObject({ framework: 'pytorch', verdict: { status: 'compliant' } });
    expect(verdictIn(await compliance(`?asOf=${encodeURIComponent(before)}`))).toMatchObject({
      framework: 'tensorflow',
      verdict: { status: 'violation' },
    });
    expect(verdictIn(await compliance('?asOf=2021-05-31'))).toBeUndefined();
    const asOfModel = await api.http.get(`/api/models/${model.id}?asOf=${encodeURIComponent(before)}`).expect(200);
    expect(asOfModel.body).toMatchObject({ framework: 'tensorflow', version: 1 });
    await api.http.get(`/api/models/${model.id}?asOf=2021-05-31`).expect(404);
  });
});

describe('exceptions', () => {
  it('turns a violation into an exception while in force, shows when it expires, and revoking keeps it on record', async () => {
    const model = await register(
      newModel({
        name: 'Edge TF',
        framework: 'tensorflow',
        frameworkVersion: '2.9',
        deploymentTarget: 'edge',
        startedOn: '2022-01-01',
      }),
    );
    expect(model.verdict.status).toBe('violation');
    const expiresOn = addDays(today, 10);
    const granted = await api.http
      .post(`/api/models/${model.id}/exceptions`)
      .send({ reason: 'Gateway runtime', approvedBy: 'Lead', expiresOn })
      .expect(201);
    expect(granted.body).toMatchObject({ grantedOn: today, expiresOn, state: 'active', createdBy: 'token:bootstrap' });
    const detail = (await api.http.get(`/api/models/${model.id}`).expect(200)).body;
    expect(detail.verdict).toMatchObject({ status: 'exception', rule: 'exception' });
    expect(detail.verdict.reason).toContain('Gateway runtime');
    const report = await compliance();
    expect(report.expiringExceptions).toEqual([
      expect.objectContaining({ id: granted.body.id, modelName: 'Edge TF', state: 'active' }),
    ]);
    expect(report.newProjects.exception).toBeGreaterThanOrEqual(1);

    const revoked = await api.http.delete(`/api/exceptions/${granted.body.id}`).expect(200);
    expect(revoked.body).toMatchObject({ state: 'revoked', revokedBy: 'token:bootstrap' });
    const after = (await api.http.get(`/api/models/${model.id}`).expect(200)).body;
    expect(after.verdict.status).toBe('violation');
    expect(after.exceptions).toEqual([expect.objectContaining({ id: granted.body.id, state: 'revoked' })]);
    expect((await compliance()).expiringExceptions).toEqual([]);
    // As of a moment before the revocation, the exception was in force.
    const then = await compliance(`?asOf=${encodeURIComponent(granted.body.createdAt)}`);
    expect(then.expiringExceptions.map((exception: { id: string }) => exception.id)).toEqual([granted.body.id]);
  });

  it('keeps an expired exception visible as expired and says so in the reason', async () => {
    const model = await register(
      newModel({ name: 'Expired waiver', framework: 'jax', startedOn: '2022-01-01', since: '2022-01-01' }),
    );
    await api.http
      .post(`/api/models/${model.id}/exceptions`)
      .send({ reason: 'Trial', approvedBy: 'Lead', grantedOn: '2022-01-01', expiresOn: '2022-06-01' })
      .expect(201);
    const detail = (await api.http.get(`/api/models/${model.id}`).expect(200)).body;
    expect(detail.verdict.status).toBe('violation');
    expect(detail.verdict.reason).toContain('exception expired on 2022-06-01');
    expect(detail.exceptions[0].state).toBe('expired');
    expect((await api.http.get(`/api/models/${model.id}?asOf=2022-03-01`)).body.verdict.status).toBe('exception');
    // The list judges with the same exceptions, now and in the past.
    const listed = async (query: string) =>
      (await api.http.get(`/api/models?q=Expired%20waiver${query}`).expect(200)).body.items[0].verdict;
    expect(await listed('')).toEqual(detail.verdict);
    expect((await listed('&asOf=2022-03-01')).status).toBe('exception');
  });

  it.each([
    ['no reason', { approvedBy: 'Lead', expiresOn: '2030-01-01' }, 'reason'],
    [
      'an expiry before the grant',
      { reason: 'x', approvedBy: 'Lead', grantedOn: '2025-01-02', expiresOn: '2025-01-01' },
      'expiresOn',
    ],
    [
      'an expiry today or earlier with the default grant date',
      { reason: 'x', approvedBy: 'Lead', expiresOn: today },
      'expiresOn',
    ],
    ['an impossible date', { reason: 'x', approvedBy: 'Lead', expiresOn: '2025-02-30' }, 'expiresOn'],
    ['an unknown field', { reason: 'x', approvedBy: 'Lead', expiresOn: '2030-01-01', colour: 1 }, 'colour'],
  ])('refuses %s with 400 and writes nothing', async (_case, body, field) => {
    const model = await register(newModel());
    const response = await api.http.post(`/api/models/${model.id}/exceptions`).send(body).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect((await api.http.get(`/api/models/${model.id}`)).body.exceptions).toEqual([]);
  });

  it('answers 404 for an unknown model or exception', async () => {
    await api.http
      .post('/api/models/4b0e8e8c-1111-4c4c-8888-123456789abc/exceptions')
      .send({ reason: 'x', approvedBy: 'y', expiresOn: '2030-01-01' })
      .expect(404);
    await api.http.delete('/api/exceptions/4b0e8e8c-1111-4c4c-8888-123456789abc').expect(404);
  });
});

describe('the policy', () => {
  it('lists the version in force and every version, and an allowance covers matching models from its date', async () => {
    const onDevice = await register(
      newModel({
        name: 'Phone reader',
        framework: 'tensorflow',
        frameworkVersion: '2.3',
        deploymentTarget: 'mobile',
        servingStack: 'tf-lite',
        startedOn: '2021-01-01',
        since: '2021-01-01',
      }),
    );
    const server = await register(
      newModel({
        name: 'Server TF',
        framework: 'tensorflow',
        frameworkVersion: '2.3',
        deploymentTarget: 'server',
        servingStack: 'tf-serving',
        startedOn: '2021-01-01',
        since: '2021-01-01',
      }),
    );
    const overview = (await api.http.get('/api/policy').expect(200)).body;
    const { id: _id, createdAt: _createdAt, createdBy: _createdBy, ...current } = overview.current;
    const added = await api.http
      .put('/api/policy')
      .send({
        ...current,
        inForceFrom: '2023-01-01',
        allowances: [
          {
            frameworks: ['tensorflow'],
            deploymentTargets: ['mobile', 'edge'],
            servingStacks: ['tf-lite'],
            reason: 'On-device models may stay on TF Lite',
          },
        ],
      })
      .expect(201);
    expect(added.body).toMatchObject({ inForceFrom: '2023-01-01', createdBy: 'token:bootstrap' });
    const after = (await api.http.get('/api/policy').expect(200)).body;
    expect(after.versions.map((version: { id: number }) => version.id)).toEqual([added.body.id, overview.current.id]);
    expect(after.current.id).toBe(added.body.id);

    const statusOf = async (id: string, asOf: string) =>
      (await api.http.get(`/api/models/${id}?asOf=${asOf}`)).body.verdict;
    expect(await statusOf(onDevice.id, '2022-12-31')).toMatchObject({ status: 'violation' });
    expect(await statusOf(onDevice.id, '2023-01-01')).toMatchObject({ status: 'exception', rule: 'allowance' });
    expect((await statusOf(onDevice.id, '2023-01-01')).reason).toContain('On-device models may stay on TF Lite');
    expect(await statusOf(server.id, '2023-01-01')).toMatchObject({ status: 'violation' });
    const filtered = (await api.http.get('/api/models?verdict=exception&q=Phone').expect(200)).body;
    expect(filtered.items.map((model: { id: string }) => model.id)).toEqual([onDevice.id]);
  });

  it.each([
    ['a preferred framework outside the governed ones', { preferredFramework: 'onnx' }, 'preferredFramework'],
    ['an allowance with no list', { allowances: [{ reason: 'all of them' }] }, 'allowances.0'],
    ['an impossible date', { inForceFrom: '2023-02-30' }, 'inForceFrom'],
  ])('refuses %s with 400 and keeps the versions', async (_case, change, field) => {
    const before = (await api.http.get('/api/policy')).body.versions.length;
    const { current } = (await api.http.get('/api/policy')).body;
    const { id: _id, createdAt: _createdAt, createdBy: _createdBy, ...body } = current;
    const response = await api.http
      .put('/api/policy')
      .send({ ...body, ...change })
      .expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).join(' ')).toContain(field);
    expect((await api.http.get('/api/policy')).body.versions.length).toBe(before);
  });
});
