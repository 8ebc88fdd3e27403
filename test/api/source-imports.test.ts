import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const countRows = (table: string) => api.db.countRows(table);
const counts = async () => ({
  models: await countRows('model'),
  events: await countRows('model_event'),
  refs: await countRows('model_source_ref'),
});

type Upload = [path: string, text: string];

/** Files of a source as the CLI and the web send them: one multipart field `file` each, named by its path. */
const postFiles = (query: string, files: readonly Upload[]) =>
  files.reduce(
    (request, [path, text]) => {
      // form-data keeps `filepath` whole (its `filename`, the only option superagent's types name, loses the folders).
      const options = { filepath: path, contentType: 'text/plain' };
      return request.attach('file', Buffer.from(text), options);
    },
    api.http.post(`/api/imports?${query}`),
  );

const fixture = (path: string) =>
  readFileSync(new URL(`../../packages/importers/fixtures/${path}`, import.meta.url), 'utf8');

const history = async (id: string) => (await api.http.get(`/api/models/${id}/history`).expect(200)).body.items;
const modelNamed = async (name: string) => {
  const page = (await api.http.get(`/api/models?q=${encodeURIComponent(name)}&pageSize=50`).expect(200)).body;
  return page.items.filter((model: { name: string }) => model.name === name);
};

const catalog = (title: string) => `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: search-ranking
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: query-ranker
  title: ${title}
  tags: [pytorch]
  annotations:
    backstage.io/source-location: url:https://github.com/example-org/query-ranker/tree/main/
spec:
  type: ai-model
  owner: group:default/search-ranking
  lifecycle: production
---
apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: spell-fixer
spec:
  type: ml-model
  owner: search-ranking
  lifecycle: experimental
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ranking-lib
spec:
  type: library
  owner: search-ranking
`;

describe('importing a Backstage catalog', () => {
  it('previews without writing, commits, re-imports without duplicates, and follows a rename by identity', async () => {
    const before = await counts();
    const preview = await postFiles('source=backstage&dryRun=true', [
      ['catalog/catalog-info.yaml', catalog('Query ranker')],
    ]).expect(200);
    expect(preview.body).toMatchObject({
      dryRun: true,
      committed: false,
      format: 'backstage',
      summary: { rows: 4, create: 2, update: 0, unchanged: 0, invalid: 0, skip: 2 },
      errors: [],
    });
    expect(preview.body.rows.map((row: { action: string }) => row.action)).toEqual([
      'skip',
      'create',
      'create',
      'skip',
    ]);
    const [group, ranker, speller, library] = preview.body.rows;
    expect(group).toMatchObject({
      file: 'catalog/catalog-info.yaml',
      sourceRef: 'backstage:group:default/search-ranking',
    });
    expect(library.notes).toContain('Component of type library: not a model, skipped');
    expect(ranker).toMatchObject({ name: 'Query ranker', sourceRef: 'backstage:resource:default/query-ranker' });
    expect(ranker.changes).toEqual(
      expect.arrayContaining([
        { field: 'team', from: null, to: 'search-ranking' },
        { field: 'framework', from: null, to: 'pytorch' },
        { field: 'lifecycle', from: null, to: 'production' },
        { field: 'repoUrl', from: null, to: 'https://github.com/example-org/query-ranker/tree/main/' },
      ]),
    );
    // No framework declared: triage it; no date: today.
    expect(speller.changes).toContainEqual({ field: 'framework', from: null, to: 'unknown' });
    expect(speller.changes).toContainEqual({ field: 'lifecycle', from: null, to: 'research' });
    expect(speller.notes).toEqual(
      expect.arrayContaining([expect.stringMatching(/imported as unknown/), expect.stringMatching(/starts today/)]),
    );
    expect(await counts()).toEqual(before);

    const committed = await postFiles('source=backstage', [
      ['catalog/catalog-info.yaml', catalog('Query ranker')],
    ]).expect(201);
    expect(committed.body).toMatchObject({ committed: true, summary: { create: 2, skip: 2 } });
    expect(await counts()).toEqual({ models: before.models + 2, events: before.events + 2, refs: before.refs + 2 });
    const rankerId = committed.body.rows[1].modelId;
    const model = (await api.http.get(`/api/models/${rankerId}`).expect(200)).body;
    expect(model).toMatchObject({
      name: 'Query ranker',
      team: 'search-ranking',
      framework: 'pytorch',
      lifecycle: 'production',
    });

    const again = await postFiles('source=backstage', [['catalog-info.yaml', catalog('Query ranker')]]).expect(201);
    expect(again.body.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(await modelNamed('Query ranker')).toHaveLength(1);

    const renamed = await postFiles('source=backstage', [['catalog-info.yaml', catalog('Query ranker v2')]]).expect(
      201,
    );
    expect(renamed.body.rows[1]).toMatchObject({
      action: 'update',
      modelId: rankerId,
      changes: [{ field: 'name', from: 'Query ranker', to: 'Query ranker v2' }],
      notes: expect.arrayContaining(['renamed in the source: was "Query ranker"']),
    });
    expect(await modelNamed('Query ranker')).toHaveLength(0);
    const [latest] = await history(rankerId);
    expect(latest).toMatchObject({
      kind: 'updated',
      changes: [{ field: 'name', from: 'Query ranker', to: 'Query ranker v2' }],
    });
    expect(await countRows('model_source_ref')).toBe(before.refs + 2);
  });

  it('matches a model registered by hand by its name, records its identity, and never overwrites what the source does not say', async () => {
    const registered = (
      await api.http
        .post('/api/models')
        .send({
          name: 'Hand made',
          team: 'core',
          framework: 'tensorflow',
          frameworkVersion: '1.15',
          lifecycle: 'production',
          startedOn: '2019-02-01',
        })
        .expect(201)
    ).body;
    const file = `apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: hand-made
  title: Hand made
spec:
  type: ai-model
  owner: core
  lifecycle: production
`;
    const preview = await postFiles('source=backstage&dryRun=true', [['catalog-info.yaml', file]]).expect(200);
    expect(preview.body.summary).toMatchObject({ create: 0, update: 0, unchanged: 1, identities: 1 });
    const first = await postFiles('source=backstage', [['catalog-info.yaml', file]]).expect(201);
    expect(first.body.summary).toMatchObject({ unchanged: 1, identities: 1 });
    expect(first.body.rows[0]).toMatchObject({
      action: 'unchanged',
      modelId: registered.id,
      notes: expect.arrayContaining([
        'matched by name; its identity backstage:resource:default/hand-made is recorded with the model',
      ]),
    });
    // The framework stays what someone recorded: the catalog's "unknown" is only for new models.
    expect((await api.http.get(`/api/models/${registered.id}`).expect(200)).body.framework).toBe('tensorflow');
    const renamed = await postFiles('source=backstage', [
      ['catalog-info.yaml', file.replace('title: Hand made', 'title: Hand crafted')],
    ]).expect(201);
    expect(renamed.body.rows[0]).toMatchObject({ action: 'update', modelId: registered.id });
  });
});

describe('importing MLflow files', () => {
  const exportJson = (name: string, created: number) =>
    JSON.stringify({
      mlflow: {
        registered_model: {
          name,
          creation_timestamp: created,
          description: 'Routes intents',
          tags: [{ key: 'team', value: 'Assistants' }],
          latest_versions: [
            { version: '3', current_stage: 'Production', run_id: 'r3', creation_timestamp: created + 86_400_000 },
          ],
        },
      },
    });
  const mlmodel = `artifact_path: model
flavors:
  pytorch:
    pytorch_version: 2.1.0
  python_function:
    loader_module: mlflow.pytorch
run_id: r3
utc_time_created: '2023-05-21 19:16:51.054335'
`;

  it('dates the first history event from the registry, takes the framework from the MLmodel of the run, and re-imports as an update', async () => {
    const files: Upload[] = [
      ['export/intent_router/model.json', exportJson('intent-router', Date.UTC(2021, 2, 4, 9, 30))],
      ['runs/r3/artifacts/model/MLmodel', mlmodel],
    ];
    const before = await counts();
    const preview = await postFiles('source=mlflow&dryRun=true', files).expect(200);
    expect(preview.body.summary).toMatchObject({ rows: 1, create: 1, invalid: 0 });
    expect(preview.body.rows[0]).toMatchObject({
      name: 'intent-router',
      file: 'export/intent_router/model.json',
      sourceRef: 'mlflow:intent-router',
    });
    expect(await counts()).toEqual(before);

    const committed = await postFiles('source=mlflow', files).expect(201);
    const id = committed.body.rows[0].modelId;
    expect((await api.http.get(`/api/models/${id}`).expect(200)).body).toMatchObject({
      team: 'Assistants',
      framework: 'pytorch',
      frameworkVersion: '2.1.0',
      lifecycle: 'production',
      startedOn: '2021-03-04',
    });
    expect(await history(id)).toEqual([expect.objectContaining({ kind: 'created', at: '2021-03-04T09:30:00.000Z' })]);

    const changed = exportJson('intent-router', Date.UTC(2021, 2, 4, 9, 30)).replace(
      'Routes intents',
      'Routes user intents',
    );
    const again = await postFiles('source=mlflow', [['model.json', changed]]).expect(201);
    expect(again.body.rows[0]).toMatchObject({
      action: 'update',
      modelId: id,
      changes: [{ field: 'description', from: 'Routes intents', to: 'Routes user intents' }],
    });
    expect(await modelNamed('intent-router')).toHaveLength(1);
  });

  it('names a lone MLmodel with the name option, else after its folder', async () => {
    const named = await postFiles('source=mlflow&dryRun=true&name=Churn%20scorer', [['MLmodel', mlmodel]]).expect(200);
    expect(named.body.rows[0]).toMatchObject({ name: 'Churn scorer', action: 'create' });
    const folder = await postFiles('source=mlflow&dryRun=true', [['models/ner-v2/MLmodel', mlmodel]]).expect(200);
    expect(folder.body.rows[0]).toMatchObject({ name: 'ner-v2', file: 'models/ner-v2/MLmodel' });
  });

  it('reads the fixtures of a real registry export', async () => {
    const files: Upload[] = [
      'export/ner_tagger/model.json',
      'export/hs_code_classifier/model.json',
      'export/sklearn_wine/model.json',
      'export/manifest.json',
      'models/sentiment-tf2/MLmodel',
    ].map((path) => [path, fixture(`mlflow/${path}`)]);
    const preview = await postFiles('source=mlflow&dryRun=true', files).expect(200);
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.summary).toMatchObject({ create: 4, skip: 1, invalid: 0 });
  });
});

describe('importing Hugging Face files', () => {
  it('reads a card and its config from the Hub cache layout, its repo id as identity', async () => {
    const snapshot =
      'hub/models--distilbert--distilbert-base-uncased-finetuned-sst-2-english/snapshots/714eb0fa89d2f80546fda750413ed43d93601a13';
    const files: Upload[] = ['README.md', 'config.json'].map((name) => [
      `${snapshot}/${name}`,
      fixture(`huggingface/${snapshot}/${name}`),
    ]);
    const committed = await postFiles('source=huggingface', files).expect(201);
    expect(committed.body.rows[0]).toMatchObject({
      action: 'create',
      name: 'distilbert-base-uncased-finetuned-sst-2-english',
      sourceRef: 'huggingface:distilbert/distilbert-base-uncased-finetuned-sst-2-english',
    });
    const again = await postFiles('source=huggingface', files).expect(201);
    expect(again.body.summary).toMatchObject({ create: 0, unchanged: 1 });
  });
});

describe('files that are not what the source expects: 400 naming them, nothing written', () => {
  it.each<[string, string, Upload[], RegExp]>([
    [
      'an MLmodel that is Python source',
      'mlflow',
      [['models/x/MLmodel', 'import mlflow\n\ndef load():\n    return 1\n']],
      /models\/x\/MLmodel is not an MLmodel file/,
    ],
    [
      'a model.json that is not JSON',
      'mlflow',
      [['export/x/model.json', '{"registered_model": ']],
      /export\/x\/model\.json is not valid JSON/,
    ],
    [
      'a catalog with a broken document',
      'backstage',
      [['teams/catalog-info.yaml', fixture('backstage/broken.yaml')]],
      /teams\/catalog-info\.yaml: document 2 is not valid YAML/,
    ],
    [
      'a card whose front matter is not YAML',
      'huggingface',
      [['bert/README.md', '---\ntags: [a\n---\n# x\n']],
      /bert\/README\.md: its front matter is not valid YAML/,
    ],
    [
      'a binary file',
      'huggingface',
      [['bert/model.safetensors', '\u0000\u0001binary']],
      /bert\/model\.safetensors is not text/,
    ],
  ])('%s', async (_case, source, files, message) => {
    const before = await counts();
    for (const dryRun of ['true', 'false']) {
      const response = await postFiles(`source=${source}&dryRun=${dryRun}`, files).expect(400);
      expect(response.body.message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  it('names every file with a problem, and writes none of the good ones', async () => {
    const before = await counts();
    const response = await postFiles('source=mlflow', [
      ['models/good/MLmodel', 'flavors:\n  sklearn:\n    sklearn_version: 1.3.0\n'],
      ['models/bad/MLmodel', 'def main(): pass\n'],
      ['export/bad/model.json', '[1, 2'],
    ]).expect(400);
    expect(response.body.errors.map((problem: { column: string }) => problem.column)).toEqual([
      'models/bad/MLmodel',
      'export/bad/model.json',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a row problem at commit, naming the file, and writes nothing', async () => {
    const before = await counts();
    const response = await postFiles('source=mlflow', [['MLmodel', 'flavors:\n  sklearn: {}\n']]).expect(400);
    expect(response.body.message).toMatch(/in 1 row \(in MLmodel\); nothing was imported/);
    expect(response.body.errors).toContainEqual({ row: 1, column: 'name', message: expect.stringMatching(/required/) });
    expect(await counts()).toEqual(before);
  });

  it.each<[string, () => ReturnType<typeof postFiles>, number, RegExp]>([
    [
      'a source import without files',
      () => api.http.post('/api/imports?source=mlflow').field('note', 'x'),
      400,
      /no file/,
    ],
    [
      'a source import as a JSON body',
      () => api.http.post('/api/imports?source=backstage').send({ kind: 'Resource' }),
      400,
      /multipart upload/,
    ],
    ['an unknown source', () => postFiles('source=sagemaker', [['x.json', '{}']]), 400, /source/],
    [
      'files over 20 MB together',
      () =>
        postFiles('source=huggingface', [
          ['a/README.md', 'x'.repeat(11 * 1_048_576)],
          ['b/README.md', 'y'.repeat(11 * 1_048_576)],
        ]),
      413,
      /20 MB/,
    ],
  ])('refuses %s', async (_case, send, status, message) => {
    const before = await counts();
    const response = await send().expect(status);
    expect(response.body.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });
});
