import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startServer, type RunningServer } from '../support/server.js';
import { openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue 2: the model registry in the browser.
let db: TestDatabase;
let server: RunningServer;
let web: WebSession;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
  // Signs in through the sign-in page as an editor: registering, editing, exceptions and reviews need no more.
  web = await openAs(server, 'editor');
  // Something else in the list, so the search has to find ours.
  expect((await server.api('/api/models', { method: 'POST', body: newModel({ name: 'Address NER' }) })).status).toBe(
    201,
  );
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await db?.drop();
});

const NAME = 'Customs DistilBERT classifier';

async function modelId(): Promise<string> {
  const match = /\/models\/([0-9a-f-]{36})$/.exec(new URL(web.page.url()).pathname);
  if (!match?.[1]) throw new Error(`not on a model page: ${web.page.url()}`);
  return match[1];
}

describe('the model registry', () => {
  it('registers a model through the form, finds it, edits it and shows the change in its history', async () => {
    const { page } = web;
    await page.goto('/models/new');
    await page.locator('#new-name').fill(NAME);
    await page.locator('#new-team').fill('NLP Platform');
    await page.locator('#new-task').fill('text classification');
    await page.locator('#new-framework').selectOption('pytorch');
    await page.locator('#new-frameworkVersion').fill('2.3.1');
    await page.locator('#new-lifecycle').selectOption('development');
    await page.locator('#new-startedOn').fill('2024-02-01');
    await page.getByRole('button', { name: 'Register model' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    const id = await modelId();

    // Find it in the table by searching and filtering.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Models', exact: true }).click();
    await page.locator('tbody tr').nth(1).waitFor();
    await page.locator('#filter-q').fill('DistilBERT');
    await page.waitForURL(/[?&]q=DistilBERT/);
    await page.locator('#filter-family').selectOption('PyTorch');
    await page.waitForURL(/[?&]family=PyTorch/);
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: NAME }).click();
    await page.waitForURL(`**/models/${id}`);

    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.locator('#edit-team').fill('Search Quality');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved as version 2.').waitFor();
    // The details refresh from the server after the save.
    await expect.poll(() => page.locator('.details').textContent()).toContain('Search Quality');

    const latest = page.locator('.history-event').first();
    await latest.getByText('version 2').waitFor();
    expect(await latest.locator('.change-field').allTextContents()).toEqual(['Team:']);
    expect(await latest.locator('.change-from').textContent()).toBe('NLP Platform');
    expect(await latest.locator('.change-to').textContent()).toBe('Search Quality');

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });

  it('refuses a stale edit: shows that someone else changed the model, with the newer values, and overwrites nothing', async () => {
    const { page } = web;
    const id = await modelId();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.locator('#edit-task').fill('named entity recognition');

    // Someone else saves first, behind the page's back.
    const behind = await server.api(`/api/models/${id}`, {
      method: 'PATCH',
      body: { version: 2, task: 'sentence classification', frameworkVersion: '2.4.0' },
    });
    expect(behind.status).toBe(200);

    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this model' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('version 3 was saved in the meantime');
    const taskRow = conflict.locator('tr', { has: page.getByRole('rowheader', { name: /^Task/ }) });
    expect(await taskRow.locator('td').allTextContents()).toEqual([
      'text classification',
      'named entity recognition',
      'sentence classification',
    ]);
    expect(await conflict.textContent()).toContain('2.4.0');

    // Nothing was overwritten: the server still holds the other person's version.
    const stored = await (await server.api(`/api/models/${id}`)).json();
    expect(stored).toMatchObject({ version: 3, task: 'sentence classification', frameworkVersion: '2.4.0' });

    expect(unexpectedErrors(web.errors)).toEqual([]);
    // The refused save is the one deliberate 4xx.
    expect(web.errors.filter((error) => /status of 409/.test(error))).toHaveLength(1);
  });
});
