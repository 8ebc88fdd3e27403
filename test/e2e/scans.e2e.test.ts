import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newScanFindings, tf1Uses } from '@mmt/domain/testing';
import { startServer, type RunningServer } from '../support/server.js';
import { openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue 13: evidence from code on the demo portfolio, whose product title NER was ported to
// PyTorch while the registry still says TensorFlow 1.x.
let db: TestDatabase;
let server: RunningServer;
let web: WebSession;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'true' });
  web = await openAs(server, 'viewer');
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await db?.drop();
});

describe('evidence from code', () => {
  it('finds the model whose code disagrees, and shows its drift, its latest scan and its TF1 API count over its scans', async () => {
    const { page } = web;
    await page.goto('/models');
    await page.locator('tbody tr').nth(1).waitFor();
    await page.locator('#filter-code').selectOption('disagrees');
    await page.waitForURL(/[?&]code=disagrees/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: 'Product title NER' }).click();
    await page.getByRole('heading', { level: 1, name: 'Product title NER' }).waitFor();

    const drift = page.getByTestId('code-drift');
    await drift.getByRole('heading', { name: 'Code disagrees with the registry' }).waitFor();
    expect(await drift.textContent()).toMatch(/found PyTorch in the code; the registry says TensorFlow 1\.x\./);

    const scan = page.getByTestId('latest-scan');
    await scan.waitFor();
    const text = (await scan.textContent()) ?? '';
    expect(text).toMatch(/PyTorch ==2\.3\.1 \(PyTorch\)/);
    expect(text).toContain('requirements.txt:2');
    expect(text).toContain('torch==2.3.1');
    expect(text).toMatch(/contrib: 2/);
    expect(text).toContain('torch-save');
    await scan.getByText('Where').first().click();
    await scan.getByText('train.py:15').waitFor();

    const history = page.getByRole('figure', { name: 'TF1 API uses over the last 6 scans' });
    await history.locator('path.recharts-line-curve').waitFor();
    expect(((await history.locator('path.recharts-line-curve').getAttribute('d')) ?? '').length).toBeGreaterThan(20);
  });

  it('draws the TF1 API burn-down on the Overview and counts the disagreement', async () => {
    const { page } = web;
    await page.goto('/');
    const card = page.locator('figure[data-chart="tf1Apis"]');
    await card.getByRole('heading', { name: 'TF1 API uses in code' }).waitFor();
    await card.locator('path.recharts-area-area').waitFor();
    expect(((await card.locator('path.recharts-area-area').getAttribute('d')) ?? '').length).toBeGreaterThan(20);
    expect((await page.locator('[data-kpi="codeDisagrees"] .kpi-value').textContent())?.trim()).toBe('1');
    await page.locator('[data-kpi="codeDisagrees"]').getByRole('link').click();
    await page.waitForURL(/\/models\?code=disagrees/);
    await page.getByRole('link', { name: 'Product title NER' }).waitFor();
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });

  it("lists a scan that raised a model's TF1 API count in the weekly review", async () => {
    const { page } = web;
    const models = (await (await server.api('/api/models?q=Ticket%20text%20classifier')).json()) as {
      items: { id: string; name: string }[];
    };
    const ticket = models.items.find((model) => model.name === 'Ticket text classifier')!;
    const posted = await server.api(`/api/models/${ticket.id}/scans`, {
      method: 'POST',
      body: { commit: 'fedcba9876543', findings: newScanFindings({ tf1Apis: tf1Uses(20, 5) }) },
    });
    expect(posted.status).toBe(201);
    await page.goto('/review');
    await page.getByRole('heading', { name: 'Scans that raised the TF1 API count' }).waitFor();
    await page.getByText('TF1 API uses 15 → 25 at fedcba9').waitFor();
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
