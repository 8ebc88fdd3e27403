import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { runMmt, writeRepository } from '../support/cli.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
let env: Record<string, string>;
const repositories: string[] = [];

async function repository(files: Record<string, string>): Promise<string> {
  const dir = await writeRepository(files);
  repositories.push(dir);
  return dir;
}

const TENSORFLOW_REPOSITORY = {
  'requirements.txt': 'tensorflow==2.15.0\nnumpy>=1.26\n',
  'train.py': 'import tensorflow as tf\nmodel = tf.keras.Sequential()\n',
};
const PYTORCH_REPOSITORY = {
  'requirements.txt': 'torch==2.1.0\n',
  'train.py': 'import torch\ntorch.save(model, "model.pt")\n',
};
const TF1_REPOSITORY = {
  'requirements.txt': 'tensorflow==1.15.2\n',
  'train.py': 'import tensorflow as tf\nwith tf.Session() as sess:\n    pass\n',
};

async function register(overrides: Parameters<typeof newModel>[0]): Promise<{ id: string; name: string }> {
  return (await api.http.post('/api/models').send(newModel(overrides)).expect(201)).body;
}

beforeAll(async () => {
  api = await startTestApi();
  // CI holds a read token: checking needs no more.
  const { token } = (await api.http.post('/api/tokens').send({ name: 'ci check', scope: 'read' }).expect(201)).body;
  env = { MMT_URL: api.baseUrl, MMT_TOKEN: token };
});

afterAll(async () => {
  await Promise.all(repositories.map((dir) => rm(dir, { recursive: true, force: true })));
  await api?.close();
});

describe('mmt check', () => {
  it('judges a framework seen only in a Dockerfile', async () => {
    const model = await register({ framework: 'pytorch', startedOn: '2024-05-01' });
    const dir = await repository({ Dockerfile: 'FROM tensorflow/tensorflow:2.15.0-gpu\nCOPY . /app\n' });
    const run = await runMmt(['check', dir, '--model', model.name], { env });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('Verdict:    violation');
  });

  it('fails a new PyTorch project whose repository pins TensorFlow, with the verdict’s reason', async () => {
    await register({ name: 'Invoice line classifier', framework: 'pytorch', startedOn: '2024-01-15' });
    const dir = await repository(TENSORFLOW_REPOSITORY);
    const run = await runMmt(['check', dir, '--model', 'Invoice line classifier'], { env });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('Registered: PyTorch 2.1.0 — compliant');
    expect(run.stdout).toContain(
      'Verdict:    violation — Started 2024-01-15, after the policy took effect on 2020-04-01, but uses TensorFlow 2.15.0.',
    );
    expect(run.stderr).toBe(
      'mmt: check failed: its code makes Invoice line classifier a violation: Started 2024-01-15, after the policy took effect on 2020-04-01, but uses TensorFlow 2.15.0.\n',
    );
  });

  it('passes when the code runs the preferred framework, found by id too', async () => {
    const model = await register({ framework: 'pytorch', startedOn: '2024-02-01' });
    const dir = await repository(PYTORCH_REPOSITORY);
    for (const wanted of [model.name, model.id]) {
      const run = await runMmt(['check', dir, '--model', wanted], { env });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('Verdict:    compliant');
      expect(run.stdout).toContain('Passed.');
    }
  });

  it('judges the code, not the registry: a model registered as TensorFlow whose code moved to PyTorch passes', async () => {
    const model = await register({ framework: 'tensorflow', frameworkVersion: '2.4.0', startedOn: '2023-05-01' });
    const run = await runMmt(['check', await repository(PYTORCH_REPOSITORY), '--model', model.name], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Registered: TensorFlow 2.4.0 — violation');
  });

  it('counts an exception in force: the model is judged as the policy and its exceptions say', async () => {
    const model = await register({ framework: 'pytorch', startedOn: '2024-03-01' });
    await api.http
      .post(`/api/models/${model.id}/exceptions`)
      .send({ reason: 'Vendor SDK needs TF', approvedBy: 'CTO', expiresOn: '2099-01-01' })
      .expect(201);
    const run = await runMmt(['check', await repository(TENSORFLOW_REPOSITORY), '--model', model.name], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Verdict:    exception — Exception approved by CTO');
  });

  it('passes a warning unless --fail-on warning', async () => {
    const model = await register({
      framework: 'tensorflow',
      frameworkVersion: '1.15',
      startedOn: '2018-06-01',
      lifecycle: 'production',
      migration: 'in_progress',
      migrationTarget: 'pytorch',
    });
    const dir = await repository(TF1_REPOSITORY);
    const lenient = await runMmt(['check', dir, '--model', model.name], { env });
    expect(lenient.status, lenient.stderr).toBe(0);
    expect(lenient.stdout).toContain('Verdict:    warning — Working production model on TensorFlow 1.15.2');
    const strict = await runMmt(['check', dir, '--model', model.name, '--fail-on', 'warning'], { env });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/^mmt: check failed: its code makes .* a warning: Working production model/);
  });

  it('prints one JSON document with --json', async () => {
    const model = await register({ framework: 'pytorch', startedOn: '2024-04-01' });
    const run = await runMmt(['check', await repository(TENSORFLOW_REPOSITORY), '--model', model.id, '--json'], {
      env,
    });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      modelId: model.id,
      registered: { framework: 'pytorch', verdict: { status: 'compliant' } },
      judged: {
        framework: 'tensorflow',
        frameworkVersion: '2.15.0',
        family: 'TensorFlow 2.x',
        verdict: { status: 'violation' },
      },
      primary: { framework: 'tensorflow', version: '==2.15.0', family: 'TensorFlow 2.x' },
      passed: false,
    });
  });
});

describe('mmt check: input errors exit 2 with one line', () => {
  it('when the repository has no Python', async () => {
    const dir = await repository({ 'index.js': 'console.log(1)\n' });
    const run = await runMmt(['check', dir, '--model', 'anything'], { env });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `mmt: ${dir} has no Python code, Python dependency files or framework: nothing to check (run mmt scan ${dir} to see what was read)\n`,
    );
  });

  it('when the Python code declares no framework', async () => {
    const dir = await repository({ 'requirements.txt': 'requests==2.31.0\n', 'app.py': 'import requests\n' });
    const run = await runMmt(['check', dir, '--model', 'anything'], { env });
    expect([run.status, run.stderr]).toEqual([
      2,
      `mmt: ${dir} declares no framework: nothing to check (run mmt scan ${dir} to see what was read)\n`,
    ]);
  });

  it('when --model matches no model, offering the nearest names', async () => {
    await register({ name: 'Fraud scorer v2' });
    const dir = await repository(PYTORCH_REPOSITORY);
    const none = await runMmt(['check', dir, '--model', 'Nothing like it'], { env });
    expect([none.status, none.stderr]).toEqual([
      2,
      'mmt: no model is named "Nothing like it": check --model, or register it first (mmt apply)\n',
    ]);
    const near = await runMmt(['check', dir, '--model', 'Fraud scorer'], { env });
    expect(near.status).toBe(2);
    expect(near.stderr).toMatch(
      /^mmt: no model is named "Fraud scorer"; did you mean "Fraud scorer v2" \([0-9a-f-]{36}\)\?\n$/,
    );
    const id = await runMmt(['check', dir, '--model', '4b0e8e8c-1111-4c4c-8888-123456789abc'], { env });
    expect([id.status, id.stderr]).toEqual([
      2,
      'mmt: no model has the id 4b0e8e8c-1111-4c4c-8888-123456789abc: check --model (a name works too)\n',
    ]);
  });

  it('when --model matches several models but none exactly', async () => {
    await register({ name: 'Churn model' });
    await register({ name: 'churn model' });
    const run = await runMmt(['check', await repository(PYTORCH_REPOSITORY), '--model', 'CHURN MODEL'], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mmt: --model "CHURN MODEL" matches several models: .*; pass the id\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });

  it('when --model is missing', async () => {
    const run = await runMmt(['check', '.'], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("error: required option '-m, --model <name|id>' not specified");
  });
});
