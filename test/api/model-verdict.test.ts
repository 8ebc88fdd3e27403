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

const register = async (overrides: Parameters<typeof newModel>[0]) =>
  (await api.http.post('/api/models').send(newModel(overrides)).expect(201)).body as { id: string; name: string };

describe('GET /api/models/:id/verdict', () => {
  it('without a framework: the verdict as registered, the same as the model shows', async () => {
    const model = await register({ framework: 'pytorch', frameworkVersion: '2.1.0', startedOn: '2024-01-15' });
    const { body } = await api.http.get(`/api/models/${model.id}/verdict`).expect(200);
    const shown = (await api.http.get(`/api/models/${model.id}`).expect(200)).body;
    expect(body).toEqual({
      modelId: model.id,
      name: model.name,
      registered: { framework: 'pytorch', frameworkVersion: '2.1.0', family: 'PyTorch', verdict: shown.verdict },
      judged: { framework: 'pytorch', frameworkVersion: '2.1.0', family: 'PyTorch', verdict: shown.verdict },
    });
  });

  it.each([
    ['a new project on TensorFlow', { startedOn: '2024-01-15' }, 'tensorflow', '2.15.0', 'new_not_preferred'],
    ['a new project on PyTorch', { startedOn: '2024-01-15' }, 'pytorch', '', 'new_preferred'],
    ['a legacy model on TensorFlow 1.x', { startedOn: '2018-01-15' }, 'tensorflow', '1.x', 'grandfathered'],
    ['a model on a framework the policy does not govern', { startedOn: '2024-01-15' }, 'sklearn', '', 'out_of_scope'],
  ] as const)('with a framework: %s', async (_case, overrides, framework, frameworkVersion, rule) => {
    const model = await register({ framework: 'pytorch', ...overrides });
    const { body } = await api.http
      .get(`/api/models/${model.id}/verdict`)
      .query({ framework, ...(frameworkVersion ? { frameworkVersion } : {}) })
      .expect(200);
    expect(body.judged).toMatchObject({ framework, frameworkVersion, verdict: { rule } });
    expect(body.registered.framework).toBe('pytorch');
  });

  it('counts the exceptions in force, and a viewer may ask', async () => {
    const model = await register({ framework: 'pytorch', startedOn: '2024-01-15' });
    await api.http
      .post(`/api/models/${model.id}/exceptions`)
      .send({ reason: 'Vendor SDK', approvedBy: 'CTO', expiresOn: '2099-01-01' })
      .expect(201);
    const viewer = await api.signedInAs('viewer');
    const { body } = await viewer.get(`/api/models/${model.id}/verdict?framework=tensorflow`).expect(200);
    expect(body.judged.verdict).toMatchObject({ status: 'exception', rule: 'exception' });
  });

  it('answers 400 for a framework it cannot judge or a version without one, 404 for an unknown model', async () => {
    const model = await register({});
    const unknown = await api.http.get(`/api/models/${model.id}/verdict?framework=unknown`).expect(400);
    expect(unknown.body.details).toEqual([{ field: 'framework', message: expect.any(String) }]);
    const lone = await api.http.get(`/api/models/${model.id}/verdict?frameworkVersion=1.15`).expect(400);
    expect(lone.body.details).toEqual([{ field: 'frameworkVersion', message: 'needs framework' }]);
    await api.http.get('/api/models/4b0e8e8c-1111-4c4c-8888-123456789abc/verdict').expect(404);
  });
});
