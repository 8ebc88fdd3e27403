import fc from 'fast-check';
import { IMPORT_COLUMNS } from '@mmt/domain';
import type supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newScanFindings } from '@mmt/domain/testing';
import { newModel } from '../support/factories.js';
import {
  poisonedBody,
  poisonedQuery,
  type Path,
  type PoisonField,
  type Poisoned,
  type QueryParam,
} from '../support/poison.js';
import { registeredRoutes, routeKey, type Route } from '../support/routes.js';

let api: TestApi;
let modelId: string;
beforeAll(async () => {
  api = await startTestApi();
  modelId = (
    await api.http
      .post('/api/models')
      .send(newModel({ name: 'Fuzz target' }))
      .expect(201)
  ).body.id;
});
afterAll(async () => {
  await api?.close();
});

const RUNS_PER_ROUTE = 60;
// Routes whose rejections are meant to leave a trace: a failed sign-in is counted for the rate limit.
const WRITES_ON_REJECTION = new Set(['POST /api/auth/login']);

/** A fingerprint of every table a request could change (a token's last-used time excepted). */
async function databaseDigest(): Promise<string> {
  const tables = [
    'model',
    'model_event',
    'model_exception',
    'policy_version',
    'review',
    'app_user',
    'session',
    'verdict_span',
    'portfolio_change',
    'scan',
  ];
  const parts = tables.map(
    (table) => `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${table} t)`,
  );
  parts.push(
    `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM (SELECT id, name, scope, revoked_at, expires_at FROM api_token) t)`,
  );
  const [row] = await api.db.query<{ digest: string }>(`SELECT ${parts.join(' || ')} AS digest`);
  return row!.digest;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    "'; DROP TABLE model; --",
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '\u0000',
    '=HYPERLINK("http://x")',
    '2020-13-45',
    '2021-02-29',
    '9999-12-31T99:99:99Z',
    'NaN',
    '-1',
    '1e309',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃',
    '__proto__',
    'x'.repeat(3000),
    'all',
    'tensorflow',
    'production',
    'violation',
  ),
);
// Every field some route reads, plus keys that target prototypes.
const FIELD_NAMES = [
  ...IMPORT_COLUMNS,
  'version',
  'reason',
  'approvedBy',
  'grantedOn',
  'expiresOn',
  'inForceFrom',
  'newProjectsFrom',
  'preferredFramework',
  'legacyFrameworks',
  'governedFrameworks',
  'allowances',
  'heldOn',
  'attendees',
  'notes',
  'email',
  'password',
  'role',
  'active',
  'scope',
  'expiresAt',
  'currentPassword',
  'newPassword',
  '__proto__',
  'constructor',
  'id',
];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 5 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
);
const hostileBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { maxKeys: 8 }),
  // A nearly valid model with one field spoiled, so validation goes deep.
  fc.tuple(fc.constantFrom(...FIELD_NAMES), hostileValue).map(([field, value]) => ({ ...newModel(), [field]: value })),
);
const hostileQuery = fc.dictionary(
  fc.constantFrom(
    'asOf',
    'page',
    'pageSize',
    'sort',
    'order',
    'framework',
    'family',
    'lifecycle',
    'verdict',
    'q',
    'team',
    'weeks',
    'from',
    'to',
    'format',
    'dryRun',
    'x',
  ),
  hostileText,
  { maxKeys: 4 },
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zzz',
  'text/csv',
  'application/xml',
  'application/octet-stream',
);
const authorization = fc.oneof(
  fc.constant('admin'),
  fc.constant('admin'),
  fc.constant('admin'),
  fc.constant('none'),
  hostileText,
);
const idParam = fc.oneof(
  fc.constant('model'),
  fc.uuid(),
  hostileText.filter((text) => text.length > 0),
);

async function hit(
  route: Route,
  input: { body: unknown; query: Record<string, string>; type: string; auth: string; id: string },
) {
  const id = input.id === 'model' ? modelId : input.id;
  const path = route.path.replace(/:\w+/g, encodeURIComponent(id));
  const query = new URLSearchParams(input.query).toString();
  const url = query ? `${path}?${query}` : path;
  const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  let request = api.anonymous[method](url);
  if (input.auth === 'admin') request = request.set('Authorization', `Bearer ${api.adminToken}`);
  // Only what can travel in a header: printable ASCII.
  else if (input.auth !== 'none') request = request.set('Authorization', input.auth.replace(/[^\x20-\x7e]/g, ''));
  if (route.method === 'GET' || route.method === 'DELETE') return request;
  const payload = input.type.startsWith('application/json')
    ? JSON.stringify(input.body)
    : String(JSON.stringify(input.body));
  return request.set('Content-Type', input.type).send(payload);
}

describe('fuzzing every route', () => {
  const routes = () => registeredRoutes(api.app);

  it('covers the routes', () => {
    expect(routes().length).toBeGreaterThan(20);
  });

  it('never answers 5xx; every 4xx has the error shape; a rejected request changes nothing', async () => {
    let digest = await databaseDigest();
    for (const route of routes()) {
      await fc.assert(
        fc.asyncProperty(
          hostileBody,
          hostileQuery,
          contentType,
          authorization,
          idParam,
          async (body, query, type, auth, id) => {
            const response = await hit(route, { body, query, type, auth, id });
            const where = `${routeKey(route)} → ${response.status}`;
            expect(response.status, where).toBeLessThan(500);
            if (response.status >= 400) {
              expect(response.body, where).toMatchObject({
                statusCode: response.status,
                error: expect.any(String),
                message: expect.any(String),
              });
              const after = await databaseDigest();
              if (!WRITES_ON_REJECTION.has(routeKey(route)))
                expect(after, `${where} changed the database`).toBe(digest);
              digest = after;
            } else {
              digest = await databaseDigest();
            }
          },
        ),
        { numRuns: RUNS_PER_ROUTE },
      );
    }
  }, 600_000);
});

/** A write route: a valid body, the fields that may be poisoned, the objects that may get a `__proto__` key. */
interface BodySpec {
  route: string;
  path: string;
  agent: supertest.Agent;
  body: unknown;
  fields: PoisonField[];
  objects: Path[];
  /** A field as the route names it, as a path into the body (an import names `rows[0].team`). */
  asPath?: (field: string) => string;
  /** What the unpoisoned body gets: it must be valid, or the poisoned runs prove nothing. */
  validStatus: number;
}

interface QuerySpec {
  route: string;
  path: string;
  query: Record<string, string>;
  params: QueryParam[];
}

// Write routes whose only input is the id in the path, if any (a malformed one is simply not found).
const WITHOUT_BODY = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/logout-everywhere',
  'DELETE /api/exceptions/:id',
  'DELETE /api/tokens/:id',
  'DELETE /api/webhooks/:id',
  'POST /api/webhooks/:id/rotate-secret',
  'POST /api/webhooks/:id/test',
  'POST /api/webhooks/:id/deliveries/:deliveryId/redeliver',
  'POST /api/badges/rotate-secret',
]);
const TARGETED_RUNS = 150;

const text = (...path: Path): PoisonField => ({ path, kind: 'text' });
const choice = (...path: Path): PoisonField => ({ path, kind: 'enum' });
const date = (...path: Path): PoisonField => ({ path, kind: 'date' });
const list = (...path: Path): PoisonField => ({ path, kind: 'list' });
const int = (...path: Path): PoisonField => ({ path, kind: 'int' });

function expectRefusedNaming(response: supertest.Response, poisoned: Poisoned<unknown>, asPath = (f: string) => f) {
  const where = `${poisoned.field} = ${poisoned.poison} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
  expect(response.status, where).toBeGreaterThanOrEqual(400);
  expect(response.status, where).toBeLessThan(500);
  const fields = ((response.body as { details?: { field: string }[] }).details ?? []).map((detail) =>
    asPath(detail.field),
  );
  expect(
    fields.some((field) => field === poisoned.field || field.startsWith(`${poisoned.field}.`)),
    where,
  ).toBe(true);
}

describe('targeted fuzzing: valid requests with exactly one poisoned field', () => {
  let bodySpecs: BodySpec[];
  let querySpecs: QuerySpec[];

  beforeAll(async () => {
    const model = newModel({
      description: 'A model to poison',
      tags: ['nlp', 'fuzz'],
      repoUrl: 'https://example.com/repo',
      retireBy: '2030-01-01',
    });
    const target = (await api.http.post('/api/models').send(model).expect(201)).body as { id: string; version: number };
    const exception = {
      reason: 'Waiting for the port',
      approvedBy: 'Ana',
      grantedOn: '2025-01-01',
      expiresOn: '2031-01-01',
    };
    await api.http.post(`/api/models/${target.id}/exceptions`).send(exception).expect(201);
    const policy = {
      inForceFrom: '2025-01-01',
      newProjectsFrom: '2025-01-01',
      preferredFramework: 'pytorch',
      legacyFrameworks: ['tensorflow', 'keras'],
      governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax'],
      allowances: [{ frameworks: ['tensorflow'], servingStacks: ['tf-serving'], reason: 'Serving stays on TF' }],
    };
    await api.http.put('/api/policy').send(policy).expect(201);
    const review = { heldOn: '2025-01-06', attendees: ['Ana', 'Bo'], notes: 'Weekly review' };
    const reviews = [
      (await api.http.post('/api/reviews').send(review).expect(201)).body as { id: string },
      (await api.http.post('/api/reviews').send(review).expect(201)).body as { id: string },
    ];
    const user = (
      await api.http
        .post('/api/users')
        .send({ email: 'poisoned@example.com', name: 'Poisoned', role: 'viewer' })
        .expect(201)
    ).body as { id: string };
    const viewer = await api.signedInAs('viewer');
    const webhook = {
      url: 'http://127.0.0.1:9/hook',
      description: 'Poisoned',
      events: ['model.created'],
      format: 'standard',
    };
    const subscription = (await api.http.post('/api/webhooks').send(webhook).expect(201)).body as { id: string };
    const backup = JSON.parse((await api.http.get('/api/export').buffer(true)).text) as unknown;

    bodySpecs = [
      {
        route: 'POST /api/models',
        path: '/api/models',
        agent: api.http,
        body: { ...model, name: 'Poisoned new model', since: '2021-03-01' },
        fields: [
          text('name'),
          text('team'),
          text('task'),
          choice('framework'),
          text('frameworkVersion'),
          choice('lifecycle'),
          choice('deploymentTarget'),
          text('servingStack'),
          text('serialization'),
          date('startedOn'),
          choice('migration'),
          choice('migrationTarget'),
          date('retireBy'),
          text('repoUrl'),
          text('description'),
          list('tags'),
          text('tags', 0),
          date('since'),
        ],
        objects: [[]],
        validStatus: 201,
      },
      {
        route: 'PATCH /api/models/:id',
        path: `/api/models/${target.id}`,
        agent: api.http,
        body: { version: target.version, name: 'Renamed', lifecycle: 'staging', tags: ['a'], retireBy: '2031-01-01' },
        fields: [int('version'), text('name'), choice('lifecycle'), list('tags'), text('tags', 0), date('retireBy')],
        objects: [[]],
        validStatus: 200,
      },
      {
        route: 'POST /api/models/:id/exceptions',
        path: `/api/models/${target.id}/exceptions`,
        agent: api.http,
        body: exception,
        fields: [text('reason'), text('approvedBy'), date('grantedOn'), date('expiresOn')],
        objects: [[]],
        validStatus: 201,
      },
      {
        route: 'POST /api/models/:id/scans',
        path: `/api/models/${target.id}/scans`,
        agent: api.http,
        body: { commit: 'abcdef1234567', ref: 'main', findings: newScanFindings() },
        fields: [
          text('commit'),
          text('ref'),
          text('findings', 'root'),
          choice('findings', 'primary', 'framework'),
          text('findings', 'primary', 'version'),
          choice('findings', 'primary', 'family'),
          list('findings', 'frameworks'),
          list('findings', 'frameworks', 0, 'evidence'),
          text('findings', 'frameworks', 0, 'evidence', 0, 'file'),
          int('findings', 'frameworks', 0, 'evidence', 0, 'line'),
          text('findings', 'frameworks', 0, 'evidence', 0, 'text'),
          int('findings', 'tf1Apis', 'total'),
          list('findings', 'tf1Apis', 'occurrences'),
          choice('findings', 'tf1Apis', 'occurrences', 0, 'api'),
          list('findings', 'serialization'),
          choice('findings', 'serialization', 0, 'format'),
        ],
        objects: [[], ['findings'], ['findings', 'primary'], ['findings', 'tf1Apis', 'byApi']],
        validStatus: 201,
      },
      {
        route: 'PUT /api/policy',
        path: '/api/policy',
        agent: api.http,
        body: { ...policy, inForceFrom: '2026-01-01' },
        fields: [
          date('inForceFrom'),
          date('newProjectsFrom'),
          choice('preferredFramework'),
          list('legacyFrameworks'),
          choice('legacyFrameworks', 0),
          list('governedFrameworks'),
          list('allowances'),
          list('allowances', 0, 'frameworks'),
          text('allowances', 0, 'servingStacks', 0),
          text('allowances', 0, 'reason'),
        ],
        objects: [[], ['allowances', 0]],
        validStatus: 201,
      },
      {
        route: 'POST /api/reviews',
        path: '/api/reviews',
        agent: api.http,
        body: review,
        fields: [date('heldOn'), list('attendees'), text('attendees', 0), text('notes')],
        objects: [[]],
        validStatus: 201,
      },
      {
        route: 'POST /api/imports',
        path: '/api/imports',
        agent: api.http,
        body: { models: [{ ...newModel({ name: 'Poisoned import' }), tags: ['a'], since: '2021-03-01' }] },
        fields: [
          list('models'),
          text('models', 0, 'name'),
          text('models', 0, 'team'),
          choice('models', 0, 'framework'),
          choice('models', 0, 'lifecycle'),
          date('models', 0, 'startedOn'),
          // An import names the column of a problem: `rows[0].tags` for any tag.
          list('models', 0, 'tags'),
          date('models', 0, 'since'),
        ],
        objects: [[], ['models', 0]],
        // An import names a row's problems `rows[0].team`, and the file's `file.models`.
        asPath: (field) => field.replace(/^rows\[(\d+)\]\./, 'models.$1.').replace(/^file\./, ''),
        validStatus: 201,
      },
      // The restore route and its deprecated old name take the same file.
      ...['/api/backup/restore', '/api/import'].map((path): BodySpec => ({
        route: `POST ${path}`,
        path,
        agent: api.http,
        body: backup,
        fields: [
          choice('format'),
          int('schemaVersion'),
          { path: ['exportedAt'], kind: 'instant' },
          int('policyVersions', 0, 'id'),
          date('policyVersions', 1, 'inForceFrom'),
          text('policyVersions', 1, 'allowances', 0, 'reason'),
          { path: ['models', 0, 'id'], kind: 'id' },
          int('models', 0, 'version'),
          text('models', 0, 'events', 0, 'actor'),
          { path: ['models', 0, 'events', 0, 'at'], kind: 'instant' },
          choice('models', 0, 'events', 0, 'changes', 0, 'field'),
          text('models', 0, 'events', 0, 'state', 'name'),
          list('models', 0, 'events', 0, 'state', 'tags'),
          text('exceptions', 0, 'reason'),
          { path: ['exceptions', 0, 'modelId'], kind: 'id' },
          list('reviews', 0, 'attendees'),
          text('reviews', 0, 'notes'),
          list('reviews', 0, 'snapshot', 'verdicts'),
          choice('reviews', 0, 'snapshot', 'verdicts', 0, 'status'),
        ],
        objects: [[], ['models', 0], ['models', 0, 'events', 0, 'state'], ['reviews', 0, 'snapshot']],
        // The instance holds data already: a valid backup passes every check and is then refused.
        validStatus: 409,
      })),
      {
        route: 'POST /api/users',
        path: '/api/users',
        agent: api.http,
        body: { email: 'new-poisoned@example.com', name: 'New', role: 'editor', password: 'correct horse battery' },
        fields: [text('email'), text('name'), choice('role'), text('password')],
        objects: [[]],
        validStatus: 201,
      },
      {
        route: 'PATCH /api/users/:id',
        path: `/api/users/${user.id}`,
        agent: api.http,
        body: { name: 'Renamed user', role: 'editor', active: true },
        fields: [text('name'), choice('role'), { path: ['active'], kind: 'boolean' }],
        objects: [[]],
        validStatus: 200,
      },
      {
        route: 'POST /api/tokens',
        path: '/api/tokens',
        agent: api.http,
        body: { name: 'ci', scope: 'read', expiresAt: '2030-01-01' },
        fields: [text('name'), choice('scope'), { path: ['expiresAt'], kind: 'instant' }],
        objects: [[]],
        validStatus: 201,
      },
      {
        route: 'POST /api/webhooks',
        path: '/api/webhooks',
        agent: api.http,
        body: webhook,
        fields: [text('url'), text('description'), list('events'), choice('format')],
        objects: [[]],
        validStatus: 201,
      },
      {
        route: 'PATCH /api/webhooks/:id',
        path: `/api/webhooks/${subscription.id}`,
        agent: api.http,
        body: { description: 'Renamed hook', events: ['model.updated'], enabled: true },
        fields: [text('description'), list('events'), { path: ['enabled'], kind: 'boolean' }],
        objects: [[]],
        validStatus: 200,
      },
      {
        route: 'PUT /api/digest/settings',
        path: '/api/digest/settings',
        agent: api.http,
        body: { enabled: true, day: 'monday', time: '09:00', timeZone: 'UTC' },
        fields: [{ path: ['enabled'], kind: 'boolean' }, choice('day'), text('time'), text('timeZone')],
        objects: [[]],
        validStatus: 200,
      },
      {
        route: 'PUT /api/digest/subscription',
        path: '/api/digest/subscription',
        agent: viewer,
        body: { email: false },
        fields: [{ path: ['email'], kind: 'boolean' }],
        objects: [[]],
        validStatus: 200,
      },
      {
        route: 'POST /api/auth/login',
        path: '/api/auth/login',
        agent: api.anonymous,
        body: { email: viewer.email, password: viewer.password },
        fields: [text('email'), text('password')],
        objects: [[]],
        validStatus: 200,
      },
      {
        route: 'PUT /api/auth/password',
        path: '/api/auth/password',
        agent: viewer,
        body: { currentPassword: viewer.password, newPassword: 'another correct horse' },
        fields: [text('currentPassword'), text('newPassword')],
        objects: [[]],
        validStatus: 204,
      },
    ];
    // The model list's filters, which the compliance page shares.
    const listFilters = {
      query: {
        framework: 'pytorch,tensorflow',
        family: 'PyTorch',
        lifecycle: 'development',
        verdict: 'compliant',
        code: 'disagrees,unscanned',
        team: 'NLP',
        q: 'model',
        asOf: '2026-01-01',
      },
      params: [
        { name: 'framework', kind: 'list' },
        { name: 'family', kind: 'list' },
        { name: 'lifecycle', kind: 'list' },
        { name: 'verdict', kind: 'list' },
        { name: 'code', kind: 'list' },
        { name: 'team', kind: 'text' },
        { name: 'q', kind: 'text' },
        { name: 'asOf', kind: 'date' },
      ],
    } as const;
    querySpecs = [
      {
        route: 'GET /api/models',
        path: '/api/models',
        query: { ...listFilters.query, sort: 'name', order: 'asc', page: '1', pageSize: '25' },
        params: [
          ...listFilters.params,
          { name: 'sort', kind: 'enum' },
          { name: 'order', kind: 'enum' },
          { name: 'page', kind: 'int' },
          { name: 'pageSize', kind: 'int' },
        ],
      },
      {
        route: 'GET /api/models/:id',
        path: `/api/models/${target.id}`,
        query: {},
        params: [{ name: 'asOf', kind: 'date' }],
      },
      {
        route: 'GET /api/models/:id/scans',
        path: `/api/models/${target.id}/scans`,
        query: { limit: '5' },
        params: [{ name: 'limit', kind: 'int' }],
      },
      {
        route: 'GET /api/compliance',
        path: '/api/compliance',
        query: { ...listFilters.query, page: '1', pageSize: '500' },
        params: [...listFilters.params, { name: 'page', kind: 'int' }, { name: 'pageSize', kind: 'int' }],
      },
      {
        route: 'GET /api/dashboard',
        path: '/api/dashboard',
        query: { asOf: '2026-01-01', weeks: '52' },
        params: [
          { name: 'asOf', kind: 'date' },
          { name: 'weeks', kind: 'int' },
        ],
      },
      {
        route: 'GET /api/reports/status',
        path: '/api/reports/status',
        query: { format: 'json', asOf: '2026-01-01' },
        params: [
          { name: 'format', kind: 'enum' },
          { name: 'asOf', kind: 'date' },
        ],
      },
      {
        route: 'GET /api/reviews/compare',
        path: '/api/reviews/compare',
        query: { from: reviews[0]!.id, to: reviews[1]!.id },
        params: [
          { name: 'from', kind: 'id' },
          { name: 'to', kind: 'id' },
        ],
      },
    ];
  });

  it('has a valid body for every write route', () => {
    const writes = registeredRoutes(api.app)
      .filter((route) => route.method !== 'GET')
      .map(routeKey)
      .filter((key) => !WITHOUT_BODY.has(key));
    expect(bodySpecs.map((spec) => spec.route).sort()).toEqual(writes.sort());
  });

  it('refuses a poisoned body field with a 4xx naming it, and writes nothing', async () => {
    const digest = await databaseDigest();
    for (const spec of bodySpecs) {
      const [method, path] = [spec.route.split(' ')[0]!.toLowerCase() as 'post' | 'put' | 'patch', spec.path];
      await fc.assert(
        fc.asyncProperty(poisonedBody(spec.body, spec.fields, spec.objects), async (poisoned) => {
          const response = await spec.agent[method](path)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(poisoned.input));
          expectRefusedNaming(response, poisoned, spec.asPath);
          expect(await databaseDigest(), `${spec.route}: ${poisoned.field} = ${poisoned.poison} wrote`).toBe(digest);
        }),
        { numRuns: TARGETED_RUNS },
      );
    }
  }, 600_000);

  it('refuses a poisoned query parameter of a read route with a 4xx naming it, and writes nothing', async () => {
    const digest = await databaseDigest();
    for (const spec of querySpecs) {
      await fc.assert(
        fc.asyncProperty(poisonedQuery(spec.query, spec.params), async (poisoned) => {
          const response = await api.http.get(`${spec.path}?${poisoned.input}`);
          expectRefusedNaming(response, poisoned);
        }),
        { numRuns: TARGETED_RUNS },
      );
    }
    expect(await databaseDigest()).toBe(digest);
  }, 600_000);

  // Last, as these write: the unpoisoned requests pass, so the poison is what was refused.
  it('accepts every request unpoisoned', async () => {
    for (const spec of querySpecs) {
      const response = await api.http.get(`${spec.path}?${new URLSearchParams(spec.query).toString()}`);
      expect(response.status, spec.route).toBe(200);
    }
    for (const spec of bodySpecs) {
      const method = spec.route.split(' ')[0]!.toLowerCase() as 'post' | 'put' | 'patch';
      const response = await spec.agent[method](spec.path).send(spec.body as object);
      expect(response.status, `${spec.route}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(spec.validStatus);
    }
  });
});
