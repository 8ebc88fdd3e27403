import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeLinkSchema, badgeSecretRotationSchema, UNKNOWN_BADGE_COLOR, VERDICT_COLORS } from '@mmt/domain';
import { startTestApi, type TestApi } from '../support/api.js';
import { asBuffer } from '../support/downloads.js';
import { newModel } from '../support/factories.js';
import { readSvg } from '../support/svg.js';

let api: TestApi;
let legacyId: string;
let legacyName: string;
const TEAM = 'Search & Discovery / EU.west';

beforeAll(async () => {
  api = await startTestApi();
  const legacy = newModel({
    name: 'Badge: HS code classifier',
    team: 'Trade Compliance',
    framework: 'tensorflow',
    frameworkVersion: '1.15',
    lifecycle: 'production',
    startedOn: '2018-03-01',
    since: '2018-09-03',
    retireBy: '2031-06-30',
    description: 'A secret description that no badge may show',
  });
  legacyId = (await api.http.post('/api/models').send(legacy).expect(201)).body.id;
  legacyName = legacy.name;
  // The team: eight new PyTorch projects, one on JAX (a violation), one on TF under an exception.
  for (let index = 0; index < 8; index += 1)
    await api.http
      .post('/api/models')
      .send(newModel({ team: TEAM, startedOn: '2022-01-10' }))
      .expect(201);
  await api.http
    .post('/api/models')
    .send(newModel({ team: TEAM, framework: 'jax', frameworkVersion: '0.4', startedOn: '2023-02-01' }))
    .expect(201);
  const excepted = (
    await api.http
      .post('/api/models')
      .send(newModel({ team: TEAM, framework: 'tensorflow', frameworkVersion: '2.4', startedOn: '2023-02-01' }))
      .expect(201)
  ).body;
  await api.http
    .post(`/api/models/${excepted.id}/exceptions`)
    .send({ reason: 'On-device', approvedBy: 'Dana', expiresOn: '2031-01-01' })
    .expect(201);
});
afterAll(async () => {
  await api?.close();
});

/** Loads a badge as a README's viewer would: no credentials, whatever URL it was given. */
async function badge(url: string) {
  const { pathname, search } = new URL(url, api.baseUrl);
  const response = await api.anonymous.get(`${pathname}${search}`).buffer(true).parse(asBuffer).expect(200);
  expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(response.headers['cache-control']).toBe('public, max-age=300');
  expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
  const text = (response.body as Buffer).toString('utf8');
  return { text, svg: readSvg(text) };
}

const link = async (path: string) => badgeLinkSchema.parse((await api.http.get(path).expect(200)).body);

const isUnknown = ({ svg }: Awaited<ReturnType<typeof badge>>) => svg.title === 'framework policy: unknown';

describe('a model’s badge', () => {
  it('has a signed URL and Markdown that shows it, linking to the model’s page', async () => {
    const { url, markdown } = await link(`/api/badges/models/${legacyId}`);
    expect(url).toMatch(new RegExp(`^${api.baseUrl}/badges/models/${legacyId}\\.svg\\?sig=[A-Za-z0-9_-]{43}$`));
    expect(markdown).toBe(`[![${legacyName}: framework policy](${url})](${api.baseUrl}/models/${legacyId})`);
  });

  it('loads without credentials and shows the framework, the verdict and the plan, and nothing else', async () => {
    const { url } = await link(`/api/badges/models/${legacyId}`);
    const { svg, text } = await badge(url);
    expect(svg.title).toBe('TensorFlow 1.15: grandfathered · retires 2031-06');
    expect(text).toContain(VERDICT_COLORS.grandfathered);
    // A badge reveals only what is printed on it.
    expect(new Set(svg.texts)).toEqual(new Set(['TensorFlow 1.15', 'grandfathered · retires 2031-06']));
    for (const secret of [legacyName, 'Trade Compliance', legacyId, 'secret description', 'production'])
      expect(text).not.toContain(secret);
  });

  it.each([
    ['no signature', ''],
    ['a bad signature', '?sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a signature given twice', '?sig=a&sig=b'],
  ])('is the grey unknown badge with %s', async (_, query) => {
    const result = await badge(`/badges/models/${legacyId}.svg${query}`);
    expect(isUnknown(result)).toBe(true);
    expect(result.text).toContain(UNKNOWN_BADGE_COLOR);
  });

  it('is the grey unknown badge for a model that does not exist or an id that cannot, even signed', async () => {
    const { url } = await link(`/api/badges/models/${legacyId}`);
    const signature = new URL(url).searchParams.get('sig');
    for (const id of ['4b0e8e8c-1111-4c4c-8888-123456789abc', 'not-an-id', '..'])
      expect(isUnknown(await badge(`/badges/models/${id}.svg?sig=${signature}`)), id).toBe(true);
    // Signed for another model: the signature is for a path, not a key to every badge.
    const other = (await api.http.get('/api/models?team=Search%20%26%20Discovery%20%2F%20EU.west').expect(200)).body
      .items[0].id;
    expect(isUnknown(await badge(`/badges/models/${other}.svg?sig=${signature}`))).toBe(true);
  });

  it('answers 404 in the error shape for a model that does not exist, and 401 without credentials', async () => {
    await api.http.get('/api/badges/models/4b0e8e8c-1111-4c4c-8888-123456789abc').expect(404);
    await api.anonymous.get(`/api/badges/models/${legacyId}`).expect(401);
  });
});

describe('a team’s badge', () => {
  it('counts the team’s new projects, with the exception beside the rate, under a name with odd characters', async () => {
    const { url, markdown } = await link(`/api/badges/teams/${encodeURIComponent(TEAM)}`);
    expect(url).toBe(
      `${api.baseUrl}/badges/teams/${encodeURIComponent(TEAM)}.svg?sig=${new URL(url).searchParams.get('sig')}`,
    );
    expect(markdown).toContain(`(${api.baseUrl}/models?team=${encodeURIComponent(TEAM)})`);
    const { svg, text } = await badge(url);
    expect(svg.title).toBe(`${TEAM}: PyTorch 8/9 new projects · 1 under exception`);
    expect(text).toContain(VERDICT_COLORS.violation);
  });

  it('finds the team written with other capitals, and signs it as its models spell it', async () => {
    const { url } = await link(`/api/badges/teams/${encodeURIComponent(TEAM.toUpperCase())}`);
    expect(url).toContain(`/badges/teams/${encodeURIComponent(TEAM)}.svg?sig=`);
  });

  it('is the grey unknown badge for a team with no models, and 404 to ask for one', async () => {
    await api.http.get('/api/badges/teams/Nobody').expect(404);
    const { url } = await link(`/api/badges/teams/${encodeURIComponent(TEAM)}`);
    const signature = new URL(url).searchParams.get('sig');
    expect(isUnknown(await badge(`/badges/teams/Nobody.svg?sig=${signature}`))).toBe(true);
  });
});

describe('rotating the signing secret', () => {
  it('is for admins only', async () => {
    const editor = await api.signedInAs('editor');
    await editor.post('/api/badges/rotate-secret').set('origin', api.baseUrl).expect(403);
  });

  it('turns every badge URL made so far into the grey unknown badge; new links work', async () => {
    const before = await link(`/api/badges/models/${legacyId}`);
    const team = await link(`/api/badges/teams/${encodeURIComponent(TEAM)}`);
    expect(isUnknown(await badge(before.url))).toBe(false);
    const rotated = await api.http.post('/api/badges/rotate-secret').expect(200);
    expect(Date.parse(badgeSecretRotationSchema.parse(rotated.body).rotatedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(isUnknown(await badge(before.url))).toBe(true);
    expect(isUnknown(await badge(team.url))).toBe(true);
    const after = await link(`/api/badges/models/${legacyId}`);
    expect(after.url).not.toBe(before.url);
    expect(isUnknown(await badge(after.url))).toBe(false);
  });
});

describe('PUBLIC_URL', () => {
  it('is the base of the links when set, whatever host the request was sent to', async () => {
    const behindProxy = await startTestApi({ publicUrl: 'https://models.example.com' });
    try {
      const id = (await behindProxy.http.post('/api/models').send(newModel()).expect(201)).body.id;
      const { url, markdown } = (await behindProxy.http.get(`/api/badges/models/${id}`).expect(200)).body;
      expect(url).toMatch(new RegExp(`^https://models\\.example\\.com/badges/models/${id}\\.svg\\?sig=`));
      expect(markdown).toContain(`](https://models.example.com/models/${id})`);
    } finally {
      await behindProxy.close();
    }
  });
});
