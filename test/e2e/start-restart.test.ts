import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';
import { newModel } from '../support/factories.js';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mmt-start-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** Signs in with email and password as a person would, and returns the session cookie. */
async function signIn(server: RunningServer, email: string, password: string): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const asUser = (server: RunningServer, cookie: string, apiPath: string, body?: unknown) =>
  fetch(`${server.url}${apiPath}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie, 'content-type': 'application/json', origin: server.url },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** `npm start` until the server answers, timed. */
async function npmStart(env: Record<string, string>): Promise<{ server: RunningServer; seconds: number }> {
  const started = performance.now();
  const server = await startServer(env, { npmStart: true, timeoutMs: 480_000 });
  return { server, seconds: (performance.now() - started) / 1000 };
}

describe('starting the app the way the README says', () => {
  it('starts on an embedded PostgreSQL with the demo portfolio and a first admin, stops cleanly, and finds everything after a restart that builds nothing', async () => {
    // No DATABASE_URL and no bootstrap token: the app starts its own embedded PostgreSQL with data
    // in DATA_DIR and prints the first admin's password once. The first start builds everything,
    // as in a fresh clone (MMT_FORCE_BUILD: the suite's own build has just run).
    const env = { DATA_DIR: dataDir, DATABASE_URL: '', EMBEDDED_POSTGRES_PORT: '', BOOTSTRAP_ADMIN_TOKEN: '' };
    const { server: first, seconds: firstSeconds } = await npmStart({ ...env, MMT_FORCE_BUILD: '1' });
    expect(first.output()).not.toMatch(/\[build\] .*: up to date/);
    const password = /password:\s+(\S+)/.exec(first.output())?.[1];
    expect(password).toBeDefined();
    expect(first.output()).toContain('email:    admin@localhost');
    const cookie = await signIn(first, 'admin@localhost', password!);
    const demo = (await (await asUser(first, cookie, '/api/models?pageSize=100')).json()) as { total: number };
    expect(demo.total).toBeGreaterThanOrEqual(15);
    const created = await asUser(first, cookie, '/api/models', newModel({ name: 'Survives a restart' }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await first.stop();
    expect(first.output()).toContain('[mmt] SIGINT received: stopping');
    expect(first.output()).not.toContain('did not stop cleanly');

    const { server: second, seconds: secondSeconds } = await npmStart(env);
    console.log(
      `npm start: first ${firstSeconds.toFixed(1)} s (build everything, new database, demo), ` +
        `second ${secondSeconds.toFixed(1)} s (nothing to build)`,
    );
    try {
      // Nothing changed: every build step is skipped.
      expect(second.output()).toContain('[build] Prisma client: up to date');
      expect(second.output()).toContain('[build] web (Vite): up to date');
      // The password is printed once only; the session and the data survive the restart.
      expect(second.output()).not.toContain('password:');
      const again = await asUser(second, cookie, `/api/models/${id}`);
      expect(again.status).toBe(200);
      expect(((await again.json()) as { name: string }).name).toBe('Survives a restart');
      const all = (await (await asUser(second, cookie, '/api/models?pageSize=100')).json()) as { total: number };
      // The demo is loaded on the first start only.
      expect(all.total).toBe(demo.total + 1);
      const dashboard = await fetch(`${second.url}/`);
      expect(dashboard.headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      await second.stop();
      expect(second.output()).toContain('[mmt] SIGINT received: stopping');
    }
    // A full build, a new PostgreSQL cluster and the demo on a shared 2-core machine: minutes, not seconds.
  }, 900_000);
});
