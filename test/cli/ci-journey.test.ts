import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScanList } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMmt, writeRepository } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startServer, type RunningServer } from '../support/server.js';

// A CI job on the built server, as `npm start` runs it (the dashboard served too): fetch the
// command line from the team's server, then gate and record with it.
let db: TestDatabase;
let server: RunningServer;
let repository: string;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startServer({ DATABASE_URL: db.url, SEED_DEMO: 'false' });
  repository = await writeRepository({
    'requirements.txt': 'tensorflow==2.15.0\n',
    'train.py': 'import tensorflow as tf\n',
  });
});

afterAll(async () => {
  await rm(repository, { recursive: true, force: true });
  await server?.stop();
  await db?.drop();
});

describe('a CI job with the command line from its server', () => {
  it('downloads mmt.mjs beside the dashboard, is stopped by check, and records its scan', async () => {
    const model = (await (
      await server.api('/api/models', {
        method: 'POST',
        body: newModel({ name: 'Invoice line classifier', framework: 'pytorch', startedOn: '2024-01-15' }),
      })
    ).json()) as { id: string };
    const download = await fetch(`${server.url}/cli/mmt.mjs`);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    const mmt = path.join(repository, 'mmt.mjs');
    await writeFile(mmt, Buffer.from(await download.arrayBuffer()));
    const env = { MMT_URL: server.url, MMT_TOKEN: server.adminToken };

    const check = await runMmt(['check', '--model', 'Invoice line classifier'], { mmt, cwd: repository, env });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('but uses TensorFlow 2.15.0.');

    const post = await runMmt(['scan', '.', '--post', '--model', model.id, '--json'], { mmt, cwd: repository, env });
    expect(post.status, post.stderr).toBe(0);
    const scans = (await (await server.api(`/api/models/${model.id}/scans`)).json()) as ScanList;
    expect(scans.items[0]?.findings.primary).toEqual({
      framework: 'tensorflow',
      version: '==2.15.0',
      family: 'TensorFlow 2.x',
    });
  });
});
