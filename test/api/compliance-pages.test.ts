import { VERDICT_STATUSES, type CompliancePage, type VerdictStatus } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
const TEAM = 'Paging Team';

// Three violations, two compliant, two grandfathered, one out of scope in one team; one model elsewhere.
beforeAll(async () => {
  api = await startTestApi();
  const tf2 = { framework: 'tensorflow', frameworkVersion: '2.5', startedOn: '2021-01-01' } as const;
  const tf1 = {
    framework: 'tensorflow',
    frameworkVersion: '1.15',
    lifecycle: 'production',
    startedOn: '2018-01-01',
  } as const;
  const bodies = [
    newModel({ team: TEAM, name: 'c violation', ...tf2 }),
    newModel({ team: TEAM, name: 'a violation', ...tf2 }),
    newModel({ team: TEAM, name: 'b violation', ...tf2 }),
    newModel({ team: TEAM, name: 'b compliant', framework: 'pytorch', startedOn: '2021-01-01' }),
    newModel({ team: TEAM, name: 'a compliant', framework: 'pytorch', startedOn: '2021-01-01' }),
    newModel({ team: TEAM, name: 'z legacy', ...tf1 }),
    newModel({ team: TEAM, name: 'y legacy', ...tf1 }),
    newModel({ team: TEAM, name: 'sklearn', framework: 'sklearn', startedOn: '2021-01-01' }),
    newModel({ team: 'Elsewhere', name: 'elsewhere violation', ...tf2 }),
  ];
  for (const body of bodies) await api.http.post('/api/models').send(body).expect(201);
});
afterAll(async () => {
  await api?.close();
});

const compliance = async (query: string): Promise<CompliancePage> =>
  (await api.http.get(`/api/compliance?${query}`).expect(200)).body as CompliancePage;

/** Every page of the answer to `query`, `pageSize` models at a time. */
async function allPages(query: string, pageSize: number): Promise<CompliancePage[]> {
  const pages = [await compliance(`${query}&pageSize=${pageSize}&page=1`)];
  while (pages.length * pageSize < pages[0]!.total) {
    pages.push(await compliance(`${query}&pageSize=${pageSize}&page=${pages.length + 1}`));
  }
  return pages;
}

const names = (pages: CompliancePage[]) => pages.flatMap((page) => page.models.map((model) => model.name));
const team = `team=${encodeURIComponent(TEAM)}`;

describe('GET /api/compliance, paged', () => {
  it('counts the same on every page, and the pages together list each model once, as many as counted', async () => {
    const pages = await allPages(team, 3);
    expect(pages).toHaveLength(3);
    const [first] = pages;
    for (const page of pages) {
      expect(page.counts).toEqual(first!.counts);
      expect(page.newProjectComplianceRate).toBe(first!.newProjectComplianceRate);
      expect(page.total).toBe(8);
      expect(page.pageSize).toBe(3);
    }
    expect(pages.map((page) => page.models.length)).toEqual([3, 3, 2]);
    const listed = names(pages);
    expect(new Set(listed).size).toBe(listed.length);
    expect(Object.values(first!.counts).reduce((sum, count) => sum + count, 0)).toBe(listed.length);
    expect(first!.counts).toMatchObject({ violation: 3, compliant: 2, grandfathered: 2, out_of_scope: 1 });
    expect(first!.newProjectComplianceRate).toBe(0.4);
  });

  it('lists violations first, then by verdict, then by name: the same order whatever the page size', async () => {
    const listed = names(await allPages(team, 3));
    expect(listed).toEqual([
      'a violation',
      'b violation',
      'c violation',
      'a compliant',
      'b compliant',
      'y legacy',
      'z legacy',
      'sklearn',
    ]);
    expect(names(await allPages(team, 1))).toEqual(listed);
    const whole = await compliance(team);
    const rank = (status: VerdictStatus) => VERDICT_STATUSES.indexOf(status);
    const ranks = whole.models.map((model) => rank(model.verdict.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('filters by verdict: the total is the count of that verdict, the counts stay those of the other filters', async () => {
    const pages = await allPages(`${team}&verdict=violation,grandfathered`, 2);
    expect(pages[0]!.total).toBe(5);
    expect(names(pages)).toEqual(['a violation', 'b violation', 'c violation', 'y legacy', 'z legacy']);
    expect(pages[0]!.counts).toEqual((await compliance(team)).counts);
  });

  it('filters like the model list: framework, lifecycle, search, team', async () => {
    expect(names([await compliance(`${team}&framework=pytorch`)])).toEqual(['a compliant', 'b compliant']);
    const production = await compliance(`${team}&lifecycle=production`);
    expect(names([production])).toEqual(['y legacy', 'z legacy']);
    expect(production.counts).toMatchObject({ grandfathered: 2, violation: 0, compliant: 0 });
    expect(names([await compliance('q=violation')])).toEqual([
      'a violation',
      'b violation',
      'c violation',
      'elsewhere violation',
    ]);
    const everyone = await compliance('');
    expect(everyone.total).toBe(9);
    expect(everyone.counts.violation).toBe(4);
    expect(everyone.pageSize).toBe(500);
  });

  it('answers a page past the end with no models and the same counts', async () => {
    const past = await compliance(`${team}&pageSize=5&page=3`);
    expect(past.models).toEqual([]);
    expect(past.total).toBe(8);
    expect(past.counts.violation).toBe(3);
  });

  it.each([
    'pageSize=0',
    'pageSize=1001',
    'pageSize=ten',
    'page=0',
    'page=-1',
    'verdict=bogus',
    'framework=caffe9',
    'asOf=2021-02-30',
  ])('rejects %s with 400 and field errors', async (query) => {
    const response = await api.http.get(`/api/compliance?${query}`).expect(400);
    expect(response.body.details?.length).toBeGreaterThan(0);
  });

  it('accepts the largest page size', async () => {
    expect((await compliance('pageSize=1000')).pageSize).toBe(1000);
  });
});
