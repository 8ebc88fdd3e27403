import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startServer, type RunningServer } from '../support/server.js';
import { openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue 14: a team's Backstage catalog brought in through the Import page, previewed, applied, then in the list.
let db: TestDatabase;
let server: RunningServer;
let web: WebSession;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
  web = await openAs(server, 'editor');
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await db?.drop();
});

const NLP_CATALOG = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: nlp-platform
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: customs-ner
  title: Customs NER pipeline
  tags: [ner, pytorch]
spec:
  type: ai-model
  owner: group:default/nlp-platform
  lifecycle: production
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ner-serving
  tags: [triton]
spec:
  type: model-server
  owner: nlp-platform
  lifecycle: production
  dependsOn: [resource:default/customs-ner]
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: tokenizers
spec:
  type: library
  owner: nlp-platform
  lifecycle: production
`;

const SEARCH_CATALOG = `apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: query-speller
  description: Fixes typos in search queries.
spec:
  type: ml-model
  owner: search
  lifecycle: experimental
`;

async function modelNames(): Promise<string[]> {
  const response = await server.api('/api/models?pageSize=100');
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { name: string }[] }).items.map((model) => model.name).sort();
}

/** Opens the Import page, chooses Backstage and picks a catalog-info.yaml holding `text`. */
async function chooseCatalog(text: string): Promise<void> {
  await web.page.goto('/import');
  await web.page.getByRole('radio', { name: 'Backstage' }).check();
  await web.page
    .getByLabel('Backstage files')
    .setInputFiles({ name: 'catalog-info.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
}

describe('importing a Backstage catalog through the Import page', () => {
  it('refuses a catalog that is not YAML, naming the file, and writes nothing', async () => {
    const { page } = web;
    await chooseCatalog('apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: [broken\n');
    await page.getByRole('button', { name: 'Preview import' }).click();
    const error = page.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/catalog-info\.yaml: document 1 is not valid YAML/);
    expect(await modelNames()).toEqual([]);
  });

  it('previews picked and dropped files with actions, notes and files, applies them, and lists the models', async () => {
    const { page } = web;
    await chooseCatalog(NLP_CATALOG);
    // A second file dropped on the picker joins the first.
    // Built in the page (this file has no DOM types): a DataTransfer holding the file, as a drop carries it.
    const dropped = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([${JSON.stringify(SEARCH_CATALOG)}], 'search-catalog.yaml', { type: 'application/yaml' }));
      return transfer;
    })()`);
    await page.getByTestId('source-files').dispatchEvent('drop', { dataTransfer: dropped });
    expect(await page.getByTestId('chosen-files').locator('li strong').allTextContents()).toEqual([
      'catalog-info.yaml',
      'search-catalog.yaml',
    ]);

    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByRole('heading', { level: 2, name: 'Preview of 2 Backstage files' }).waitFor();
    const tile = async (action: string) =>
      Number(await page.locator(`.import-tiles [data-action="${action}"] .tile-count`).textContent());
    expect(await tile('create')).toBe(2);
    expect(await tile('skip')).toBe(3);
    const row = (name: string) => page.locator('tr.import-row', { has: page.locator('.name-cell', { hasText: name }) });
    const ner = row('Customs NER pipeline');
    expect(await ner.locator('.import-action').textContent()).toBe('Create');
    expect(await ner.locator('.import-file').textContent()).toBe('catalog-info.yaml');
    expect(await ner.locator('.import-notes').textContent()).toContain(
      'servingStack triton from Component ner-serving',
    );
    const library = row('backstage:component:default/tokenizers');
    expect(await library.locator('.import-action').textContent()).toBe('Skipped');
    const speller = row('query-speller');
    expect(await speller.locator('.import-file').textContent()).toBe('search-catalog.yaml');
    expect(await speller.locator('.import-notes').textContent()).toContain('imported as unknown');
    expect(await modelNames()).toEqual([]);

    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    const success = page.getByTestId('import-success');
    await success.waitFor();
    expect(await success.textContent()).toContain('2 new models, each with its history event.');

    await success.getByRole('link', { name: 'Go to models' }).click();
    await page.getByRole('heading', { level: 1, name: 'Models' }).waitFor();
    await page.getByRole('link', { name: 'Customs NER pipeline' }).waitFor();
    await page.getByRole('link', { name: 'query-speller' }).waitFor();
    expect(await modelNames()).toEqual(['Customs NER pipeline', 'query-speller']);
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
