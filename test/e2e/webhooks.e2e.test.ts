import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startReceiver, type Receiver } from '../support/receiver.js';
import { startServer, type RunningServer } from '../support/server.js';
import { openAs, unexpectedErrors, type WebSession } from '../support/web.js';

// Issue 15: an admin adds a webhook, copies its secret, sends a test event and sees the delivery in the log.
let db: TestDatabase;
let server: RunningServer;
let receiver: Receiver;
let web: WebSession;

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = await startReceiver();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' });
});

afterAll(async () => {
  await web?.browser.close();
  await server?.stop();
  await receiver?.close();
  await db?.drop();
});

describe('Admin → Webhooks', () => {
  it('adds a webhook, shows its secret once, sends a test event and lists each delivery', async () => {
    web = await openAs(server, 'admin');
    const { page } = web;
    await page.goto('/admin');
    await page.getByRole('link', { name: 'Webhooks and the weekly digest' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByRole('heading', { name: 'No webhooks yet' }).waitFor();

    // Refused at once by the form: no events picked.
    await page.locator('#webhook-url').fill(receiver.url);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    expect(await page.getByText('Events must name at least one event').count()).toBe(1);

    await page.locator('#webhook-description').fill('Review bot');
    await page.getByLabel(/^model\.created:/).check();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = await page.locator('#webhook-secret-value').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'I have copied it — hide it' }).click();
    expect(await page.locator('#webhook-secret-value').count()).toBe(0);

    const card = page.getByRole('article', { name: 'Review bot' });
    await card.getByRole('button', { name: 'Send test event' }).click();
    await card.getByText(/Delivered: HTTP 200 in \d+ ms/).waitFor();
    const [ping] = await receiver.waitFor(1);
    expect(new Webhook(secret).verify(ping!.body, ping!.headers as Record<string, string>)).toMatchObject({
      type: 'webhook.test',
    });

    // A change made elsewhere arrives on its own and joins the log.
    const created = await server.api('/api/models', { method: 'POST', body: newModel({ name: 'Webhook e2e model' }) });
    expect(created.status).toBe(201);
    await receiver.waitFor(2);
    await card.getByRole('button', { name: 'Show deliveries' }).click();
    const log = card.getByRole('table');
    await log.getByText('model.created').waitFor();
    await log.getByText('webhook.test').waitFor();

    await log.locator('tr', { hasText: 'model.created' }).getByRole('button', { name: 'Redeliver' }).click();
    await log.getByText('Redelivered').waitFor();
    await receiver.waitFor(3);
    expect(receiver.received[2]!.headers['webhook-id']).toBe(receiver.received[1]!.headers['webhook-id']);

    // Without SMTP_URL the Account page offers no email digest.
    await page.goto('/account');
    await page.getByRole('heading', { name: 'My API tokens' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Weekly digest' }).count()).toBe(0);
    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
