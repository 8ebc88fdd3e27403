import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_GROUP_PREVIEW } from '@mmt/domain';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startServer, type RunningServer } from '../support/server.js';
import { openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue 4: the weekly review dashboard on the demo portfolio.
let db: TestDatabase;
let server: RunningServer;
let web: WebSession;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'true' });
  // Signs in through the sign-in page as an editor: registering, editing, exceptions and reviews need no more.
  web = await openAs(server, 'editor');
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await db?.drop();
});

const CHARTS = [
  { id: 'families', title: 'Framework families over time', shape: 'path.recharts-area-area' },
  { id: 'cohorts', title: 'New projects per quarter, by framework family', shape: '.recharts-bar-rectangle path' },
  { id: 'legacy', title: 'Legacy TensorFlow models in production', shape: 'path.recharts-area-area' },
  { id: 'verdicts', title: 'Verdicts over time', shape: 'path.recharts-area-area' },
  { id: 'lifecycle', title: 'Lifecycle by framework family', shape: '.recharts-bar-rectangle path' },
] as const;

type DashboardKpis = Record<(typeof KPIS)[number], { value: number | null }>;

async function apiKpis(query = ''): Promise<DashboardKpis> {
  const body = (await (await server.api(`/api/dashboard${query}`)).json()) as { kpis: DashboardKpis };
  return body.kpis;
}

const KPIS = [
  'modelsInProduction',
  'newProjectComplianceRate',
  'legacyInProduction',
  'openViolations',
  'openWarnings',
  'exceptionsExpiringSoon',
  'toTriage',
] as const;

async function kpiValues(): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const name of KPIS) {
    values[name] = (await web.page.locator(`[data-kpi="${name}"] .kpi-value`).textContent())?.trim() ?? '';
  }
  return values;
}

describe('the overview', () => {
  it('draws the five charts with data, and the as-of picker turns the whole dashboard back in time', async () => {
    const { page } = web;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

    for (const chart of CHARTS) {
      const card = page.locator(`figure[data-chart="${chart.id}"]`);
      await card.getByRole('heading', { name: chart.title }).waitFor();
      await card.locator(chart.shape).first().waitFor();
      const shapes = await card
        .locator(chart.shape)
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('d') ?? ''));
      // Drawn with data: real outlines, not empty paths.
      expect(shapes.filter((d) => d.length > 20).length, chart.id).toBeGreaterThan(0);
      expect(await card.locator('.chart-legend li').count(), chart.id).toBeGreaterThan(0);
    }
    await page
      .locator('[data-chart="cohorts"]')
      .getByText(/^policy: new projects on PyTorch$/)
      .waitFor();
    await page
      .locator('[data-chart="legacy"] .chart-notes')
      .getByText(/no retirement date|retires on/)
      .waitFor();

    const now = await kpiValues();
    const apiNow = await apiKpis();
    expect(now.openViolations).toBe(String(apiNow.openViolations.value));
    expect(now.modelsInProduction).toBe(String(apiNow.modelsInProduction.value));
    // The demo's model imported without a framework is the one to triage.
    expect(now.toTriage).toBe('1');
    expect(apiNow.toTriage.value).toBe(1);
    await page.locator('[data-kpi="openViolations"]').getByText('no review recorded yet').waitFor();

    await page.locator('#as-of-input').fill('2021-06-30');
    await page.waitForURL(/[?&]asOf=2021-06-30/);
    await page.getByText('The portfolio as it was at the end of 2021-06-30.').waitFor();
    const then = await apiKpis('?asOf=2021-06-30');
    await expect
      .poll(() => page.locator('[data-kpi="modelsInProduction"] .kpi-value').textContent())
      .toBe(String(then.modelsInProduction.value));
    const past = await kpiValues();
    expect(past.openViolations).toBe(String(then.openViolations.value));
    expect(past.legacyInProduction).toBe(String(then.legacyInProduction.value));
    expect(past.toTriage).toBe('0');
    expect(past).not.toEqual(now);

    // A chart segment opens the models behind it, with the filters in the URL.
    const bar = page.locator('[data-chart="lifecycle"] .recharts-bar-rectangle path').first();
    await bar.scrollIntoViewIfNeeded();
    await bar.click();
    await page.waitForURL(/\/models\?.*family=.*lifecycle=.*asOf=2021-06-30/);
    await page.locator('table.data-table tbody tr').first().waitFor();
    expect(await page.locator('#filter-lifecycle').inputValue()).not.toBe('');

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});

describe('the weekly review', () => {
  it('records a review, then lists a model edit made through the UI under its group', async () => {
    const { page } = web;
    await page.goto('/review');
    await page.getByRole('heading', { name: 'What changed' }).waitFor();
    // No review yet: the open violations are news.
    await page.locator('[data-group="newViolations"]').waitFor();

    await page.locator('#review-attendees').fill('Ana, Jonas');
    await page.locator('#review-notes').fill('First review recorded by the e2e test');
    await page.getByRole('button', { name: 'Record this review' }).click();
    await page
      .getByRole('status')
      .getByText(/^Review of \d{4}-\d{2}-\d{2} recorded/)
      .waitFor();
    await page.getByRole('heading', { name: /^Nothing changed since the review of \d{4}-\d{2}-\d{2}/ }).waitFor();
    await page.locator('table').getByRole('cell', { name: 'Ana, Jonas' }).waitFor();

    // An edit through the UI: a legacy production model is deprecated, and its retirement plan dropped.
    await page.goto('/models?q=HS%20code%20classifier');
    await page.getByRole('link', { name: 'HS code classifier', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'HS code classifier' }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.locator('#edit-lifecycle').selectOption('deprecated');
    await page.locator('#edit-retireBy').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/^Saved as version \d+\.$/).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Weekly review' }).click();
    const lifecycle = page.locator('[data-group="lifecycleChanges"]');
    await lifecycle.getByRole('heading', { name: 'Lifecycle changes (1)' }).waitFor();
    expect(await lifecycle.getByRole('link', { name: 'HS code classifier' }).count()).toBe(1);
    expect(await lifecycle.textContent()).toContain('lifecycle production → deprecated');
    // Deprecated with no retirement date: a new warning too.
    expect(await page.locator('[data-group="newWarnings"]').textContent()).toContain('HS code classifier');
    expect(await page.locator('[data-group="newViolations"]').count()).toBe(0);

    // A second review, then the two compared: the one verdict that moved.
    await page.locator('#review-attendees').fill('Ana');
    await page.getByRole('button', { name: 'Record this review' }).click();
    await page.getByRole('heading', { name: /^Nothing changed since the review of/ }).waitFor();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/\/reviews\/compare\?from=.+&to=.+/);
    await page.getByRole('heading', { name: 'Verdicts that changed (1)' }).waitFor();
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'HS code classifier' }) });
    expect(await row.textContent()).toMatch(/Grandfathered.*Warning/);

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });

  it('shows the first items of a long group, and all of them on "Show all"', async () => {
    const { page } = web;
    const names = Array.from({ length: CHANGE_GROUP_PREVIEW + 5 }, (_, index) => `Untriaged e2e ${index}`);
    for (const name of names) {
      const response = await server.api('/api/models', {
        method: 'POST',
        body: newModel({ name, framework: 'unknown', frameworkVersion: '' }),
      });
      expect(response.status).toBe(201);
    }
    await page.goto('/review');
    const group = page.locator('[data-group="becameUnknown"]');
    await group.getByText(`(${names.length})`).waitFor();
    expect(await group.locator('li').count()).toBe(CHANGE_GROUP_PREVIEW);
    await group.getByRole('button', { name: `Show all ${names.length}` }).click();
    await group
      .locator('li')
      .nth(names.length - 1)
      .waitFor();
    expect(await group.locator('li').count()).toBe(names.length);
    expect(await group.getByRole('button', { name: /^Show/ }).count()).toBe(0);
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
