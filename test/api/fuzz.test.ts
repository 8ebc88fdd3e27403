import fc from 'fast-check';
import { IMPORT_COLUMNS } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';
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
