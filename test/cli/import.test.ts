import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { runMmt, writeRepository } from '../support/cli.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/importers/fixtures');

let api: TestApi;
let env: Record<string, string>;
let folder: string;

async function place(fixture: string, as: string): Promise<void> {
  await mkdir(path.dirname(path.join(folder, as)), { recursive: true });
  await copyFile(path.join(FIXTURES, fixture), path.join(folder, as));
}

const modelNamed = async (name: string) =>
  (await api.http.get('/api/models').query({ q: name }).expect(200)).body.items.find(
    (model: { name: string }) => model.name === name,
  );

beforeAll(async () => {
  api = await startTestApi();
  const { token } = (await api.http.post('/api/tokens').send({ name: 'importer', scope: 'write' }).expect(201)).body;
  env = { MMT_URL: api.baseUrl, MMT_TOKEN: token };
  folder = await writeRepository({});
  await place('mlflow/models/sentiment-tf2/MLmodel', 'models/sentiment-tf2/MLmodel');
  await place('mlflow/models/ner-tagger/MLmodel', 'models/ner-tagger/MLmodel');
  await place('mlflow/models/sentiment-tf2/MLmodel', 'MLmodel');
  await place('backstage/nlp-platform/catalog-info.yaml', 'catalog-info.yaml');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await api?.close();
});

describe('mmt import', () => {
  it('sends several files under their paths: a dry run names each model after its folder and writes nothing', async () => {
    const run = await runMmt(
      [
        'import',
        '--from',
        'mlflow',
        'models/sentiment-tf2/MLmodel',
        path.join(folder, 'models/ner-tagger/MLmodel'),
        '--dry-run',
      ],
      { cwd: folder, env },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('create    sentiment-tf2 (models/sentiment-tf2/MLmodel)\n');
    expect(run.stdout).toContain('          named after its folder, sentiment-tf2\n');
    expect(run.stdout).toContain('create    ner-tagger (models/ner-tagger/MLmodel)\n');
    expect(run.stdout).toMatch(/\nDry run: 2 to create, 0 to update, 0 unchanged; nothing was written\.\n$/);
    expect(await modelNamed('sentiment-tf2')).toBeUndefined();
  });

  it('imports a single file under --name, and a second run finds it unchanged', async () => {
    const first = await runMmt(['import', '--from', 'mlflow', 'MLmodel', '--name', 'Sentiment v1'], {
      cwd: folder,
      env,
    });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Applied: 1 created, 0 updated, 0 unchanged.');
    expect(await modelNamed('Sentiment v1')).toMatchObject({ framework: 'tensorflow', frameworkVersion: '2.11.0' });
    const second = await runMmt(['import', '--from', 'mlflow', 'MLmodel', '--name', 'Sentiment v1', '--json'], {
      cwd: folder,
      env,
    });
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      applied: true,
      format: 'mlflow',
      summary: { create: 0, update: 0, unchanged: 1 },
      models: [{ index: 0, name: 'Sentiment v1', action: 'unchanged', file: 'MLmodel' }],
    });
  });

  it('lists what a catalog holds besides models as skipped, with the reason', async () => {
    const run = await runMmt(['import', '--from', 'backstage', 'catalog-info.yaml', '--dry-run'], { cwd: folder, env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('create    Customs NER pipeline (catalog-info.yaml)\n');
    expect(run.stdout).toContain('skip      catalog-info.yaml\n          System customs-nlp: not a model, skipped\n');
    expect(run.stdout).toMatch(/ skipped; nothing was written\.\n$/);
  });

  it('exits 2 on a folder, a missing file, or an unknown source', async () => {
    expect(await runMmt(['import', '--from', 'mlflow', 'models'], { cwd: folder, env })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'mmt: models is a folder: give the files in it (e.g. models/*/MLmodel)\n',
    });
    const missing = await runMmt(['import', '--from', 'mlflow', 'nothing/MLmodel'], { cwd: folder, env });
    expect([missing.status, missing.stderr]).toEqual([
      2,
      'mmt: cannot read nothing/MLmodel: no such file or directory\n',
    ]);
    const source = await runMmt(['import', '--from', 'kubeflow', 'MLmodel'], { cwd: folder, env });
    expect(source.status).toBe(2);
    expect(source.stderr).toContain("error: option '--from <source>' argument 'kubeflow' is invalid");
  });
});
