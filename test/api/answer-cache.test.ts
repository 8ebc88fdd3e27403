import supertest from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ComplianceService } from '../../apps/api/src/compliance/compliance.service.js';
import { NOW_ANSWER_TTL_MS } from '../../apps/api/src/database/answer-cache.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { DashboardService } from '../../apps/api/src/dashboard/dashboard.service.js';
import { ModelsService } from '../../apps/api/src/models/models.service.js';
import { ReportPortfolioRepository } from '../../apps/api/src/reports/report-portfolio.repository.js';
import { startTestApi, testNotifications, type TestApi } from '../support/api.js';
import { addDays, toIsoDate } from '@mmt/domain';
import { newScanFindings } from '@mmt/domain/testing';
import { newModel } from '../support/factories.js';

let api: TestApi;
let replica: NestFastifyApplication;
let replicaHttp: supertest.Agent;
beforeAll(async () => {
  api = await startTestApi();
  // A second API process on the same database, as a replica behind a load balancer would be.
  replica = await createApp({
    databaseUrl: api.db.url,
    logLevel: 'silent',
    webDist: null,
    notifications: testNotifications(),
  });
  await replica.getHttpAdapter().getInstance().ready();
  replicaHttp = supertest.agent(replica.getHttpServer()).set('Authorization', `Bearer ${api.adminToken}`);
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  await replica?.close();
  await api?.close();
});

const names = (body: { models: { name: string }[] }) => body.models.map((model) => model.name);

describe('compliance and dashboard answers reused while the data stays the same', () => {
  it('computes one answer for simultaneous requests and reuses it until something is written', async () => {
    const report = vi.spyOn(api.app.get(ComplianceService), 'page');
    const ask = () => api.http.get('/api/compliance?asOf=2030-01-01').expect(200);
    const answers = await Promise.all([ask(), ask(), ask(), ask(), ask()]);
    expect(report).toHaveBeenCalledTimes(1);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(answers[0]!.headers['content-type']).toBe('application/json; charset=utf-8');
    await ask();
    expect(report).toHaveBeenCalledTimes(1);

    await api.http
      .post('/api/models')
      .send(newModel({ name: 'Cache: written here' }))
      .expect(201);
    expect(names((await ask()).body)).toContain('Cache: written here');
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('sees at once what another replica wrote', async () => {
    const before = (await api.http.get('/api/compliance').expect(200)).body;
    await replicaHttp
      .post('/api/models')
      .send(newModel({ name: 'Cache: written by the replica' }))
      .expect(201);
    const after = (await api.http.get('/api/compliance').expect(200)).body;
    expect(names(before)).not.toContain('Cache: written by the replica');
    expect(names(after)).toContain('Cache: written by the replica');
  });

  it('keeps an answer per question: each asOf and range of the dashboard is its own', async () => {
    const dashboard = vi.spyOn(api.app.get(DashboardService), 'dashboard');
    const year = (await api.http.get('/api/dashboard?weeks=52').expect(200)).body;
    const all = (await api.http.get('/api/dashboard?weeks=all').expect(200)).body;
    const past = (await api.http.get('/api/dashboard?weeks=52&asOf=2019-01-01').expect(200)).body;
    expect(dashboard).toHaveBeenCalledTimes(3);
    expect(past.asOf).not.toBe(year.asOf);
    expect(all).not.toEqual(year);
    await api.http.get('/api/dashboard?weeks=52&asOf=2019-01-01').expect(200);
    expect(dashboard).toHaveBeenCalledTimes(3);

    await replicaHttp
      .post('/api/models')
      .send(newModel({ name: 'Cache: changes the dashboard' }))
      .expect(201);
    const later = (await api.http.get('/api/dashboard?weeks=52').expect(200)).body;
    expect(dashboard).toHaveBeenCalledTimes(4);
    expect(later).not.toEqual(year);
  });

  it('keys on the portfolio data: sign-ins, sessions and tokens leave answers as they are', async () => {
    const viewer = await api.signedInAs('viewer');
    const report = vi.spyOn(api.app.get(ComplianceService), 'page');
    const ask = () => api.http.get('/api/compliance?asOf=2030-06-01').expect(200);
    const first = (await ask()).text;
    expect(report).toHaveBeenCalledTimes(1);

    // An anonymous failed sign-in, a new session, a new token and its first use all write rows: each
    // takes a transaction id, which is what the cache used to key on (the snapshot's xmax moves).
    const xmax = async () =>
      Number((await api.db.query<{ xmax: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot()) AS xmax'))[0]!.xmax);
    const before = await xmax();
    await api.anonymous.post('/api/auth/login').send({ email: viewer.email, password: 'not the password' }).expect(401);
    await api.anonymous.post('/api/auth/login').send({ email: viewer.email, password: viewer.password }).expect(200);
    const { token } = (await api.http.post('/api/tokens').send({ name: 'cache', scope: 'read' }).expect(201)).body;
    await api.anonymous.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(await xmax()).toBeGreaterThanOrEqual(before + 3);

    expect((await ask()).text).toBe(first);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('keys each answer on the areas it reads: a review leaves compliance as it is and changes the dashboard', async () => {
    const page = vi.spyOn(api.app.get(ComplianceService), 'page');
    const dashboard = vi.spyOn(api.app.get(DashboardService), 'dashboard');
    const askCompliance = () => api.http.get('/api/compliance?asOf=2030-08-01').expect(200);
    const askDashboard = () => api.http.get('/api/dashboard?asOf=2030-08-01').expect(200);
    const compliance = (await askCompliance()).text;
    await askDashboard();

    await api.http.post('/api/reviews').send({ heldOn: '2026-02-02' }).expect(201);
    expect((await askCompliance()).text).toBe(compliance);
    await askDashboard();
    expect(page).toHaveBeenCalledTimes(1);
    expect(dashboard).toHaveBeenCalledTimes(2);
  });

  it('computes a question once at a time: requests after a write during a computation share the next one', async () => {
    const service = api.app.get(ComplianceService);
    const original = service.page.bind(service);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = vi
      .spyOn(service, 'page')
      .mockImplementationOnce(async (query) => {
        const answer = await original(query);
        await held;
        return answer;
      })
      .mockImplementation(original);
    // Sent at once (supertest sends a request when it is awaited).
    const ask = () =>
      api.http
        .get('/api/compliance?asOf=2030-09-01')
        .expect(200)
        .then((response) => response);
    const first = ask();
    await vi.waitFor(() => expect(page).toHaveBeenCalledTimes(1));
    await api.http
      .post('/api/models')
      .send(newModel({ name: 'Cache: written mid-computation' }))
      .expect(201);
    const later = [ask(), ask(), ask(), ask()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page).toHaveBeenCalledTimes(1);
    release();
    expect(names((await first).body)).not.toContain('Cache: written mid-computation');
    for (const answer of await Promise.all(later))
      expect(names(answer.body)).toContain('Cache: written mid-computation');
    expect(page).toHaveBeenCalledTimes(2);
  });

  it('keeps a page of the model list and a model until a write to what they read', async () => {
    const list = vi.spyOn(api.app.get(ModelsService), 'list');
    const get = vi.spyOn(api.app.get(ModelsService), 'get');
    const model = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'Cache: listed' }))
        .expect(201)
    ).body;
    const page = () => api.http.get('/api/models?q=Cache%3A%20listed').expect(200);
    const one = () => api.http.get(`/api/models/${model.id}`).expect(200);
    const first = (await page()).text;
    await one();
    await api.http.post('/api/reviews').send({ heldOn: '2026-02-09' }).expect(201);
    expect((await page()).text).toBe(first);
    await one();
    expect(list).toHaveBeenCalledTimes(1);
    expect(get).toHaveBeenCalledTimes(1);

    await api.http
      .patch(`/api/models/${model.id}`)
      .send({ version: model.version, task: 'cached no more' })
      .expect(200);
    expect((await page()).body.items[0].task).toBe('cached no more');
    expect((await one()).body.task).toBe('cached no more');
    expect(list).toHaveBeenCalledTimes(2);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it.each([
    [
      'an edit through another replica',
      async (id: string, version: number) => {
        await replicaHttp.patch(`/api/models/${id}`).send({ version, lifecycle: 'production' }).expect(200);
      },
    ],
    [
      'an edit by hand in SQL',
      async (id: string) => {
        // History by hand: the answer as of a date reads the model's events.
        await api.db.query(
          `UPDATE model_event SET state = jsonb_set(state, '{lifecycle}', '"production"') WHERE model_id = $1`,
          [id],
        );
      },
    ],
    [
      'an exception granted',
      async (id: string) => {
        await replicaHttp
          .post(`/api/models/${id}/exceptions`)
          .send({ reason: 'Cache test', approvedBy: 'Ana', expiresOn: '2031-01-01' })
          .expect(201);
      },
    ],
  ])('recomputes after %s', async (_case, write) => {
    const model = (
      await api.http
        .post('/api/models')
        .send(newModel({ lifecycle: 'staging' }))
        .expect(201)
    ).body;
    const report = vi.spyOn(api.app.get(ComplianceService), 'page');
    const ask = () => api.http.get('/api/compliance?asOf=2030-07-01').expect(200);
    const before = (await ask()).text;
    await ask();
    expect(report).toHaveBeenCalledTimes(1);
    await write(model.id, model.version);
    expect((await ask()).text).not.toBe(before);
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('keeps answers about a past day through the writes of today; a write reaching into the past recomputes them', async () => {
    const today = toIsoDate(new Date());
    const lastWeek = addDays(today, -7);
    const dashboard = vi.spyOn(api.app.get(DashboardService), 'dashboard');
    const list = vi.spyOn(api.app.get(ModelsService), 'list');
    const askDashboard = () => api.http.get(`/api/dashboard?asOf=${lastWeek}`).expect(200);
    const askList = () => api.http.get(`/api/models?asOf=${lastWeek}&q=cache-past`).expect(200);
    const dashboardBefore = (await askDashboard()).text;
    const listBefore = (await askList()).text;

    // Today's writes: a model registered, edited and scanned, an exception granted and revoked.
    const model = (
      await api.http
        .post('/api/models')
        .send(newModel({ name: 'cache-past today', lifecycle: 'staging' }))
        .expect(201)
    ).body;
    await api.http
      .patch(`/api/models/${model.id}`)
      .send({ version: model.version, lifecycle: 'production' })
      .expect(200);
    await api.http.post(`/api/models/${model.id}/scans`).send({ findings: newScanFindings() }).expect(201);
    const granted = (
      await api.http
        .post(`/api/models/${model.id}/exceptions`)
        .send({ reason: 'Granted today', approvedBy: 'Ana', expiresOn: addDays(today, 90) })
        .expect(201)
    ).body;
    await api.http.delete(`/api/exceptions/${granted.id}`).expect(200);
    expect((await askDashboard()).text).toBe(dashboardBefore);
    expect((await askList()).text).toBe(listBefore);
    expect(dashboard).toHaveBeenCalledTimes(1);
    expect(list).toHaveBeenCalledTimes(1);

    // A model registered in MLflow a month ago, imported now: last week's answers gain it.
    const registered = new Date(`${addDays(today, -30)}T09:30:00.000Z`).getTime();
    const exported = { mlflow: { registered_model: { name: 'cache-past-import', creation_timestamp: registered } } };
    await api.http
      .post('/api/imports?source=mlflow')
      .attach('file', Buffer.from(JSON.stringify(exported)), {
        filename: 'model.json',
        contentType: 'application/json',
      })
      .expect(201);
    expect((await askList()).body.items.map((item: { name: string }) => item.name)).toEqual(['cache-past-import']);
    expect((await askDashboard()).text).not.toBe(dashboardBefore);
    expect(dashboard).toHaveBeenCalledTimes(2);

    // An exception granted from a month ago changes what was true then.
    await api.http
      .post(`/api/models/${model.id}/exceptions`)
      .send({ reason: 'Backdated', approvedBy: 'Ana', grantedOn: addDays(today, -30), expiresOn: addDays(today, 90) })
      .expect(201);
    await askDashboard();
    expect(dashboard).toHaveBeenCalledTimes(3);
  });

  it('raises no version for a write that failed, and none twice for one transaction', async () => {
    const versions = async () =>
      Object.fromEntries(
        (await api.db.query<{ area: string; version: string }>('SELECT area, version FROM data_version')).map(
          ({ area, version }) => [area, Number(version)],
        ),
      );
    const taken = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const before = await versions();
    await api.http
      .post('/api/models')
      .send(newModel({ name: taken.name }))
      .expect(409);
    expect(await versions()).toEqual(before);
    // A policy version: the version row and every model's verdict timeline, in one transaction.
    await api.http
      .put('/api/policy')
      .send({
        inForceFrom: '2031-01-01',
        newProjectsFrom: '2031-01-01',
        preferredFramework: 'pytorch',
        legacyFrameworks: ['tensorflow'],
        governedFrameworks: ['tensorflow', 'pytorch'],
      })
      .expect(201);
    expect(await versions()).toEqual({ ...before, models: before['models']! + 1, policy: before['policy']! + 1 });
    expect(await api.db.query('SELECT * FROM data_version_commit')).toEqual([]);
  });

  it('lets writers of different areas commit at once without deadlocks', async () => {
    const models = await Promise.all(
      Array.from({ length: 6 }, async () => (await api.http.post('/api/models').send(newModel()).expect(201)).body),
    );
    const writes = models.flatMap((model) => [
      replicaHttp.patch(`/api/models/${model.id}`).send({ version: model.version, lifecycle: 'staging' }),
      api.http
        .post(`/api/models/${model.id}/exceptions`)
        .send({ reason: 'Concurrent', approvedBy: 'Ana', expiresOn: '2031-01-01' }),
      replicaHttp.post('/api/reviews').send({ notes: 'concurrent' }),
    ]);
    const statuses = (await Promise.all(writes)).map((response) => response.status);
    expect(
      statuses.every((status) => status === 200 || status === 201),
      statuses.join(' '),
    ).toBe(true);
  });

  it('recomputes an answer about now after its time to live, serving the previous one meanwhile until twice that', async () => {
    const viewer = await api.signedInAs('viewer');
    const report = vi.spyOn(api.app.get(ComplianceService), 'page');
    const asOfNow = async () => (await viewer.get('/api/compliance').expect(200)).body.asOf as string;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = Date.now();
      const first = await asOfNow();
      expect(report).toHaveBeenCalledTimes(1);
      expect(await asOfNow()).toBe(first);

      vi.setSystemTime(start + NOW_ANSWER_TTL_MS - 1);
      expect(await asOfNow()).toBe(first);
      expect(report).toHaveBeenCalledTimes(1);

      const stale = start + NOW_ANSWER_TTL_MS + 1;
      vi.setSystemTime(stale);
      expect(await asOfNow()).toBe(first);
      expect(report).toHaveBeenCalledTimes(2);
      await vi.waitFor(async () => expect(await asOfNow()).toBe(new Date(stale).toISOString()));

      const tooOld = stale + 3 * NOW_ANSWER_TTL_MS;
      vi.setSystemTime(tooOld);
      expect(new Date(await asOfNow()).getTime()).toBeGreaterThanOrEqual(tooOld);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a finished CSV report: the next download reads no page until something is written', async () => {
    const pages = vi.spyOn(api.app.get(ReportPortfolioRepository), 'page');
    const download = async () =>
      (await api.http.get('/api/reports/status?format=csv&asOf=2031-06-01').expect(200)).text;
    const first = await download();
    const read = pages.mock.calls.length;
    expect(read).toBeGreaterThan(0);
    expect(await download()).toBe(first);
    expect(pages).toHaveBeenCalledTimes(read);

    // Simultaneous downloads of a report nobody has yet share one reading of the portfolio.
    const other = () => api.http.get('/api/reports/status?format=csv&asOf=2032-01-01').expect(200);
    const beforeTrio = pages.mock.calls.length;
    const trio = await Promise.all([other(), other(), other()]);
    expect(new Set(trio.map((response) => response.text)).size).toBe(1);
    expect(pages.mock.calls.length - beforeTrio).toBe(read);

    await replicaHttp
      .post('/api/models')
      .send(newModel({ name: 'Cache: in the next CSV' }))
      .expect(201);
    const after = await download();
    expect(pages.mock.calls.length).toBeGreaterThan(read);
    expect(after).toContain('Cache: in the next CSV');
    expect(first).not.toContain('Cache: in the next CSV');
  });

  it('keeps no failed computation: the next request computes again', async () => {
    const report = vi.spyOn(api.app.get(ComplianceService), 'page').mockRejectedValueOnce(new Error('boom'));
    await api.http.get('/api/compliance?asOf=2031-01-01').expect(500);
    expect((await api.http.get('/api/compliance?asOf=2031-01-01').expect(200)).body.models).toBeDefined();
    expect(report).toHaveBeenCalledTimes(2);
  });
});
