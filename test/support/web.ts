import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newCheckedPage } from './browser.js';
import type { RunningServer } from './server.js';

export type Role = 'viewer' | 'editor' | 'admin';

export interface TestUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface WebSession {
  browser: Browser;
  page: Page;
  errors: string[];
}

const NAMES: Record<Role, string> = { viewer: 'Vera Viewer', editor: 'Eddie Editor', admin: 'Ada Admin' };

/** An account of `role`, created through the API with the server's admin token (as an admin would). */
export async function createUser(server: RunningServer, role: Role, change: Partial<TestUser> = {}): Promise<TestUser> {
  const user: TestUser = {
    email: `${role}.${randomBytes(4).toString('hex')}@example.com`,
    name: NAMES[role],
    role,
    password: `pw-${randomBytes(12).toString('hex')}`,
    ...change,
  };
  const response = await server.api('/api/users', { method: 'POST', body: user });
  if (response.status !== 201)
    throw new Error(`Could not create the ${role}: ${response.status} ${await response.text()}`);
  return user;
}

/** Signs in through the sign-in page and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await fillSignIn(page, email, password);
  await page.getByRole('group', { name: 'Signed in' }).waitFor();
}

/** Fills and sends the sign-in form on the page that shows it (possibly after a redirect). */
export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Chromium on the app, signed out. */
export async function openBrowser(server: RunningServer, browser?: Browser): Promise<WebSession> {
  const owned = browser ?? (await launchBrowser());
  const { page, errors } = await newCheckedPage(owned, server.url);
  return { browser: owned, page, errors };
}

/** A new account of `role`, signed in through the sign-in page of a fresh browser (or a new context of `browser`). */
export async function openAs(
  server: RunningServer,
  role: Role,
  browser?: Browser,
): Promise<WebSession & { user: TestUser }> {
  const user = await createUser(server, role);
  const session = await openBrowser(server, browser);
  await signIn(session.page, user.email, user.password);
  return { ...session, user };
}

// Chromium logs every non-2xx response; a test that provokes a 4xx on purpose expects that line.
const DELIBERATE_4XX = /^Failed to load resource: the server responded with a status of 4\d\d/;

/** Console errors and uncaught exceptions, without the browser's own line for a deliberate 4xx. */
export function unexpectedErrors(errors: readonly string[]): string[] {
  return errors.filter((error) => !DELIBERATE_4XX.test(error));
}

/** A date `days` from today (UTC), as a date input holds it. */
export function isoDateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
