import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRepoRoot } from '../../apps/api/src/database/repo-paths.js';
import { PolicyService } from '../../apps/api/src/policy/policy.service.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { contractProblem } from '../support/contract.js';
import { registeredRoutes, routeKey } from '../support/routes.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe('the OpenAPI document', () => {
  it('is the committed openapi.json', async () => {
    const served = (await api.http.get('/api/docs/json').expect(200)).body;
    const committed = JSON.parse(await readFile(path.join(findRepoRoot(), 'openapi.json'), 'utf8'));
    expect(served, 'openapi.json is not what the code describes: run `npm run openapi` and commit it').toEqual(
      committed,
    );
  });

  it('declares what every route answers when it succeeds, under an operation id of its own', async () => {
    const routes = registeredRoutes(api.app);
    expect(routes.length).toBeGreaterThan(30);
    const withoutSuccess = routes.filter(
      (route) => !route.responses.some(({ status }) => status >= 200 && status < 300),
    );
    expect(withoutSuccess.map(routeKey)).toEqual([]);

    const document = (await api.http.get('/api/docs/json').expect(200)).body;
    const operations = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods as Record<string, { operationId: string }>),
    );
    const ids = operations.map((operation) => operation.operationId);
    expect(operations).toHaveLength(routes.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.includes('Controller_'))).toEqual([]);
  });

  it('marks the old backup routes deprecated, and only those', async () => {
    const document = (await api.http.get('/api/docs/json').expect(200)).body;
    const deprecated = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.entries(methods as Record<string, { deprecated?: boolean }>)
        .filter(([, operation]) => operation.deprecated)
        .map(([method]) => `${method.toUpperCase()} ${route}`),
    );
    expect(deprecated.sort()).toEqual(['GET /api/export', 'POST /api/import']);
  });
});

describe('the contract check on every answer', () => {
  const drifted = async (change: (overview: Awaited<ReturnType<PolicyService['overview']>>) => unknown) => {
    const policy = api.app.get(PolicyService);
    const real = await policy.overview();
    const spy = vi.spyOn(policy, 'overview').mockResolvedValue(change(real) as never);
    try {
      const response = await api.http.get('/api/policy').expect(500);
      expect(api.contract.violations).toEqual([response.body.message]);
      return response.body.message as string;
    } finally {
      spy.mockRestore();
      // Shown to fail on purpose: the file's own check must not fail on it.
      api.contract.violations.length = 0;
    }
  };

  it('fails an answer whose value drifted from its schema, naming the field', async () => {
    const message = await drifted((real) => ({ ...real, current: { ...real.current, preferredFramework: 'caffe' } }));
    expect(message).toMatch(
      /^GET \/api\/policy answered 200 with a body its schema refuses — current\.preferredFramework: /,
    );
  });

  it('fails an answer with a field its schema does not declare, or without one it does', async () => {
    expect(await drifted((real) => ({ ...real, draft: null }))).toMatch(/\(body\): Unrecognized key: "draft"/);
    expect(await drifted(({ versions: _versions, ...rest }) => rest)).toMatch(/versions: /);
  });

  it('knows the health probe answers 503 in its own shape when the database is down', () => {
    const health = registeredRoutes(api.app).find((route) => routeKey(route) === 'GET /api/health');
    expect(contractProblem(health, 503, { status: 'degraded', database: 'down' })).toBeNull();
    expect(contractProblem(health, 503, { statusCode: 503, error: 'Service Unavailable', message: 'down' })).toMatch(
      /status: /,
    );
  });

  it('keeps password hashes out of every account answer', async () => {
    const created = await api.http
      .post('/api/users')
      .send({ email: 'hash@example.com', name: 'Hash', role: 'viewer', password: 'correct horse battery' })
      .expect(201);
    const listed = (await api.http.get('/api/users').expect(200)).body as Record<string, unknown>[];
    const changed = await api.http.patch(`/api/users/${created.body.id}`).send({ name: 'Renamed' }).expect(200);
    for (const user of [created.body, ...listed, changed.body]) expect(user).not.toHaveProperty('passwordHash');
  });

  it('holds errors to the one error shape', async () => {
    const response = await api.http.get('/api/models/4b0e8e8c-1111-4c4c-8888-123456789abc').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect(api.contract.violations).toEqual([]);
  });
});
