import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/support/browser.js';
import { fmt, info } from './log.js';
import type { ApiServer } from './servers.js';

export interface PageTiming {
  name: string;
  path: string;
  /** Navigation start → first contentful paint, ms. */
  firstContentMs: number | null;
  /** Navigation start → every query's data drawn (no loading line, nothing busy), ms. */
  drawnMs: number | null;
  /** The API answers the page asked for, slowest first. */
  api: { path: string; status: number; ms: number }[];
  error?: string;
}

const DRAWN_TIMEOUT_MS = 60_000;
/** In the page: its heading is there, and no query is loading or refetching. */
const DRAWN = `document.querySelector('main h1') !== null && document.querySelector('.loading, [aria-busy="true"]') === null`;

/** The pages of the web app, each opened cold in its own browser context. */
export function pagesToTime(modelId: string, asOf: string): { name: string; path: string }[] {
  return [
    { name: 'Overview', path: '/' },
    { name: 'Models', path: '/models' },
    { name: 'Models, 3 years ago', path: `/models?asOf=${asOf}` },
    { name: 'Model', path: `/models/${modelId}` },
    { name: 'Compliance', path: '/compliance' },
    { name: 'Compliance, 3 years ago', path: `/compliance?asOf=${asOf}` },
    { name: 'Weekly review', path: '/review' },
    { name: 'Policy', path: '/policy' },
  ];
}

/**
 * Opens each page in the project's Chromium (signed in by the API token on every request) and times
 * its first content and the moment its data is drawn, with the API answers it needed on the way.
 */
export async function measurePages(
  api: ApiServer,
  token: string,
  pages: { name: string; path: string }[],
): Promise<PageTiming[]> {
  const browser: Browser = await launchBrowser();
  const timings: PageTiming[] = [];
  try {
    for (const { name, path } of pages) {
      const context = await browser.newContext({
        baseURL: api.url,
        viewport: { width: 1400, height: 900 },
        extraHTTPHeaders: { authorization: `Bearer ${token}` },
        // The app's CSP allows no string evaluation, which is how the drawn check reaches the page.
        bypassCSP: true,
      });
      const page = await context.newPage();
      const answers: PageTiming['api'] = [];
      page.on('requestfinished', (request) => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith('/api/')) return;
        void request.response().then((response) =>
          answers.push({
            path: `${url.pathname}${url.search}`,
            status: response?.status() ?? 0,
            ms: Math.round(request.timing().responseEnd),
          }),
        );
      });
      const timing: PageTiming = { name, path, firstContentMs: null, drawnMs: null, api: answers };
      try {
        await page.goto(path, { waitUntil: 'commit' });
        await page.waitForFunction(DRAWN, undefined, { timeout: DRAWN_TIMEOUT_MS, polling: 10 });
        const [paint, drawn] = await page.evaluate(() => [
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          performance.now(),
        ]);
        timing.firstContentMs = paint === null ? null : Math.round(paint);
        timing.drawnMs = Math.round(drawn ?? 0);
      } catch (error) {
        timing.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      } finally {
        await context.close();
      }
      answers.sort((a, b) => b.ms - a.ms);
      timings.push(timing);
      const slowest = answers[0];
      info(
        timing.error
          ? `${name}: ${timing.error}`
          : `${name}: first content ${fmt(timing.firstContentMs ?? NaN)} ms, data drawn ${fmt(timing.drawnMs ?? NaN)} ms` +
              (slowest ? `; slowest API answer ${slowest.path} ${fmt(slowest.ms)} ms` : ''),
      );
    }
  } finally {
    await browser.close();
  }
  return timings;
}
