import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newCheckedPage } from './browser.js';
import type { RunningServer } from './server.js';

export interface WebSession {
  browser: Browser;
  page: Page;
  errors: string[];
}

/**
 * Chromium on the app, every request carrying the server's admin API token: the web app has no
 * sign-in page yet, and a token is also how a team would script it.
 */
export async function openAsAdmin(server: RunningServer): Promise<WebSession> {
  const browser = await launchBrowser();
  const { page, errors } = await newCheckedPage(browser, server.url);
  await page.context().setExtraHTTPHeaders({ authorization: `Bearer ${server.adminToken}` });
  return { browser, page, errors };
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
