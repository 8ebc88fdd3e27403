import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startServer, type RunningServer } from '../support/server.js';
import { openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue: status reports out, portfolios in — a report downloaded from the page, a file imported through it.
let db: TestDatabase;
let server: RunningServer;
let web: WebSession;

const EXISTING = ['HS code classifier', 'Customs NER pipeline', 'Invoice DistilBERT'];
const NEW_MODEL = 'Tariff RoBERTa reranker';
const HEADER = 'name,team,framework,frameworkVersion,lifecycle,startedOn';
const GOOD_ROW = `${NEW_MODEL},Search,pytorch,2.3.0,staging,2024-09-01`;
const BAD_ROW = 'Caffe relic,Legacy,caffe,1.0,production,2017-05-01';

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
  for (const name of EXISTING) {
    const created = await server.api('/api/models', { method: 'POST', body: newModel({ name }) });
    expect(created.status).toBe(201);
  }
  web = await openAs(server, 'editor');
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await db?.drop();
});

/** RFC 4180 records: quoted cells may hold commas, quotes ("") and line breaks. A reader independent of the writer. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

async function modelsTotal(query = ''): Promise<{ total: number; items: { id: string; name: string }[] }> {
  const response = await server.api(`/api/models${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as { total: number; items: { id: string; name: string }[] };
}

/** Chooses a CSV written by the test on the Import page and previews it (the dry run). */
async function previewCsv(page: Page, name: string, lines: string[]): Promise<void> {
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\r\n')}\r\n`),
  });
  await page.getByTestId('chosen-file').getByText(name).waitFor();
  await page.getByRole('button', { name: 'Preview import' }).click();
  await page.getByRole('heading', { level: 2, name: `Preview of ${name}` }).waitFor();
}

const tileCount = async (page: Page, action: string) =>
  Number(await page.locator(`.import-tiles [data-action="${action}"] .tile-count`).textContent());

describe('reports and imports through the web', () => {
  it('downloads the CSV status report from the Compliance page, one row per model', async () => {
    const { page } = web;
    await page.goto('/compliance');
    await page.getByRole('heading', { level: 1, name: 'Compliance' }).waitFor();

    const downloads = page.getByRole('group', { name: /Download report/ });
    expect(await downloads.getByRole('link').allTextContents()).toEqual([
      'CSV',
      'Markdown',
      'Markdown with charts',
      'JSON',
      'PDF',
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: /as CSV$/ }).click(),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect(download.suggestedFilename()).toBe(`migration-status-${today}.csv`);

    const text = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text).filter((record) => record.some((cell) => cell !== ''));
    expect(header?.slice(0, 6)).toEqual(['name', 'team', 'task', 'framework', 'frameworkVersion', 'lifecycle']);
    expect(header).toContain('verdict');
    const { total } = await modelsTotal();
    expect(total).toBe(EXISTING.length);
    expect(rows).toHaveLength(total);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.map((row) => row[0]).sort()).toEqual([...EXISTING].sort());

    // Markdown with charts: the report and the SVG files it links, in one zip.
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: /as Markdown with charts$/ }).click(),
    ]);
    expect(zip.suggestedFilename()).toBe(`migration-status-${today}.zip`);
    const entries = Object.keys(unzipSync(new Uint8Array(await readFile(await zip.path()))));
    expect(entries.sort()).toEqual([
      'charts/cohorts.svg',
      'charts/families.svg',
      'charts/legacy.svg',
      'charts/verdicts.svg',
      `migration-status-${today}.md`,
    ]);

    // The link keeps the page's as-of date.
    await page.goto('/compliance?asOf=2024-06-30');
    expect(await downloads.getByRole('link', { name: /as PDF$/ }).getAttribute('href')).toBe(
      '/api/reports/status?format=pdf&asOf=2024-06-30',
    );
  });

  it('previews a file with a bad row (nothing importable), then imports the fixed file', async () => {
    const { page } = web;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import models' }).waitFor();

    // A new model and a row on a framework the tracker does not know.
    await previewCsv(page, 'with-a-bad-row.csv', [HEADER, GOOD_ROW, BAD_ROW]);
    expect(await tileCount(page, 'create')).toBe(1);
    expect(await tileCount(page, 'invalid')).toBe(1);
    expect(await page.getByTestId('import-blocked').textContent()).toMatch(
      /1 problem in 1 row: nothing will be imported/,
    );
    const bad = page.locator('tr.import-row', { hasText: 'Caffe relic' });
    expect(await bad.locator('th').textContent()).toBe('2');
    expect(await bad.locator('.import-action').textContent()).toBe('Invalid');
    expect(await bad.locator('.problem-column').textContent()).toBe('framework');
    expect(await bad.locator('.problem-list').textContent()).toMatch(
      /framework: "caffe" is not a valid framework; use one of: tensorflow, keras, pytorch/,
    );
    // Problem rows come first.
    expect(await page.locator('tr.import-row th').allTextContents()).toEqual(['2', '1']);
    expect(await page.getByRole('button', { name: /^Import \d+ rows?$/ }).count()).toBe(0);
    expect((await modelsTotal(`?q=${encodeURIComponent(NEW_MODEL)}`)).total).toBe(0);

    // Fixed: only the good row.
    await previewCsv(page, 'fixed.csv', [HEADER, GOOD_ROW]);
    expect(await tileCount(page, 'create')).toBe(1);
    expect(await tileCount(page, 'invalid')).toBe(0);
    expect(await page.getByTestId('import-blocked').count()).toBe(0);
    await page.getByRole('button', { name: 'Import 1 row' }).click();

    const success = page.getByTestId('import-success');
    await success.waitFor();
    expect(await success.textContent()).toContain('1 new model, each with its history event.');
    const { total, items } = await modelsTotal(`?q=${encodeURIComponent(NEW_MODEL)}`);
    expect(total).toBe(1);
    const id = items[0]!.id;
    expect(await success.getByRole('link', { name: NEW_MODEL }).getAttribute('href')).toBe(`/models/${id}`);

    const history = (await (await server.api(`/api/models/${id}/history`)).json()) as {
      items: { kind: string; version: number }[];
    };
    expect(history.items).toEqual([expect.objectContaining({ kind: 'created', version: 1 })]);

    // The link leads to the model.
    await success.getByRole('link', { name: NEW_MODEL }).click();
    await page.getByRole('heading', { level: 1, name: NEW_MODEL }).waitFor();
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });

  it('refuses a workbook and a file over the limit before sending either, naming the limit', async () => {
    const { page } = web;
    await page.goto('/import');
    const input = page.getByLabel('File', { exact: true });
    const preview = page.getByRole('button', { name: 'Preview import' });
    await input.setInputFiles({
      name: 'workbook.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('PK'),
    });
    expect(await page.getByRole('alert').textContent()).toMatch(/workbook\.xlsx is a spreadsheet workbook/);
    expect(await preview.isDisabled()).toBe(true);

    await input.setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1_048_576, 'a') });
    expect(await page.getByRole('alert').textContent()).toBe(
      'huge.csv is 21 MB; an import takes at most 20 MB. Split it into several files.',
    );
    expect(await preview.isDisabled()).toBe(true);

    // A file the server cannot read: 400, with the problem and where it is.
    await input.setInputFiles({
      name: 'semicolons.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name;team;framework\r\nA;B;pytorch\r\n'),
    });
    await preview.click();
    const refused = page.getByTestId('import-error');
    await refused.waitFor();
    expect(await refused.getByRole('heading').textContent()).toBe('The file cannot be imported');
    expect(await refused.locator('.problem-list').textContent()).toMatch(/^The file: .*separated by ";".*commas/);
    expect(await page.getByTestId('import-preview').count()).toBe(0);
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
