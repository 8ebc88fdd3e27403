import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { newScanFindings, tf1Uses } from '@mmt/domain/testing';
import { newModel } from '../support/factories.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const register = async (overrides: Parameters<typeof newModel>[0] = {}) =>
  (await api.http.post('/api/models').send(newModel(overrides)).expect(201)).body as {
    id: string;
    name: string;
    version: number;
  };
const scansOf = async (id: string, query = '') =>
  (await api.http.get(`/api/models/${id}/scans${query}`).expect(200)).body as {
    items: { id: string; commit: string | null; findings: { tf1Apis: { total: number } } }[];
    total: number;
  };
const rowCount = async (table: string) => Number((await api.db.query(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

describe('recording scans', () => {
  it('keeps a posted scan with its commit, who posted it and the findings, and lists scans newest first', async () => {
    const model = await register({
      framework: 'tensorflow',
      frameworkVersion: '1.15.2',
      repoUrl: 'https://git.example.com/ml/ranker',
    });
    const editor = await api.signedInAs('editor');
    const { token } = (await editor.post('/api/tokens').send({ name: 'ci', scope: 'write' }).expect(201)).body as {
      token: string;
    };
    const ci = supertest.agent(api.baseUrl).set('Authorization', `Bearer ${token}`);

    const first = await ci
      .post(`/api/models/${model.id}/scans`)
      .send({ commit: 'ABCDEF1234567', ref: 'main', findings: newScanFindings() })
      .expect(201);
    expect(first.body).toMatchObject({
      modelId: model.id,
      commit: 'abcdef1234567',
      ref: 'main',
      recordedBy: `${editor.email} (token: ci)`,
      findings: newScanFindings(),
    });
    const second = await ci
      .post(`/api/models/${model.id}/scans`)
      .send({ findings: newScanFindings({ tf1Apis: tf1Uses(1) }) })
      .expect(201);
    expect(second.body).toMatchObject({ commit: null, ref: null });

    const listed = await scansOf(model.id);
    expect(listed.total).toBe(2);
    expect(listed.items.map((scan) => scan.id)).toEqual([second.body.id, first.body.id]);
    expect((await scansOf(model.id, '?limit=1')).items.map((scan) => scan.id)).toEqual([second.body.id]);

    const [event] = await api.db.query(
      `SELECT data FROM notification_event WHERE type = 'scan.recorded' AND data->'scan'->>'id' = $1`,
      [first.body.id],
    );
    expect(event!.data).toEqual({
      scan: {
        id: first.body.id,
        repository: 'https://git.example.com/ml/ranker',
        recordedAt: first.body.recordedAt,
        models: [{ id: model.id, name: model.name, team: 'NLP Platform' }],
      },
    });
  });

  it('lets an editor post and a viewer read, never a viewer post', async () => {
    const model = await register();
    const viewer = await api.signedInAs('viewer');
    await viewer.post(`/api/models/${model.id}/scans`).send({ findings: newScanFindings() }).expect(403);
    await viewer.get(`/api/models/${model.id}/scans`).expect(200);
    const editor = await api.signedInAs('editor');
    await editor.post(`/api/models/${model.id}/scans`).send({ findings: newScanFindings() }).expect(201);
  });

  it('answers 404 for a model that does not exist, and writes nothing', async () => {
    const before = await rowCount('scan');
    const missing = '4b0e8e8c-1111-4c4c-8888-123456789abc';
    await api.http.post(`/api/models/${missing}/scans`).send({ findings: newScanFindings() }).expect(404);
    await api.http.get(`/api/models/${missing}/scans`).expect(404);
    expect(await rowCount('scan')).toBe(before);
  });

  it.each([
    ['a commit that is not a git id', { commit: 'not-a-sha', findings: newScanFindings() }, 'commit'],
    ['no findings', { commit: 'abcdef1' }, 'findings'],
    [
      'a total that is not the sum of the APIs',
      { findings: newScanFindings({ tf1Apis: { ...tf1Uses(2), total: 5 } }) },
      'findings.tf1Apis.total',
    ],
    [
      'an unknown framework family',
      {
        findings: { ...newScanFindings(), primary: { framework: 'tensorflow', version: null, family: 'TensorFlow 3' } },
      },
      'findings.primary.family',
    ],
    ['a NUL character in a path', { findings: newScanFindings({ root: 'a\u0000b' }) }, 'findings.root'],
    ['an unexpected field', { findings: newScanFindings(), branch: 'main' }, 'branch'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_case, body, field) => {
    const model = await register();
    const before = [await rowCount('scan'), await rowCount('notification_event')];
    const response = await api.http.post(`/api/models/${model.id}/scans`).send(body).expect(400);
    expect((response.body.details as { field: string }[]).map((detail) => detail.field)).toContain(field);
    expect([await rowCount('scan'), await rowCount('notification_event')]).toEqual(before);
  });

  it('keeps scans immutable in the database', async () => {
    const model = await register();
    const scan = (
      await api.http.post(`/api/models/${model.id}/scans`).send({ findings: newScanFindings() }).expect(201)
    ).body as { id: string };
    await expect(api.db.query(`UPDATE scan SET tf1_total = 0 WHERE id = $1`, [scan.id])).rejects.toThrow(/immutable/);
  });
});

describe('a scan of a model whose framework is unknown', () => {
  it("sets the framework and version to the scan's primary, with a history event naming the scan", async () => {
    const model = await register({ framework: 'unknown', frameworkVersion: '' });
    const scan = (
      await api.http
        .post(`/api/models/${model.id}/scans`)
        .send({ commit: 'abcdef1234567', findings: newScanFindings() })
        .expect(201)
    ).body as { id: string; recordedAt: string };

    const detail = (await api.http.get(`/api/models/${model.id}`).expect(200)).body;
    expect(detail).toMatchObject({
      framework: 'tensorflow',
      frameworkVersion: '1.15.2',
      family: 'TensorFlow 1.x',
      version: model.version + 1,
    });
    expect(detail.verdict.status).not.toBe('unknown');
    const [latest] = (await api.http.get(`/api/models/${model.id}/history`).expect(200)).body.items;
    expect(latest).toMatchObject({
      kind: 'updated',
      actor: `scan ${scan.id.slice(0, 8)} of abcdef1 (token:bootstrap)`,
      at: scan.recordedAt,
      changes: [
        { field: 'framework', from: 'unknown', to: 'tensorflow' },
        { field: 'frameworkVersion', from: '', to: '1.15.2' },
      ],
    });
    const events = await api.db.query(`SELECT type FROM notification_event WHERE data::text LIKE $1 ORDER BY type`, [
      `%${model.id}%`,
    ]);
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['model.updated', 'scan.recorded', 'verdict.changed']),
    );

    // Once known, a later scan leaves the registry as it is.
    const pytorch = { framework: 'pytorch', version: '==2.1.0', family: 'PyTorch' } as const;
    await api.http
      .post(`/api/models/${model.id}/scans`)
      .send({ findings: newScanFindings({ primary: pytorch }) })
      .expect(201);
    expect((await api.http.get(`/api/models/${model.id}`).expect(200)).body).toMatchObject({
      framework: 'tensorflow',
      version: model.version + 1,
    });
  });

  it('stays unknown when the scan found no framework', async () => {
    const model = await register({ framework: 'unknown', frameworkVersion: '' });
    await api.http
      .post(`/api/models/${model.id}/scans`)
      .send({ findings: newScanFindings({ primary: null, frameworks: [] }) })
      .expect(201);
    expect((await api.http.get(`/api/models/${model.id}`).expect(200)).body).toMatchObject({
      framework: 'unknown',
      version: model.version,
    });
  });
});
