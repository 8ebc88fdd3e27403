import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { AuthService } from '../../apps/api/src/auth/auth.service.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';
import { registeredRoutes as registeredAppRoutes, routeKey as key, type Route } from '../support/routes.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const registeredRoutes = () => registeredAppRoutes(api.app);

const concrete = (path: string) => path.replace(/:\w+/g, '4b0e8e8c-1111-4c4c-8888-123456789abc');
const send = (agent: TestApi['http'], route: Route) =>
  agent[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](concrete(route.path)).send({});

const PUBLIC_ROUTES = [
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  // Badges: open to anyone holding a signed URL (test/api/badges.test.ts).
  'GET /badges/models/:id.svg',
  'GET /badges/teams/:team.svg',
  // The command line holds no secret: CI jobs download it before they have a token (test/cli/server.test.ts).
  'GET /cli/mmt.mjs',
];
// Writes a viewer may make: about their own account and tokens, never about the registry.
const VIEWER_WRITES = [
  'PUT /api/auth/password',
  'POST /api/auth/logout-everywhere',
  'POST /api/tokens',
  'DELETE /api/tokens/:id',
  'PUT /api/digest/subscription',
];
// Reads only an admin may make: people and webhooks.
const ADMIN_READS = ['/api/users', '/api/webhooks'];

describe('every route', () => {
  it('finds the routes (so the checks below cannot pass on an empty list)', () => {
    const keys = registeredRoutes().map(key);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys).toEqual(
      expect.arrayContaining(['POST /api/models', 'PUT /api/policy', 'GET /api/dashboard', 'POST /api/users']),
    );
    expect(
      registeredRoutes()
        .filter((route) => route.isPublic)
        .map(key)
        .sort(),
    ).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 without credentials, except the public ones', async () => {
    for (const route of registeredRoutes().filter((candidate) => !candidate.isPublic)) {
      const response = await send(api.anonymous, route);
      expect({ route: key(route), status: response.status }).toEqual({ route: key(route), status: 401 });
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
  });

  it('answers 403 to a viewer on every write', async () => {
    const viewer = await api.signedInAs('viewer');
    const writes = registeredRoutes().filter(
      (route) => route.method !== 'GET' && !route.isPublic && !VIEWER_WRITES.includes(key(route)),
    );
    expect(writes.length).toBeGreaterThanOrEqual(8);
    for (const route of writes) {
      const response = await send(viewer, route);
      expect({ route: key(route), status: response.status }).toEqual({ route: key(route), status: 403 });
    }
  });

  it('lets a viewer read every GET route (never 401/403)', async () => {
    const viewer = await api.signedInAs('viewer');
    const reads = registeredRoutes().filter(
      (route) =>
        route.method === 'GET' && !ADMIN_READS.some((prefix) => route.path.startsWith(prefix)) && !route.isPublic,
    );
    for (const route of reads) {
      const response = await send(viewer, route);
      expect({ route: key(route), forbidden: [401, 403].includes(response.status) }).toEqual({
        route: key(route),
        forbidden: false,
      });
    }
  });
});

describe('signing in', () => {
  it('sets an HTTP-only, SameSite session cookie, and signing out ends it', async () => {
    const editor = await api.signedInAs('editor');
    const login = await api.anonymous
      .post('/api/auth/login')
      .send({ email: editor.email, password: editor.password })
      .expect(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/mmt_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // Secure behind an HTTPS proxy named in TRUST_PROXY: sign-in-limits.test.ts.
    expect(cookie).not.toMatch(/Secure/);
    expect((await editor.get('/api/auth/me').expect(200)).body).toMatchObject({
      kind: 'user',
      email: editor.email,
      role: 'editor',
    });
    await editor.post('/api/auth/logout').expect(204);
    await editor.get('/api/auth/me').expect(401);
  });

  it('records who made each change', async () => {
    const editor = await api.signedInAs('editor');
    const created = (await editor.post('/api/models').send(newModel()).expect(201)).body;
    const history = (await editor.get(`/api/models/${created.id}/history`).expect(200)).body.items;
    expect(history[0].actor).toBe(editor.email);
  });

  it('refuses a wrong password with 401 and then limits the account from that address with 429', async () => {
    const editor = await api.signedInAs('editor');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await api.anonymous
        .post('/api/auth/login')
        .send({ email: editor.email, password: 'wrong password!' })
        .expect(401);
      expect(response.body.message).toBe('Wrong email or password');
    }
    const limited = await api.anonymous
      .post('/api/auth/login')
      .send({ email: editor.email, password: editor.password })
      .expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ends a deactivated user’s sessions and keeps their history', async () => {
    const editor = await api.signedInAs('editor');
    const created = (await editor.post('/api/models').send(newModel()).expect(201)).body;
    const me = (await editor.get('/api/auth/me')).body;
    await api.http.patch(`/api/users/${me.id}`).send({ active: false }).expect(200);
    await editor.get('/api/models').expect(401);
    expect((await api.http.get(`/api/models/${created.id}/history`)).body.items[0].actor).toBe(editor.email);
  });

  it('refuses cookie-authenticated changes sent from another site', async () => {
    const editor = await api.signedInAs('editor');
    await editor.post('/api/models').set('Origin', 'https://evil.example').send(newModel()).expect(403);
  });

  it('lets a person change their own password', async () => {
    const viewer = await api.signedInAs('viewer');
    await viewer
      .put('/api/auth/password')
      .send({ currentPassword: 'nope', newPassword: 'a much longer password' })
      .expect(400);
    await viewer
      .put('/api/auth/password')
      .send({ currentPassword: viewer.password, newPassword: 'a much longer password' })
      .expect(204);
    await api.anonymous
      .post('/api/auth/login')
      .send({ email: viewer.email, password: 'a much longer password' })
      .expect(200);
  });
});

describe('API tokens', () => {
  it('shows a token once, stores only its hash, and it works until revoked', async () => {
    const created = await api.http.post('/api/tokens').send({ name: 'training pipeline', scope: 'write' }).expect(201);
    const { token, id } = created.body;
    expect(token).toMatch(/^mmt_/);
    const listed = (await api.http.get('/api/tokens').expect(200)).body;
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed.find((row: { id: string }) => row.id === id)).not.toHaveProperty('tokenHash');
    expect(listed.find((row: { id: string }) => row.id === id)).toMatchObject({
      name: 'training pipeline',
      scope: 'write',
      ownerEmail: null,
    });
    const dump = await api.db.query<{ row: string }>(
      `SELECT row_to_json(t)::text AS row FROM api_token t UNION ALL SELECT row_to_json(s)::text FROM session s UNION ALL SELECT row_to_json(u)::text FROM app_user u`,
    );
    expect(dump.some(({ row }) => row.includes(token))).toBe(false);

    const pipeline = api.anonymous;
    await pipeline.post('/api/models').set('Authorization', `Bearer ${token}`).send(newModel()).expect(201);
    const used = (await api.http.get('/api/tokens')).body.find((row: { id: string }) => row.id === id);
    expect(used.lastUsedAt).not.toBeNull();
    await api.http.delete(`/api/tokens/${id}`).expect(200);
    await pipeline.get('/api/models').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('a read token cannot write', async () => {
    const { token } = (await api.http.post('/api/tokens').send({ name: 'dashboard bot', scope: 'read' }).expect(201))
      .body;
    await api.anonymous.get('/api/models').set('Authorization', `Bearer ${token}`).expect(200);
    await api.anonymous.post('/api/models').set('Authorization', `Bearer ${token}`).send(newModel()).expect(403);
  });

  it('an expired token gets 401', async () => {
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    const { token } = (
      await api.http.post('/api/tokens').send({ name: 'short-lived', scope: 'read', expiresAt }).expect(201)
    ).body;
    await api.anonymous.get('/api/models').set('Authorization', `Bearer ${token}`).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    await api.anonymous.get('/api/models').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('a viewer can hold read tokens only', async () => {
    const viewer = await api.signedInAs('viewer');
    await viewer.post('/api/tokens').send({ name: 'mine', scope: 'write' }).expect(403);
    await viewer.post('/api/tokens').send({ name: 'mine', scope: 'read' }).expect(201);
  });
});

describe('the first start', () => {
  it('creates an admin with a random password printed once when no bootstrap token is set', async () => {
    const fresh = await startTestApi();
    onTestFinished(() => fresh.close());
    const lines: string[] = [];
    const auth = fresh.app.get(AuthService);
    await auth.bootstrap({}, (line) => lines.push(line));
    const password = lines.map((line) => /password:\s+(\S+)/.exec(line)?.[1]).find(Boolean);
    expect(password).toBeDefined();
    // The default address, exactly as the console prints it.
    await fresh.anonymous.post('/api/auth/login').send({ email: 'admin@localhost', password }).expect(200);
    const again: string[] = [];
    await auth.bootstrap({}, (line) => again.push(line));
    expect(again).toEqual([]);
  });
});

describe('the HTTP edge', () => {
  it('sets security headers and keeps CORS closed', async () => {
    const response = await api.anonymous.get('/api/health').set('Origin', 'https://elsewhere.example').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
