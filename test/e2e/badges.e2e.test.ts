import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startServer, type RunningServer } from '../support/server.js';
import { openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue 17: a model's status travels with its code — a badge copied from the model page into a README.
let db: TestDatabase;
let server: RunningServer;
let web: WebSession;
let modelId: string;
const TEAM = 'Badge Team';

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
  const response = await server.api('/api/models', {
    method: 'POST',
    body: newModel({ name: 'Badge e2e classifier', team: TEAM, frameworkVersion: '2.4.0', startedOn: '2024-02-01' }),
  });
  modelId = ((await response.json()) as { id: string }).id;
  web = await openAs(server, 'viewer');
  await web.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await db?.drop();
});

/** What the tests read of an <img> in the browser (the test code has no DOM types). */
interface ImageLike {
  complete: boolean;
  naturalWidth: number;
  addEventListener(event: 'load' | 'error', listener: () => void): void;
}

/** Whether an <img> of `url` loads in a page of no origin of ours, as on a code host's README. */
async function loadsAsImage(url: string): Promise<{ loaded: boolean; width: number }> {
  const context = await web.browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent(`<img id="badge" src="${url}" alt="badge">`);
    return await page.locator('#badge').evaluate(
      (element) =>
        new Promise<{ loaded: boolean; width: number }>((resolve) => {
          const image = element as unknown as ImageLike;
          const done = () => resolve({ loaded: image.complete && image.naturalWidth > 0, width: image.naturalWidth });
          if (image.complete) done();
          else {
            image.addEventListener('load', done);
            image.addEventListener('error', done);
          }
        }),
    );
  } finally {
    await context.close();
  }
}

describe('a model’s badge', () => {
  it('is copied from the model page as Markdown whose image loads anywhere, without signing in', async () => {
    const { page } = web;
    await page.goto(`/models/${modelId}`);
    const section = page.getByTestId('badge-models');
    await section.getByRole('heading', { name: 'Badge' }).waitFor();
    // The page shows the badge it gives out.
    await expect
      .poll(() => section.getByRole('img').evaluate((image) => (image as unknown as ImageLike).naturalWidth))
      .toBeGreaterThan(0);

    await section.getByRole('button', { name: 'Copy badge Markdown' }).click();
    await section.getByText('Copied to the clipboard.').waitFor();
    const markdown = String(await page.evaluate('navigator.clipboard.readText()'));
    const match = /^\[!\[Badge e2e classifier: framework policy\]\((\S+)\)\]\((\S+)\)$/.exec(markdown);
    expect(match, markdown).not.toBeNull();
    const [, imageUrl, pageUrl] = match!;
    expect(pageUrl).toBe(`${server.url}/models/${modelId}`);

    // No cookie, another page: the image loads, and says what the model's page says.
    expect(await loadsAsImage(imageUrl!)).toMatchObject({ loaded: true });
    const anonymous = await fetch(imageUrl!);
    expect(anonymous.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(await anonymous.text()).toContain('<title>PyTorch 2.4.0: compliant</title>');

    // A tampered URL still loads, as the grey unknown badge.
    const tampered = imageUrl!.replace(/sig=.{5}/, 'sig=AAAAA');
    expect(await loadsAsImage(tampered)).toMatchObject({ loaded: true });
    expect(await (await fetch(tampered)).text()).toContain('<title>framework policy: unknown</title>');

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });

  it('is offered for a team when the models list is filtered to it', async () => {
    const { page } = web;
    await page.goto(`/models?team=${encodeURIComponent(TEAM)}`);
    const section = page.getByTestId('badge-teams');
    await section.getByRole('heading', { name: 'Team badge' }).waitFor();
    const markdown = await section.getByRole('textbox').inputValue();
    expect(markdown).toContain(`/badges/teams/${encodeURIComponent(TEAM)}.svg?sig=`);
    expect(await page.getByTestId('badge-teams').count()).toBe(1);

    await page.goto('/models');
    await page.locator('table.data-table tbody tr').first().waitFor();
    expect(await page.getByTestId('badge-teams').count()).toBe(0);
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
