import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../support/server.js';
import { newModel } from '../support/factories.js';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mmt-start-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('starting the app the way the README says', () => {
  it('starts on an embedded PostgreSQL with the demo portfolio, stops cleanly, and finds everything after a restart', async () => {
    // No DATABASE_URL: the app starts its own embedded PostgreSQL with data in DATA_DIR.
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      EMBEDDED_POSTGRES_PORT: '',
      BOOTSTRAP_ADMIN_TOKEN: `restart-${Date.now()}-admin-token`,
    };
    const first = await startServer(env);
    const demo = (await (await first.api('/api/models?pageSize=100')).json()) as { total: number };
    expect(demo.total).toBeGreaterThanOrEqual(15);
    const created = await first.api('/api/models', { method: 'POST', body: newModel({ name: 'Survives a restart' }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await first.stop()).toBe(0);

    const second = await startServer(env);
    try {
      const again = await second.api(`/api/models/${id}`);
      expect(again.status).toBe(200);
      expect(((await again.json()) as { name: string }).name).toBe('Survives a restart');
      const all = (await (await second.api('/api/models?pageSize=100')).json()) as { total: number };
      // The demo is loaded on the first start only.
      expect(all.total).toBe(demo.total + 1);
      const dashboard = await fetch(`${second.url}/`);
      expect(dashboard.headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
