import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startServer, type RunningServer } from '../support/server.js';
import { isoDateIn, openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue 3: an exception turns a violation into an exception, and revoking it turns it back.
let db: TestDatabase;
let server: RunningServer;
let web: WebSession;
let id: string;

const NAME = 'Invoice line classifier';
const REASON = 'TF 2 port blocked on the customs data agreement';

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
  // Signs in through the sign-in page as an editor: registering, editing, exceptions and reviews need no more.
  web = await openAs(server, 'editor');
  // A new project (after the policy date) on TensorFlow 2.x: a violation.
  const created = await server.api('/api/models', {
    method: 'POST',
    body: newModel({
      name: NAME,
      framework: 'tensorflow',
      frameworkVersion: '2.12.0',
      lifecycle: 'production',
      servingStack: 'tf-serving',
      serialization: 'savedmodel',
      startedOn: '2023-05-02',
    }),
  });
  expect(created.status).toBe(201);
  const model = (await created.json()) as { id: string; verdict: { status: string } };
  expect(model.verdict.status).toBe('violation');
  id = model.id;
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await db?.drop();
});

async function verdictOnModelPage(): Promise<string> {
  return (await web.page.locator('.verdict-panel .badge').textContent())?.trim() ?? '';
}

async function verdictOnCompliancePage(): Promise<string> {
  const { page } = web;
  await page.goto('/compliance');
  const row = page.locator('tr', { has: page.getByRole('link', { name: NAME }) });
  await row.waitFor();
  return (await row.locator('.badge').textContent())?.trim() ?? '';
}

describe('exceptions', () => {
  it('granting one turns the violation into an exception; revoking it brings the violation back', async () => {
    const { page } = web;
    await page.goto(`/models/${id}`);
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(await verdictOnModelPage()).toBe('Violation');

    await page.getByRole('button', { name: 'Grant an exception' }).click();
    await page.locator('#exception-reason').fill(REASON);
    await page.locator('#exception-approvedBy').fill('lead.jonas');
    await page.locator('#exception-expiresOn').fill(isoDateIn(90));
    await page.getByRole('button', { name: 'Grant exception' }).click();
    await page.locator('.verdict-panel .badge', { hasText: 'Exception' }).waitFor();
    expect(await page.locator('.verdict-panel').textContent()).toContain(REASON);
    const exceptionRow = page.locator('tr', { hasText: REASON });
    expect(await exceptionRow.locator('.exception-state').textContent()).toBe('Active');

    expect(await verdictOnCompliancePage()).toBe('Exception');
    expect(await page.locator('.tile-exception .tile-count').textContent()).toBe('1');
    expect(await page.locator('.tile-violation .tile-count').textContent()).toBe('0');

    await page.getByRole('link', { name: NAME }).click();
    await page.getByRole('button', { name: `Revoke exception: ${REASON}` }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.locator('.verdict-panel .badge', { hasText: 'Violation' }).waitFor();
    expect(await page.locator('tr', { hasText: REASON }).locator('.exception-state').textContent()).toBe('Revoked');

    expect(await verdictOnCompliancePage()).toBe('Violation');
    expect(await page.locator('.tile-violation .tile-count').textContent()).toBe('1');

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});

describe('the Compliance page, paged and filtered on the server', () => {
  it('filters by verdict and team in the URL, and pages through the models worst first', async () => {
    const { page } = web;
    for (const name of ['Paging a', 'Paging b', 'Paging c']) {
      const created = await server.api('/api/models', {
        method: 'POST',
        body: newModel({ name, team: 'Paging', framework: 'pytorch', startedOn: '2023-05-02' }),
      });
      expect(created.status).toBe(201);
    }
    await page.goto('/compliance?team=Paging&pageSize=100');
    await page.getByRole('link', { name: 'Paging c' }).waitFor();
    expect(await page.locator('.pagination-summary').textContent()).toBe('Showing 1–3 of 3');
    expect(await page.getByRole('link', { name: NAME }).count()).toBe(0);

    await page.locator('#filter-team').fill('');
    await page.locator('#filter-verdict').selectOption('violation');
    await page.waitForURL(/verdict=violation/);
    await page.getByRole('link', { name: NAME }).waitFor();
    expect(await page.getByRole('link', { name: /^Paging/ }).count()).toBe(0);
    // The counts stay those of the other filters: the compliant models are still counted.
    expect(Number(await page.locator('.tile-compliant .tile-count').textContent())).toBeGreaterThanOrEqual(3);

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
