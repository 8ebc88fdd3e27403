import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startServer, type RunningServer } from '../support/server.js';
import {
  createUser,
  fillSignIn,
  isoDateIn,
  openAs,
  openBrowser,
  unexpectedErrors,
  type WebSession,
} from '../support/web.js';

// Issue: accounts, roles and API tokens. The web hides what a role cannot do; the API refuses it.
let db: TestDatabase;
let server: RunningServer;
let browser: Browser;
let modelId: string;
let exceptionId: string;

const MODEL = 'Tariff line NER';
const EXCEPTION_REASON = 'On-device build stays on TF Lite until PyTorch Mobile is ready';

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
  browser = await launchBrowser();
  const created = await server.api('/api/models', {
    method: 'POST',
    body: newModel({ name: MODEL, framework: 'tensorflow', frameworkVersion: '2.12.0', startedOn: '2023-01-10' }),
  });
  expect(created.status).toBe(201);
  modelId = ((await created.json()) as { id: string }).id;
  const granted = await server.api(`/api/models/${modelId}/exceptions`, {
    method: 'POST',
    body: { reason: EXCEPTION_REASON, approvedBy: 'lead.jonas', expiresOn: isoDateIn(60) },
  });
  expect(granted.status).toBe(201);
  exceptionId = ((await granted.json()) as { id: string }).id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.drop();
});

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function navLinks(page: Page): Promise<string[]> {
  return (await mainNav(page).getByRole('link').allTextContents()).map((text) => text.trim());
}

/** What the page's own session cookie gets for a change the UI does not offer. */
function forge(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    ([method, path, json]) =>
      fetch(
        path,
        json === null ? { method } : { method, headers: { 'content-type': 'application/json' }, body: json },
      ).then((response) => response.status),
    [method, path, body === undefined ? null : JSON.stringify(body)] as const,
  );
}

function bearer(token: string, path = '/api/models'): Promise<number> {
  return fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.status);
}

function apiSignIn(email: string, password: string): Promise<number> {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).then((response) => response.status);
}

describe('a viewer', () => {
  let web: WebSession;
  afterAll(async () => web?.page.context().close());

  it('is sent to the sign-in page and back, reads everything, and sees no control that changes anything', async () => {
    const viewer = await createUser(server, 'viewer');
    web = await openBrowser(server, browser);
    const { page } = web;

    // Signed out, a model page leads to the sign-in page, which remembers where to come back to.
    await page.goto(`/models/${modelId}`);
    await page.waitForURL(`**/login?next=${encodeURIComponent(`/models/${modelId}`)}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect(await page.locator('#login-email-error').textContent()).toBe('Email is required');
    expect(await page.locator('#login-password-error').textContent()).toBe('Password is required');

    await fillSignIn(page, viewer.email, 'not-the-password');
    await page.getByRole('alert').getByText('Wrong email or password').waitFor();
    expect(page.url()).toContain('/login?next=');

    await fillSignIn(page, viewer.email, viewer.password);
    await page.waitForURL(`**/models/${modelId}`);
    await page.getByRole('heading', { level: 1, name: MODEL }).waitFor();
    expect(await page.getByRole('group', { name: 'Signed in' }).textContent()).toContain('Vera Viewer');
    expect(await page.getByTestId('session-role').textContent()).toBe('Viewer');

    // The model page reads in full, with no Edit, grant or revoke.
    await page.locator('tr', { hasText: EXCEPTION_REASON }).waitFor();
    await page.locator('.history-event').first().waitFor();
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Grant an exception' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Revoke/ }).count()).toBe(0);

    expect(await navLinks(page)).toEqual(['Overview', 'Weekly review', 'Models', 'Compliance', 'Policy']);

    await mainNav(page).getByRole('link', { name: 'Models', exact: true }).click();
    await page.getByRole('link', { name: MODEL }).waitFor();
    expect(await page.getByRole('link', { name: 'Register a model' }).count()).toBe(0);

    await mainNav(page).getByRole('link', { name: 'Weekly review' }).click();
    await page.getByRole('heading', { name: 'What changed' }).waitFor();
    await page.getByRole('heading', { name: 'Past reviews' }).waitFor();
    expect(await page.getByRole('button', { name: 'Record this review' }).count()).toBe(0);

    await mainNav(page).getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { name: 'In force now' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add a new version' }).count()).toBe(0);

    // Typing the address of a page for editors explains instead of showing a form.
    await page.goto('/models/new');
    await page.getByRole('heading', { name: 'This needs the editor role' }).waitFor();
    expect(await page.locator('#new-name').count()).toBe(0);
    await page.goto('/admin');
    await page.getByRole('heading', { name: 'This needs the admin role' }).waitFor();

    // A viewer may hold read tokens only.
    await page.goto('/account');
    await page.getByRole('heading', { name: 'My API tokens' }).waitFor();
    expect(
      await page.locator('#token-scope option').evaluateAll((options) => options.map((o) => o.getAttribute('value'))),
    ).toEqual(['read']);

    // A write forged from the page with the viewer's own session is refused, and nothing is written.
    const forged = newModel({ name: 'Forged by a viewer' });
    expect(await forge(page, 'POST', '/api/models', forged)).toBe(403);
    expect(await forge(page, 'DELETE', `/api/exceptions/${exceptionId}`)).toBe(403);
    const list = (await (await server.api('/api/models?q=Forged')).json()) as { total: number };
    expect(list.total).toBe(0);
    const model = (await (await server.api(`/api/models/${modelId}`)).json()) as { exceptions: { state: string }[] };
    expect(model.exceptions.map((exception) => exception.state)).toEqual(['active']);

    // Signing out everywhere, from the Account page, ends this session and one opened elsewhere.
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: viewer.email, password: viewer.password }),
    });
    const elsewhere = { cookie: login.headers.getSetCookie()[0]!.split(';')[0]! };
    expect((await fetch(`${server.url}/api/auth/me`, { headers: elsewhere })).status).toBe(200);
    await page.goto('/account');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('button', { name: 'Yes, sign out everywhere' }).click();
    await page.waitForURL('**/login');
    expect((await fetch(`${server.url}/api/auth/me`, { headers: elsewhere })).status).toBe(401);
    expect(await page.evaluate(() => fetch('/api/auth/me').then((response) => response.status))).toBe(401);

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});

describe('an editor', () => {
  let web: WebSession;
  afterAll(async () => web?.page.context().close());

  it('registers a model and changes it, but sees no policy form and no Admin', async () => {
    web = await openAs(server, 'editor', browser);
    const { page } = web;
    expect(await page.getByTestId('session-role').textContent()).toBe('Editor');
    expect(await navLinks(page)).toEqual([
      'Overview',
      'Weekly review',
      'Models',
      'Register model',
      'Compliance',
      'Policy',
      'Import',
    ]);

    await mainNav(page).getByRole('link', { name: 'Register model' }).click();
    await page.locator('#new-name').fill('Customs RoBERTa');
    await page.locator('#new-team').fill('NLP Platform');
    await page.locator('#new-framework').selectOption('pytorch');
    await page.locator('#new-lifecycle').selectOption('staging');
    await page.locator('#new-startedOn').fill('2024-09-01');
    await page.getByRole('button', { name: 'Register model' }).click();
    await page.getByRole('heading', { level: 1, name: 'Customs RoBERTa' }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Grant an exception' }).waitFor();
    const stored = (await (await server.api('/api/models?q=Customs%20RoBERTa')).json()) as { total: number };
    expect(stored.total).toBe(1);

    await page.goto(`/models/${modelId}`);
    await page.getByRole('button', { name: `Revoke exception: ${EXCEPTION_REASON}` }).waitFor();

    await mainNav(page).getByRole('link', { name: 'Weekly review' }).click();
    await page.getByRole('button', { name: 'Record this review' }).waitFor();

    await mainNav(page).getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('heading', { name: 'In force now' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add a new version' }).count()).toBe(0);
    // The API agrees: a new policy version needs an admin.
    expect(await forge(page, 'PUT', '/api/policy', {})).toBe(403);

    await page.goto('/admin');
    await page.getByRole('heading', { name: 'This needs the admin role' }).waitFor();

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});

describe('an admin', () => {
  let web: WebSession & { user: { email: string } };
  afterAll(async () => web?.page.context().close());

  it('invites a user, changes their role, deactivates them, and creates and revokes an API token', async () => {
    web = await openAs(server, 'admin', browser);
    const { page } = web;
    expect(await navLinks(page)).toContain('Admin');

    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    // One's own row is protected.
    await expect.poll(() => page.getByRole('combobox', { name: `Role of ${web.user.email}` }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: `Deactivate ${web.user.email}` }).count()).toBe(0);

    // Invite without a password: the generated one is shown once.
    const invitee = 'nora.new@example.com';
    await page.locator('#invite-email').fill(invitee);
    await page.locator('#invite-name').fill('Nora New');
    await page.locator('#invite-role').selectOption('viewer');
    await page.getByRole('button', { name: 'Create account' }).click();
    const shown = page.getByTestId('initial-password');
    await shown.getByText(`Account created for ${invitee}`).waitFor();
    await shown.getByText('you will not see it again').waitFor();
    const initialPassword = await shown.getByRole('textbox').inputValue();
    expect(initialPassword.length).toBeGreaterThanOrEqual(12);
    expect(await apiSignIn(invitee, initialPassword)).toBe(200);
    await shown.getByRole('button', { name: /I have copied it/ }).click();
    expect(await page.getByTestId('initial-password').count()).toBe(0);

    const row = page.locator(`tr[data-user="${invitee}"]`);
    await row.waitFor();
    expect(await row.locator('.user-state').textContent()).toBe('Active');

    await row.getByRole('combobox', { name: `Role of ${invitee}` }).selectOption('editor');
    await page.getByRole('status').getByText(`${invitee} is now an editor.`).waitFor();
    const users = (await (await server.api('/api/users')).json()) as { email: string; role: string; active: boolean }[];
    expect(users.find((user) => user.email === invitee)).toMatchObject({ role: 'editor', active: true });

    await row.getByRole('button', { name: `Deactivate ${invitee}` }).click();
    await row.getByRole('button', { name: 'Yes, deactivate' }).click();
    await row.locator('.user-state', { hasText: 'Deactivated' }).waitFor();
    await row.getByRole('button', { name: `Reactivate ${invitee}` }).waitFor();
    expect(await apiSignIn(invitee, initialPassword)).toBe(401);

    // A token for a script, created under Account: the secret is shown once and works.
    await page.getByRole('group', { name: 'Signed in' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('heading', { name: 'My API tokens' }).waitFor();
    await page.locator('#token-name').fill('nightly import');
    await page.locator('#token-scope').selectOption('write');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByTestId('new-token');
    await secret.getByText('you will not see it again').waitFor();
    const token = await secret.getByRole('textbox').inputValue();
    expect(token.length).toBeGreaterThan(20);
    expect(await bearer(token)).toBe(200);
    await page.locator('tr[data-token="nightly import"]').waitFor();

    // The Admin page lists every token with its owner and last use, and revokes it.
    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    const tokenRow = page.locator('tr[data-token="nightly import"]');
    await tokenRow.waitFor();
    expect(await tokenRow.textContent()).toContain(web.user.email);
    // Used once by the script above; the list asks again on opening.
    await expect.poll(() => tokenRow.textContent()).not.toContain('Never used');
    expect(await page.locator('tr[data-token="bootstrap"]').textContent()).toContain('Server (bootstrap)');
    await tokenRow.getByRole('button', { name: 'Revoke token nightly import' }).click();
    await tokenRow.getByRole('button', { name: 'Yes, revoke' }).click();
    await tokenRow.locator('.token-state', { hasText: 'Revoked' }).waitFor();
    expect(await bearer(token)).toBe(401);

    await mainNav(page).getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('button', { name: 'Add a new version' }).waitFor();

    // Signing out ends the session: the sign-in page, and 401 from the API.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => fetch('/api/auth/me').then((response) => response.status))).toBe(401);
    await page.goto('/admin');
    await page.waitForURL(`**/login?next=${encodeURIComponent('/admin')}`);

    expect(unexpectedErrors(web.errors)).toEqual([]);
  });
});
