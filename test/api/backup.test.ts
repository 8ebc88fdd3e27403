import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSchema, type Backup } from '@mmt/domain';
import { SeedService } from '../../apps/api/src/seed/seed.service.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { asBuffer } from '../support/downloads.js';
import { newModel } from '../support/factories.js';

let original: TestApi;
let restored: TestApi;
let backup: Backup;
let backupText: string;

const BACKSTAGE_MODEL = `apiVersion: backstage.io/v1alpha1
kind: Resource
metadata:
  name: backup-ranker
spec:
  type: ai-model
  owner: search
  lifecycle: production
`;

const download = async (api: TestApi, path: string) =>
  (await api.http.get(path).buffer(true).parse(asBuffer).expect(200)).body as Buffer;

beforeAll(async () => {
  [original, restored] = await Promise.all([startTestApi(), startTestApi()]);
  await original.app.get(SeedService).seedDemoIfEmpty(() => undefined);
  // History beyond the demo: a policy version, a revoked exception, an import backdated with `since`, an edit, a review.
  await original.http
    .put('/api/policy')
    .send({
      inForceFrom: '2023-01-01',
      newProjectsFrom: '2020-04-01',
      preferredFramework: 'pytorch',
      legacyFrameworks: ['tensorflow', 'keras'],
      governedFrameworks: ['tensorflow', 'keras', 'pytorch', 'jax'],
      allowances: [{ deploymentTargets: ['edge'], frameworks: ['tensorflow'], reason: 'Edge devices keep TF Lite' }],
    })
    .expect(201);
  const model = (
    await original.http
      .post('/api/models')
      .send({ ...newModel({ framework: 'tensorflow', frameworkVersion: '2.4' }), since: '2022-06-01' })
      .expect(201)
  ).body;
  await original.http.patch(`/api/models/${model.id}`).send({ version: 1, lifecycle: 'production' }).expect(200);
  const exception = (
    await original.http
      .post(`/api/models/${model.id}/exceptions`)
      .send({ reason: 'Pilot', approvedBy: 'Dana', grantedOn: '2022-07-01', expiresOn: '2030-01-01' })
      .expect(201)
  ).body;
  await original.http.delete(`/api/exceptions/${exception.id}`).expect(200);
  await original.http
    .post('/api/imports')
    .set('content-type', 'text/csv')
    .send(
      'name,team,framework,frameworkVersion,lifecycle,startedOn,since\r\nBackup: imported,NLP,keras,2.2,production,2018-01-01,2018-02-01',
    )
    .expect(201);
  await original.http
    .post('/api/imports?source=backstage')
    .attach('file', Buffer.from(BACKSTAGE_MODEL), { filename: 'catalog-info.yaml' })
    .expect(201);
  await original.http
    .post('/api/reviews')
    .send({ notes: 'Weekly review', attendees: ['Dana', 'Sam'] })
    .expect(201);
  await original.http
    .post('/api/models')
    .send(newModel({ name: 'Backup: after the review' }))
    .expect(201);

  backupText = (await download(original, '/api/backup')).toString('utf8');
  backup = backupSchema.parse(JSON.parse(backupText));
});
afterAll(async () => {
  await Promise.all([original?.close(), restored?.close()]);
});

describe('the backup file', () => {
  it('is a dated download holding every record with its history', async () => {
    const response = await original.http.get('/api/backup').buffer(true).parse(asBuffer).expect(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="migration-tracker-backup-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(backup.format).toBe('model-migration-tracker-backup');
    expect(backup.policyVersions).toHaveLength(2);
    expect(backup.reviews).toHaveLength(1);
    expect(backup.exceptions.some((exception) => exception.revokedAt !== null)).toBe(true);
    const events = Number((await original.db.query<{ n: string }>('SELECT count(*) AS n FROM model_event'))[0]!.n);
    expect(backup.models.reduce((sum, model) => sum + model.events.length, 0)).toBe(events);
    expect(backup.models.length).toBe(
      Number((await original.db.query<{ n: string }>('SELECT count(*) AS n FROM model'))[0]!.n),
    );
  });
});

let restoredCounts: unknown;

describe('restoring into an empty instance', () => {
  beforeAll(async () => {
    const response = await restored.http
      .post('/api/backup/restore')
      .set('content-type', 'application/json')
      .send(backupText)
      .expect(201);
    expect(response.body.restored).toEqual({
      policyVersions: 2,
      models: backup.models.length,
      events: backup.models.reduce((sum, model) => sum + model.events.length, 0),
      exceptions: backup.exceptions.length,
      reviews: 1,
      scans: backup.scans.length,
    });
    expect(backup.scans.length).toBeGreaterThan(0);
    const scans = Number((await restored.db.query<{ n: string }>('SELECT count(*) AS n FROM scan'))[0]!.n);
    expect(scans).toBe(backup.scans.length);
    restoredCounts = response.body;
  });

  const same = async (
    path: string,
    strip: (body: Record<string, unknown>) => unknown = (body) => body,
    status = 200,
  ) => {
    const [a, b] = await Promise.all([original.http.get(path), restored.http.get(path)]);
    if (status !== 0) expect(a.status, path).toBe(status);
    expect({ path, status: b.status, body: strip(b.body) }).toEqual({ path, status: a.status, body: strip(a.body) });
  };
  const instant = new Date(Date.now() + 60_000).toISOString();

  it('answers the registry endpoints exactly as the original', async () => {
    await same('/api/models?pageSize=500');
    await same('/api/models?pageSize=500&asOf=2021-01-01&sort=verdict');
    await same('/api/policy');
    await same('/api/reviews');
    for (const asOf of ['2018-06-30', '2020-12-31', '2023-06-30', instant]) await same(`/api/compliance?asOf=${asOf}`);
  });

  it('answers every model, its history and its exceptions exactly as the original', async () => {
    for (const model of backup.models) {
      await same(`/api/models/${model.id}`);
      await same(`/api/models/${model.id}/history`);
      // Models registered later answer 404 for that date, on both.
      await same(`/api/models/${model.id}?asOf=2022-12-31T12:00:00.000Z`, (body) => body, 0);
    }
  });

  it('answers the dashboard, the review changes and the reports exactly as the original', async () => {
    await same(`/api/dashboard?asOf=${instant}&weeks=all`);
    await same('/api/dashboard?asOf=2021-06-30&weeks=104');
    await same('/api/reviews/latest/changes');
    await same(`/api/reports/status?format=json&asOf=${instant}`, (body) => ({ ...body, generatedAt: undefined }));
  });

  it('keeps the derived history tables identical', async () => {
    const rows = async (api: TestApi, sql: string) => api.db.query(sql);
    const changes =
      'SELECT at, framework, family, lifecycle, started_on, delta FROM portfolio_change ORDER BY at, framework, family, lifecycle, started_on, delta';
    const spans =
      'SELECT model_id, valid_from, valid_to, status, rule, new_project FROM verdict_span ORDER BY model_id, valid_from';
    expect(await rows(restored, changes)).toEqual(await rows(original, changes));
    expect(await rows(restored, spans)).toEqual(await rows(original, spans));
  });

  it('writes the same backup back out, and new events continue after the restored ones', async () => {
    const again = backupSchema.parse(JSON.parse((await download(restored, '/api/backup')).toString('utf8')));
    expect({ ...again, exportedAt: '' }).toEqual({ ...backup, exportedAt: '' });
    expect(again.models.flatMap((model) => model.sourceRefs)).toContain('backstage:resource:default/backup-ranker');
    const model = backup.models[0]!;
    await restored.http
      .patch(`/api/models/${model.id}`)
      .send({ version: model.version, description: 'Edited after the restore' })
      .expect(200);
    const [latest] = (await restored.http.get(`/api/models/${model.id}/history`).expect(200)).body.items;
    const highest = Math.max(
      ...backup.models.flatMap((candidate) => candidate.events.map((event) => Number(event.id))),
    );
    expect(Number(latest.id)).toBeGreaterThan(highest);
  });

  it("keeps the tools' identities of models: a re-import matches the restored model, renamed", async () => {
    const [model] = backup.models.filter((candidate) => candidate.sourceRefs?.length);
    const renamed = BACKSTAGE_MODEL.replace('name: backup-ranker', 'name: backup-ranker\n  title: Backup ranker');
    const preview = await restored.http
      .post('/api/imports?source=backstage&dryRun=true')
      .attach('file', Buffer.from(renamed), { filename: 'catalog-info.yaml' })
      .expect(200);
    expect(preview.body.rows[0]).toMatchObject({
      action: 'update',
      modelId: model!.id,
      changes: [{ field: 'name', from: 'backup-ranker', to: 'Backup ranker' }],
    });
  });

  it('refuses to restore into an instance that holds data (409), changing nothing', async () => {
    const before = await restored.db.query('SELECT count(*) FROM model_event');
    const response = await restored.http
      .post('/api/backup/restore')
      .set('content-type', 'application/json')
      .send(backupText)
      .expect(409);
    expect(response.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      message: expect.stringMatching(/already holds data.*empty instance/),
    });
    expect(await restored.db.query('SELECT count(*) FROM model_event')).toEqual(before);
  });
});

describe('a bad backup file', () => {
  let empty: TestApi;
  beforeAll(async () => {
    empty = await startTestApi();
  });
  afterAll(async () => {
    await empty?.close();
  });

  const broken = (change: (copy: Backup) => unknown) => change(structuredClone(backup));

  it.each<[string, (copy: Backup) => unknown, string]>([
    ['not a backup at all', () => ({ models: [] }), 'format'],
    ['a future schema version', (copy) => ({ ...copy, schemaVersion: 2 }), 'schemaVersion'],
    ['a model without events', (copy) => ((copy.models[0]!.events = []), copy), 'models.0.events'],
    [
      'an event with an impossible state',
      (copy) => ((copy.models[0]!.events[0]!.state['framework'] = 'caffe'), copy),
      'models.0.events.0.state.framework',
    ],
    [
      'an exception of a model not in the file',
      (copy) => ((copy.exceptions[0]!.modelId = '4b0e8e8c-1111-4c4c-8888-123456789abc'), copy),
      'exceptions[0].modelId',
    ],
    ['two models with one id', (copy) => (copy.models.push(copy.models[0]!), copy), 'models'],
  ])('%s → 400 naming the field, and nothing written', async (_case, change, field) => {
    const response = await empty.http
      .post('/api/backup/restore')
      .send(broken(change) as object)
      .expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field).join(' ')).toContain(field);
    expect(await empty.db.query('SELECT id FROM model')).toEqual([]);
  });

  it('lets only an admin restore', async () => {
    const editor = await empty.signedInAs('editor');
    await editor.post('/api/backup/restore').send(backup).expect(403);
  });
});

describe('the old backup routes (GET /api/export, POST /api/import), kept for a release', () => {
  let fresh: TestApi;
  beforeAll(async () => {
    fresh = await startTestApi();
  });
  afterAll(async () => {
    await fresh?.close();
  });

  it('download the same file', async () => {
    const get = (path: string) => original.http.get(path).buffer(true).parse(asBuffer).expect(200);
    const [now, old] = await Promise.all([get('/api/backup'), get('/api/export')]);
    expect(old.headers['content-type']).toBe(now.headers['content-type']);
    expect(old.headers['content-disposition']).toBe(now.headers['content-disposition']);
    const body = (response: typeof now) => ({
      ...JSON.parse((response.body as Buffer).toString('utf8')),
      exportedAt: '',
    });
    expect(body(old)).toEqual(body(now));
  });

  it('refuse what the new route refuses, with the same answer', async () => {
    for (const [api, body, status] of [
      [restored, backupText, 409],
      [fresh, JSON.stringify({ models: [] }), 400],
    ] as const) {
      const post = (path: string) => api.http.post(path).set('content-type', 'application/json').send(body);
      const [now, old] = await Promise.all([post('/api/backup/restore'), post('/api/import')]);
      expect([now.status, old.status, old.body]).toEqual([status, status, now.body]);
    }
    const editor = await fresh.signedInAs('editor');
    await editor.post('/api/import').send(backup).expect(403);
  });

  it('restore a backup into an empty instance as the new route does', async () => {
    const response = await fresh.http
      .post('/api/import')
      .set('content-type', 'application/json')
      .send(backupText)
      .expect(201);
    expect(response.body).toEqual(restoredCounts);
    expect((await fresh.http.get('/api/models?pageSize=500').expect(200)).body).toEqual(
      (await original.http.get('/api/models?pageSize=500').expect(200)).body,
    );
  });
});
