import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

/**
 * A small history with numbers worked out by hand. Week ends (Sundays) of asOf=2024-01-21, weeks=4:
 * 2023-12-31, 2024-01-07, 2024-01-14, 2024-01-21.
 *  A  tensorflow 1.15 production, started 2018, registered 2024-01-03        → grandfathered
 *  B  pytorch development, started 2023-12 (new), registered 2024-01-10       → compliant
 *  C  keras production, started 2017, registered 2024-01-17                   → grandfathered
 *  D  jax research, started 2023-06 (new), registered 2024-01-03              → violation, except
 *     under an exception granted 2024-01-09 that expires 2024-01-16 (no event marks either)
 *  E  tensorflow 1.14 production, started 2019, retireBy 2024-01-12, registered 2024-01-03
 *     → grandfathered, then a warning from 2024-01-13 (no event marks it)
 */
let api: TestApi;
const ids: Record<string, string> = {};
const WEEKS = ['2023-12-31', '2024-01-07', '2024-01-14', '2024-01-21'];

beforeAll(async () => {
  api = await startTestApi();
  const register = async (key: string, body: object) => {
    ids[key] = (await api.http.post('/api/models').send(body).expect(201)).body.id;
  };
  await register(
    'A',
    newModel({
      name: 'A',
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      lifecycle: 'production',
      startedOn: '2018-05-01',
      since: '2024-01-03',
    }),
  );
  await register(
    'B',
    newModel({
      name: 'B',
      framework: 'pytorch',
      lifecycle: 'development',
      startedOn: '2023-12-01',
      since: '2024-01-10',
    }),
  );
  await register(
    'C',
    newModel({
      name: 'C',
      framework: 'keras',
      frameworkVersion: '2.2',
      lifecycle: 'production',
      startedOn: '2017-03-01',
      since: '2024-01-17',
    }),
  );
  await register(
    'D',
    newModel({
      name: 'D',
      framework: 'jax',
      frameworkVersion: '0.4',
      lifecycle: 'research',
      startedOn: '2023-06-01',
      since: '2024-01-03',
    }),
  );
  await register(
    'E',
    newModel({
      name: 'E',
      framework: 'tensorflow',
      frameworkVersion: '1.14',
      lifecycle: 'production',
      startedOn: '2019-02-01',
      retireBy: '2024-01-12',
      since: '2024-01-03',
    }),
  );
  await api.http
    .post(`/api/models/${ids['D']}/exceptions`)
    .send({ reason: 'Research spike', approvedBy: 'lead', grantedOn: '2024-01-09', expiresOn: '2024-01-16' })
    .expect(201);
});
afterAll(async () => {
  await api?.close();
});

const dashboard = async (query: string) => (await api.http.get(`/api/dashboard?${query}`).expect(200)).body;
const column = (points: Record<string, unknown>[], key: string) => points.map((point) => point[key]);

describe('GET /api/dashboard as of a past date', () => {
  it('counts framework families per week end (retired models left out)', async () => {
    const { series } = await dashboard('asOf=2024-01-21&weeks=4');
    expect(column(series.families, 'weekEnd')).toEqual(WEEKS);
    expect(column(series.families, 'TensorFlow 1.x')).toEqual([0, 2, 2, 3]);
    expect(column(series.families, 'PyTorch')).toEqual([0, 0, 1, 1]);
    expect(column(series.families, 'JAX')).toEqual([0, 1, 1, 1]);
  });

  it('counts legacy-framework models in production per week', async () => {
    const { series } = await dashboard('asOf=2024-01-21&weeks=4');
    expect(series.legacyInProduction).toEqual(WEEKS.map((weekEnd, index) => ({ weekEnd, count: [0, 2, 2, 3][index] })));
  });

  it('shows verdict changes that no event marks: an exception starting and expiring, a retirement date passing', async () => {
    const { series } = await dashboard('asOf=2024-01-21&weeks=4');
    expect(column(series.verdicts, 'grandfathered')).toEqual([0, 2, 1, 2]);
    expect(column(series.verdicts, 'violation')).toEqual([0, 1, 0, 1]);
    expect(column(series.verdicts, 'exception')).toEqual([0, 0, 1, 0]);
    expect(column(series.verdicts, 'warning')).toEqual([0, 0, 1, 1]);
    expect(column(series.verdicts, 'compliant')).toEqual([0, 0, 1, 1]);
  });

  it('gives the KPIs, the cohorts and lifecycle by family at that date', async () => {
    const body = await dashboard('asOf=2024-01-21&weeks=4');
    const values = Object.fromEntries(
      Object.entries(body.kpis).map(([name, tile]) => [name, (tile as { value: unknown }).value]),
    );
    expect(values).toEqual({
      modelsInProduction: 3,
      newProjectComplianceRate: 0.5,
      newProjectsUnderException: 0,
      legacyInProduction: 3,
      openViolations: 1,
      openWarnings: 1,
      exceptionsExpiringSoon: 0,
      toTriage: 0,
      codeDisagrees: 0,
    });
    const cohorts = Object.fromEntries(body.cohorts.rows.map((row: { key: string }) => [row.key, row]));
    expect(body.cohorts.rows[0].key).toBe('2017-Q1');
    expect(body.cohorts.rows.at(-1).key).toBe('2024-Q1');
    expect(cohorts['2017-Q1']['TensorFlow 1.x']).toBe(1);
    expect(cohorts['2023-Q2']['JAX']).toBe(1);
    expect(cohorts['2023-Q4']['PyTorch']).toBe(1);
    expect(cohorts['2020-Q1']['PyTorch']).toBe(0);
    const tf1 = body.lifecycleByFamily.find((row: { key: string }) => row.key === 'TensorFlow 1.x');
    expect(tf1).toMatchObject({ production: 3, research: 0 });
  });

  it('answers the exception-expiring KPI from the exception dates', async () => {
    const body = await dashboard('asOf=2024-01-10&weeks=1');
    expect(body.kpis.exceptionsExpiringSoon.value).toBe(1);
    expect(body.kpis.openViolations.value).toBe(0);
  });
});

describe('GET /api/dashboard now', () => {
  it('keeps the past unchanged when a model changes today, and projects the legacy burn-down', async () => {
    const c = (await api.http.get(`/api/models/${ids['C']}`)).body;
    await api.http.patch(`/api/models/${ids['C']}`).send({ version: c.version, lifecycle: 'retired' }).expect(200);
    const now = await dashboard('weeks=2');
    expect(now.series.families.at(-1)['TensorFlow 1.x']).toBe(2);
    expect(now.kpis.legacyInProduction.value).toBe(2);
    expect(now.legacyProjection).toMatchObject({ withoutDate: ['A'], overdue: ['E'], lastRetirement: null });
    const past = await dashboard('asOf=2024-01-21&weeks=4');
    expect(column(past.series.families, 'TensorFlow 1.x')).toEqual([0, 2, 2, 3]);
  });

  it('covers all history with weeks=all, from the week of the first event', async () => {
    const body = await dashboard('weeks=all');
    expect(body.series.families[0].weekEnd).toBe('2024-01-07');
    expect(body.weeks).toBe(body.series.families.length);
    expect(body.range).toBe('all');
  });

  it('opens on the whole story when no range is asked for and the history is short, and says so', async () => {
    const [story, all, year] = await Promise.all([dashboard(''), dashboard('weeks=all'), dashboard('weeks=52')]);
    expect(story.range).toBe('all');
    expect(story.series).toEqual(all.series);
    expect(year.range).toBe(52);
    expect(year.weeks).toBe(52);
    // As of a day before the first event there is no history yet: one week, nothing in it.
    const before = await dashboard('asOf=2024-01-01');
    expect(before).toMatchObject({ range: 'all', weeks: 1 });
    expect(before.series.families[0]['TensorFlow 1.x']).toBe(0);
  });

  it.each([
    ['the latest date', 'asOf=2999-12-31', '3000-01-05'],
    ['a date before the first event', 'asOf=2020-01-01', '2020-01-05'],
  ])('keeps weeks=all bounded at %s: at most 2,000 weeks, ending with its week', async (_case, query, lastWeekEnd) => {
    const body = await dashboard(`${query}&weeks=all`);
    expect(body.weeks).toBeLessThanOrEqual(2_000);
    expect(body.weeks).toBe(body.series.families.length);
    expect(body.series.families.at(-1).weekEnd).toBe(lastWeekEnd);
  });

  it.each(['weeks=0', 'weeks=abc', 'weeks=5000', 'asOf=yesterday', 'asOf=3000-01-01', 'asOf=1989-12-31'])(
    'rejects %s with 400',
    async (query) => {
      const response = await api.http.get(`/api/dashboard?${query}`).expect(400);
      expect(response.body.details).toBeInstanceOf(Array);
    },
  );
});

describe('a policy version taking force', () => {
  it('changes verdicts from its date on, never before', async () => {
    await api.http
      .put('/api/policy')
      .send({
        inForceFrom: '2024-01-18',
        newProjectsFrom: '2023-09-01',
        preferredFramework: 'pytorch',
        legacyFrameworks: ['tensorflow', 'keras'],
        governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax'],
        allowances: [],
      })
      .expect(201);
    const { series } = await dashboard('asOf=2024-01-21&weeks=4');
    // D started 2023-06-01: new under the first version, legacy (grandfathered) under the second.
    expect(column(series.verdicts, 'violation')).toEqual([0, 1, 0, 0]);
    expect(column(series.verdicts, 'grandfathered')).toEqual([0, 2, 1, 3]);
    const compliance = (await api.http.get('/api/compliance?asOf=2024-01-14').expect(200)).body;
    expect(compliance.policy.inForceFrom).toBe('2020-04-01');
  });
});

describe('weekly reviews', () => {
  it('records a review, lists what changed since, and compares two reviews', async () => {
    const first = await api.http
      .post('/api/reviews')
      .send({ attendees: ['Ann', 'Bob'], notes: 'First review' })
      .expect(201);
    expect(first.body).toMatchObject({ attendees: ['Ann', 'Bob'], notes: 'First review', kpis: { openWarnings: 1 } });
    expect(first.body.snapshot.verdicts).toHaveLength(5);

    const a = (await api.http.get(`/api/models/${ids['A']}`)).body;
    await api.http.patch(`/api/models/${ids['A']}`).send({ version: a.version, lifecycle: 'deprecated' }).expect(200);

    const changes = (await api.http.get('/api/reviews/latest/changes').expect(200)).body;
    expect(changes.since).toBe(first.body.createdAt);
    expect(changes.groups.lifecycleChanges).toEqual([
      expect.objectContaining({ modelId: ids['A'], modelName: 'A', summary: 'lifecycle production → deprecated' }),
    ]);
    expect(changes.groups.newWarnings.map((item: { modelId: string }) => item.modelId)).toEqual([ids['A']]);
    expect(changes.groups.pastRetirement.map((item: { modelId: string }) => item.modelId)).toEqual([ids['E']]);

    const tiles = (await dashboard('weeks=1')).kpis;
    expect(tiles.openWarnings).toEqual({ value: 2, previous: 1, change: 1 });

    const second = await api.http.post('/api/reviews').send({ heldOn: '2026-01-05' }).expect(201);
    expect(second.body.heldOn).toBe('2026-01-05');
    const list = (await api.http.get('/api/reviews').expect(200)).body;
    expect(list.map((review: { id: string }) => review.id)).toEqual([second.body.id, first.body.id]);
    expect(list[0]).not.toHaveProperty('snapshot');

    const comparison = (
      await api.http.get(`/api/reviews/compare?from=${first.body.id}&to=${second.body.id}`).expect(200)
    ).body;
    expect(comparison.differences).toEqual([
      expect.objectContaining({
        modelId: ids['A'],
        from: expect.objectContaining({ status: 'grandfathered' }),
        to: expect.objectContaining({ status: 'warning' }),
      }),
    ]);
    expect((await api.http.get(`/api/reviews/${first.body.id}`).expect(200)).body.snapshot.verdicts).toHaveLength(5);
  });

  it.each([
    ['an unknown field', { colour: 'red' }],
    ['an impossible date', { heldOn: '2026-02-30' }],
    ['attendees that are not a list', { attendees: 'Ann' }],
  ])('rejects a review with %s', async (_case, body) => {
    await api.http.post('/api/reviews').send(body).expect(400);
  });

  it('answers 404 for an unknown review and 400 for a malformed comparison', async () => {
    await api.http.get('/api/reviews/4b0e8e8c-1111-4c4c-8888-123456789abc').expect(404);
    await api.http.get('/api/reviews/compare?from=x&to=y').expect(400);
  });
});

describe('weekly rollups of the change log', () => {
  // Every category change rebuilt from model_event, summed per week: the rollups must hold exactly that.
  const recomputed = `
    WITH steps AS (
      SELECT week_end_of(at) AS week_end, framework, family, lifecycle, date_trunc('quarter', started_on)::date AS started_quarter,
             lag(framework) OVER w AS p_framework, lag(family) OVER w AS p_family, lag(lifecycle) OVER w AS p_lifecycle,
             lag(date_trunc('quarter', started_on)::date) OVER w AS p_started_quarter, row_number() OVER w AS n
      FROM model_event WINDOW w AS (PARTITION BY model_id ORDER BY at, id)
    ), changes AS (
      SELECT week_end, framework, family, lifecycle, started_quarter, 1 AS delta FROM steps
      UNION ALL
      SELECT week_end, p_framework, p_family, p_lifecycle, p_started_quarter, -1 FROM steps WHERE n > 1
    )`;
  const differences = async (rollup: string, key: string) => {
    const [row] = await api.db.query<{ n: string }>(`${recomputed}
      SELECT count(*) AS n FROM (
        (SELECT ${key}, sum(delta) FROM changes GROUP BY ${key} HAVING sum(delta) <> 0
         EXCEPT SELECT ${key}, delta FROM ${rollup} WHERE delta <> 0)
        UNION ALL
        (SELECT ${key}, delta FROM ${rollup} WHERE delta <> 0
         EXCEPT SELECT ${key}, sum(delta) FROM changes GROUP BY ${key} HAVING sum(delta) <> 0)
      ) d`);
    return row!.n;
  };

  it('equal a full recompute from model_event after creates, edits and backdated creates', async () => {
    const created = await Promise.all(
      [
        newModel({
          name: 'R1',
          framework: 'tensorflow',
          frameworkVersion: '1.15',
          lifecycle: 'research',
          startedOn: '2022-02-01',
          since: '2023-11-02',
        }),
        newModel({
          name: 'R2',
          framework: 'pytorch',
          lifecycle: 'production',
          startedOn: '2023-08-15',
          since: '2024-01-05',
        }),
        newModel({
          name: 'R3',
          framework: 'keras',
          frameworkVersion: '2.2',
          lifecycle: 'development',
          startedOn: '2021-05-01',
        }),
      ].map(async (body) => (await api.http.post('/api/models').send(body).expect(201)).body),
    );
    const edit = async (model: { id: string; version: number }, change: object) =>
      (
        await api.http
          .patch(`/api/models/${model.id}`)
          .send({ version: model.version, ...change })
          .expect(200)
      ).body;
    const r1 = await edit(created[0], { lifecycle: 'production' });
    await edit(r1, { framework: 'pytorch', frameworkVersion: '2.1' });
    await edit(created[1], { startedOn: '2022-12-01' }); // the cohort moves, the category does not
    await edit(created[2], { task: 'no category change' });
    const counted = await api.db.query<{ n: string }>('SELECT count(*) AS n FROM portfolio_week WHERE delta <> 0');
    expect(Number(counted[0]!.n)).toBeGreaterThan(0);
    expect(await differences('portfolio_week', 'week_end, framework, family, lifecycle')).toBe('0');
    expect(await differences('cohort_week', 'week_end, started_quarter, family')).toBe('0');
  });
});
