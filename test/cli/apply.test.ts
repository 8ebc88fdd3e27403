import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { runMmt, writeRepository } from '../support/cli.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
let env: Record<string, string>;
let folder: string;

const MODELS_YAML = `# The NLP team's models, kept in git
- name: Sentence embedder
  team: NLP Platform
  framework: pytorch
  frameworkVersion: 2.10
  lifecycle: development
  startedOn: 2026-11-02
  tags: [embeddings, search]
- name: Legacy tagger
  team: NLP Platform
  lifecycle: production
  retireBy: 2027-06-30
`;

async function modelNamed(name: string) {
  const page = (await api.http.get('/api/models').query({ q: name }).expect(200)).body;
  return page.items.find((model: { name: string }) => model.name === name);
}

beforeAll(async () => {
  api = await startTestApi();
  const { token } = (await api.http.post('/api/tokens').send({ name: 'registry sync', scope: 'write' }).expect(201))
    .body;
  env = { MMT_URL: api.baseUrl, MMT_TOKEN: token };
  folder = await writeRepository({ 'models.yaml': MODELS_YAML });
  await api.http
    .post('/api/models')
    .send(
      newModel({ name: 'Legacy tagger', framework: 'tensorflow', frameworkVersion: '1.15', startedOn: '2018-03-01' }),
    )
    .expect(201);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await api?.close();
});

describe('mmt apply', () => {
  it('prints the plan with --dry-run and writes nothing', async () => {
    const run = await runMmt(['apply', '-f', 'models.yaml', '--dry-run'], { cwd: folder, env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        'create    Sentence embedder',
        'update    Legacy tagger: lifecycle: "development" → "production", retireBy: null → "2027-06-30"',
        'Dry run: 1 to create, 1 to update, 0 unchanged; nothing was written.',
        '',
      ].join('\n'),
    );
    expect(await modelNamed('Sentence embedder')).toBeUndefined();
    expect((await modelNamed('Legacy tagger')).lifecycle).toBe('development');
  });

  it('applies the file with history events, and a second run changes nothing', async () => {
    const first = await runMmt(['apply', '-f', 'models.yaml'], { cwd: folder, env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Applied: 1 created, 1 updated, 0 unchanged.');
    const embedder = await modelNamed('Sentence embedder');
    // Versions are text as written: 2.10 is not the number 2.1.
    expect(embedder).toMatchObject({ framework: 'pytorch', frameworkVersion: '2.10', tags: ['embeddings', 'search'] });
    const tagger = await modelNamed('Legacy tagger');
    expect(tagger).toMatchObject({ lifecycle: 'production', retireBy: '2027-06-30', framework: 'tensorflow' });
    const history = (await api.http.get(`/api/models/${tagger.id}/history`).expect(200)).body.items;
    expect(history[0]).toMatchObject({ kind: 'updated', actor: expect.stringContaining('registry sync') });

    const second = await runMmt(['apply', '-f', 'models.yaml', '--json'], { cwd: folder, env });
    expect(second.status, second.stderr).toBe(0);
    const plan = JSON.parse(second.stdout);
    expect(plan.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect(plan.models.map((model: { action: string }) => model.action)).toEqual(['unchanged', 'unchanged']);
    expect((await api.http.get(`/api/models/${tagger.id}/history`).expect(200)).body.items).toHaveLength(
      history.length,
    );
  });

  it('reads JSON too', async () => {
    const file = path.join(folder, 'models.json');
    await writeFile(file, JSON.stringify({ models: [{ name: 'Sentence embedder', lifecycle: 'staging' }] }));
    const run = await runMmt(['apply', '-f', file, '--dry-run'], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('update    Sentence embedder: lifecycle: "development" → "staging"');
  });
});

describe('mmt apply: bad input exits 2 and writes nothing', () => {
  it('names each problem by the model’s place and name (the domain’s rules, before sending)', async () => {
    const file = path.join(folder, 'bad.yaml');
    await writeFile(
      file,
      '- name: Good one\n  team: A\n  framework: pytorch\n  lifecycle: research\n  startedOn: 2026-01-01\n- name: Bad one\n  framework: tensorflo\n  colour: blue\n- team: No name\n',
    );
    const run = await runMmt(['apply', '-f', file], { env });
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^mmt: models\[1\] \(Bad one\) (framework|colour): /);
    expect(run.stderr).toContain('mmt: models[1] (Bad one) framework: Invalid option: expected one of "tensorflow"|');
    expect(run.stderr).toContain('mmt: models[1] (Bad one) colour: is not a field of a model\n');
    expect(run.stderr).toContain('models[2] name: is required: models are applied by name');
    expect(lines.at(-1)).toMatch(/: \d+ problems in 2 models; nothing was applied\. Fix them and run again$/);
    expect(await modelNamed('Good one')).toBeUndefined();
  });

  it('reports what only the server knows (a new model lacks required fields) the same way', async () => {
    const file = path.join(folder, 'incomplete.yaml');
    await writeFile(file, '- name: Half registered\n  team: A\n');
    for (const dryRun of [[], ['--dry-run']]) {
      const run = await runMmt(['apply', '-f', file, ...dryRun], { env });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('mmt: models[0] (Half registered) framework: is required for a new model\n');
    }
    expect(await modelNamed('Half registered')).toBeUndefined();
  });

  it('refuses a file that is not YAML, or not a list of models', async () => {
    const broken = path.join(folder, 'broken.yaml');
    await writeFile(broken, '- name: [unclosed\n');
    const run = await runMmt(['apply', '-f', broken], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mmt: .*broken\.yaml is not valid YAML \(line \d+\): /);
    await writeFile(broken, 'name: just one\n');
    expect((await runMmt(['apply', '-f', broken], { env })).stderr).toBe(
      `mmt: ${broken} must hold a list of models, or a "models:" list\n`,
    );
    expect((await runMmt(['apply', '-f', path.join(folder, 'none.yaml')], { env })).stderr).toBe(
      `mmt: cannot read ${path.join(folder, 'none.yaml')}: no such file or directory\n`,
    );
  });

  it('says so when the token may only read', async () => {
    const { token } = (await api.http.post('/api/tokens').send({ name: 'read only', scope: 'read' }).expect(201)).body;
    const run = await runMmt(['apply', '-f', 'models.yaml'], { cwd: folder, env: { ...env, MMT_TOKEN: token } });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(
      /^mmt: not allowed: .*\. Use a token whose owner may do this \(a write token for changes\)\n$/,
    );
    expect(await readFile(path.join(folder, 'models.yaml'), 'utf8')).toBe(MODELS_YAML);
  });
});
