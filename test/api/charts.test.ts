import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHART_TITLES, FAMILY_COLORS, LEGACY_COLORS, REPORT_CHARTS, VERDICT_COLORS } from '@mmt/domain';
import { startTestApi, type TestApi } from '../support/api.js';
import { asBuffer } from '../support/downloads.js';
import { newModel } from '../support/factories.js';
import { readSvg } from '../support/svg.js';

/*
 * A small history: a TF 1.x model in production since 2019 (retiring on a planned date), a PyTorch
 * project from 2021, and a TF 2.x project from 2023 that breaks the policy.
 */
let api: TestApi;
const RETIRES = '2031-03-31';

beforeAll(async () => {
  api = await startTestApi();
  await api.http
    .post('/api/models')
    .send(
      newModel({
        name: 'Legacy tagger',
        framework: 'tensorflow',
        frameworkVersion: '1.15',
        lifecycle: 'production',
        startedOn: '2018-06-01',
        since: '2019-02-04',
        retireBy: RETIRES,
      }),
    )
    .expect(201);
  await api.http
    .post('/api/models')
    .send(newModel({ name: 'New classifier', startedOn: '2021-03-01', since: '2021-03-08' }))
    .expect(201);
  await api.http
    .post('/api/models')
    .send(
      newModel({
        name: 'Rogue TF2',
        framework: 'tensorflow',
        frameworkVersion: '2.12',
        startedOn: '2023-05-01',
        since: '2023-05-08',
      }),
    )
    .expect(201);
});
afterAll(async () => {
  await api?.close();
});

async function chart(name: string, query = '') {
  const response = await api.http.get(`/api/charts/${name}.svg${query}`).buffer(true).parse(asBuffer).expect(200);
  expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
  return readSvg((response.body as Buffer).toString('utf8'));
}

describe('GET /api/charts/<name>.svg', () => {
  it.each(REPORT_CHARTS)('draws %s as a well-formed SVG with its title and description', async (name) => {
    const svg = await chart(name);
    expect(svg.title).toBe(CHART_TITLES[name]);
    expect(svg.texts).toContain(CHART_TITLES[name]);
    expect(svg.description).toMatch(/As of \d{4}-\d{2}-\d{2}T/);
  });

  it('draws the framework families the dashboard counts, in the palette’s colours', async () => {
    const svg = await chart('families');
    expect(svg.texts).toEqual(expect.arrayContaining(['TensorFlow 1.x', 'TensorFlow 2.x', 'PyTorch']));
    expect(svg.texts).not.toContain('JAX');
    for (const family of ['TensorFlow 1.x', 'TensorFlow 2.x', 'PyTorch'] as const)
      expect(svg.fills).toContain(FAMILY_COLORS[family]);
    // The whole story by default: the axis starts in the first model's year.
    expect(svg.texts.some((text) => text.endsWith('2019'))).toBe(true);
  });

  it('honours asOf: before the PyTorch project started, it is not there', async () => {
    const svg = await chart('families', '?asOf=2020-06-30');
    expect(svg.texts).toContain('TensorFlow 1.x');
    expect(svg.texts).not.toContain('PyTorch');
    expect(svg.fills).not.toContain(FAMILY_COLORS.PyTorch);
    expect(svg.description).toContain('As of 2020-06-30T23:59:59.999Z.');
  });

  it('honours weeks: a 12-week range has no ticks from years ago', async () => {
    const svg = await chart('families', '?asOf=2024-06-30&weeks=12');
    expect(svg.texts.some((text) => /2019|2021/.test(text))).toBe(false);
    expect(svg.texts.some((text) => /Apr|May|Jun/.test(text))).toBe(true);
  });

  it('draws the verdicts over time with their labels and colours', async () => {
    const svg = await chart('verdicts');
    expect(svg.texts).toEqual(expect.arrayContaining(['Grandfathered', 'Compliant', 'Violation']));
    expect(svg.fills).toEqual(expect.arrayContaining([VERDICT_COLORS.violation, VERDICT_COLORS.compliant]));
  });

  it('draws the cohorts with the policy line', async () => {
    const svg = await chart('cohorts');
    expect(svg.texts).toContain('policy: new projects on PyTorch');
    expect(svg.texts).toEqual(expect.arrayContaining(['2018-Q2', 'PyTorch']));
  });

  it('draws the legacy burn-down with its projection down to the expected zero date', async () => {
    const svg = await chart('legacy');
    expect(svg.texts).toEqual(expect.arrayContaining(['In production', 'Projection from planned retirements']));
    expect(svg.texts).toContain(`0 on ${RETIRES}`);
    expect(svg.strokes).toEqual(expect.arrayContaining([LEGACY_COLORS.actual, LEGACY_COLORS.projected]));
    expect(svg.description).toContain(`The last one retires on ${RETIRES}.`);
    // Before the model was in production there is nothing to draw, and the chart says so.
    const empty = await chart('legacy', '?asOf=2018-12-31');
    expect(empty.texts).toContain('No legacy TensorFlow models were in production in this period.');
  });

  it('answers 404 for a chart it does not draw, 400 for a bad query, 401 without credentials', async () => {
    const unknown = await api.http.get('/api/charts/lifecycle.svg').expect(404);
    expect(unknown.body.message).toContain('families, cohorts, legacy, verdicts');
    await api.http.get('/api/charts/families.svg?asOf=2020-02-30').expect(400);
    await api.http.get('/api/charts/families.svg?weeks=0').expect(400);
    const anonymous = await api.anonymous.get('/api/charts/families.svg').expect(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401 });
  });
});
