import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { scanSchema } from '@mmt/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { runMmt, writeRepository } from '../support/cli.js';
import { newModel } from '../support/factories.js';

const git = promisify(execFile);

let api: TestApi;
let env: Record<string, string>;
const repositories: string[] = [];

const LEGACY_REPOSITORY = {
  'requirements.txt': 'tensorflow==1.15.2\n',
  'train.py': 'import tensorflow as tf\nx = tf.placeholder(tf.float32)\nwith tf.Session() as sess:\n    pass\n',
};

async function repository(files: Record<string, string>): Promise<string> {
  const dir = await writeRepository(files);
  repositories.push(dir);
  return dir;
}

/** A git checkout of `files` on branch `main`, one commit; returns the folder and the commit. */
async function checkout(files: Record<string, string>): Promise<{ dir: string; commit: string }> {
  const dir = await repository(files);
  const run = (...args: string[]) => git('git', args, { cwd: dir });
  await run('init', '--quiet', '--initial-branch=main');
  await run('add', '.');
  await run('-c', 'user.name=CI', '-c', 'user.email=ci@example.com', 'commit', '--quiet', '-m', 'initial');
  return { dir, commit: (await run('rev-parse', 'HEAD')).stdout.trim() };
}

const scansOf = async (id: string) => (await api.http.get(`/api/models/${id}/scans`).expect(200)).body;

beforeAll(async () => {
  api = await startTestApi();
  const { token } = (await api.http.post('/api/tokens').send({ name: 'ci scan', scope: 'write' }).expect(201)).body;
  env = { MMT_URL: api.baseUrl, MMT_TOKEN: token };
});

afterAll(async () => {
  await Promise.all(repositories.map((dir) => rm(dir, { recursive: true, force: true })));
  await api?.close();
});

describe('mmt scan --post', () => {
  it('records the findings with the commit and branch checked out', async () => {
    const model = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Legacy ranker' }))
        .expect(201)
    ).body;
    const { dir, commit } = await checkout(LEGACY_REPOSITORY);
    const run = await runMmt(['scan', dir, '--post', '--model', 'Legacy ranker'], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Primary framework: tensorflow ==1.15.2 — TensorFlow 1.x');
    expect(run.stdout).toMatch(
      new RegExp(`\\nRecorded as scan [0-9a-f-]{36} of Legacy ranker at commit ${commit.slice(0, 12)}\\.\\n$`),
    );
    const { items, total } = await scansOf(model.id);
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      commit,
      ref: 'main',
      recordedBy: expect.stringContaining('ci scan'),
      findings: {
        root: dir,
        primary: { framework: 'tensorflow', version: '==1.15.2', family: 'TensorFlow 1.x' },
        tf1Apis: { total: 2 },
      },
    });
  });

  it('prints the scan as recorded with --json, and posts no commit outside a git checkout', async () => {
    const model = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const run = await runMmt(['scan', await repository(LEGACY_REPOSITORY), '--post', '--model', model.id, '--json'], {
      env,
    });
    expect(run.status, run.stderr).toBe(0);
    const scan = scanSchema.parse(JSON.parse(run.stdout));
    expect(scan).toMatchObject({ modelId: model.id, commit: null, ref: null });
    expect((await scansOf(model.id)).items.map((item: { id: string }) => item.id)).toEqual([scan.id]);
  });

  it('exits 3 with one line when the token may only read, and records nothing', async () => {
    const model = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const { token } = (await api.http.post('/api/tokens').send({ name: 'reader', scope: 'read' }).expect(201)).body;
    const run = await runMmt(['scan', await repository(LEGACY_REPOSITORY), '--post', '--model', model.name], {
      env: { ...env, MMT_TOKEN: token },
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^mmt: not allowed: [^\n]*\n$/);
    expect((await scansOf(model.id)).total).toBe(0);
  });

  it('exits 2 when --post has no --model, --model has no --post, or the model does not exist', async () => {
    const dir = await repository(LEGACY_REPOSITORY);
    expect(await runMmt(['scan', dir, '--post'], { env })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'mmt: --post needs --model: the model this repository holds (its name or id)\n',
    });
    expect((await runMmt(['scan', dir, '--model', 'x'], { env })).status).toBe(2);
    const missing = await runMmt(['scan', dir, '--post', '--model', 'No such model'], { env });
    expect([missing.status, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/^mmt: no model is named "No such model"/);
  });
});
