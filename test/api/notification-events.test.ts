import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, DEFAULT_POLICY, toIsoDate, WEBHOOK_EVENT_TYPES } from '@mmt/domain';
import { AuthService } from '../../apps/api/src/auth/auth.service.js';
import { createApp } from '../../apps/api/src/create-app.js';
import {
  NOTIFICATION_OPTIONS,
  type NotificationOptions,
} from '../../apps/api/src/notifications/notification-options.js';
import { OutboxRelay } from '../../apps/api/src/notifications/outbox.relay.js';
import { TimeDrivenScan } from '../../apps/api/src/notifications/time-driven.scan.js';
import { startTestApi, testNotifications, type TestApi } from '../support/api.js';
import { createTestDatabase } from '../support/database.js';
import { newModel } from '../support/factories.js';
import { startReceiver, type Receiver, type Received } from '../support/receiver.js';

// Issue 15: every change that matters becomes an event, in the change's own transaction, delivered
// once however many replicas run, and not lost when the process dies before delivering it.
let api: TestApi;
let receiver: Receiver;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});
afterEach(async () => {
  await receiver?.close();
  await api.db.query('DELETE FROM webhook_subscription');
});

/** Subscribes a new receiver to everything from now on: what earlier changes wrote is relayed first. */
async function subscribeAll(target: TestApi['http'] = api.http): Promise<void> {
  await api.app.get(OutboxRelay).relay();
  receiver = await startReceiver();
  await target.post('/api/webhooks').send({ url: receiver.url, events: WEBHOOK_EVENT_TYPES }).expect(201);
}

const typesOf = (requests: Received[]) => requests.map((request) => String(request.json['type'])).sort();
const dataOf = (request: Received | undefined) => request?.json['data'] as Record<string, unknown>;
/** Deliveries run side by side, so they arrive in any order (receivers order by `timestamp`). */
const ofType = (requests: Received[], type: string) => requests.filter((request) => request.json['type'] === type);
const today = () => toIsoDate(new Date());

/** A new project on TensorFlow: a violation, until an exception covers it. */
const newOnTensorflow = () =>
  newModel({ framework: 'tensorflow', frameworkVersion: '2.15.0', startedOn: '2024-01-15', lifecycle: 'production' });

describe('events from changes', () => {
  it('tells of a registration, an edit and the verdict change it made, with from, to and the cause', async () => {
    await subscribeAll();
    const model = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    await api.http
      .patch(`/api/models/${model.id}`)
      .send({ version: 1, framework: 'tensorflow', frameworkVersion: '2.15.0' })
      .expect(200);
    const requests = await receiver.waitFor(3);
    expect(typesOf(requests)).toEqual(['model.created', 'model.updated', 'verdict.changed']);
    expect(dataOf(ofType(requests, 'model.updated')[0])).toMatchObject({
      model: { id: model.id, version: 2, verdict: { status: 'violation' } },
      changes: [
        { field: 'framework', from: 'pytorch', to: 'tensorflow' },
        { field: 'frameworkVersion', from: '2.1.0', to: '2.15.0' },
      ],
    });
    expect(dataOf(ofType(requests, 'verdict.changed')[0])).toEqual({
      model: { id: model.id, name: model.name, team: model.team },
      from: expect.objectContaining({ status: 'compliant', rule: 'new_preferred' }),
      to: expect.objectContaining({ status: 'violation', rule: 'new_not_preferred' }),
      cause: { kind: 'edit', actor: expect.any(String) },
    });
  });

  it('writes nothing when the change is refused (a stale version)', async () => {
    const model = (await api.http.post('/api/models').send(newModel()).expect(201)).body;
    const count = async () =>
      (
        await api.db.query('SELECT 1 FROM notification_event WHERE data @> $1', [
          JSON.stringify({ model: { id: model.id } }),
        ])
      ).length;
    expect(await count()).toBe(1);
    await api.http.patch(`/api/models/${model.id}`).send({ version: 7, lifecycle: 'production' }).expect(409);
    expect(await count()).toBe(1);
  });

  it('tells of exceptions granted and revoked, and the verdicts they changed', async () => {
    const model = (await api.http.post('/api/models').send(newOnTensorflow()).expect(201)).body;
    await subscribeAll();
    const exception = (
      await api.http
        .post(`/api/models/${model.id}/exceptions`)
        .send({ reason: 'Mobile build', approvedBy: 'lead', expiresOn: addDays(today(), 90) })
        .expect(201)
    ).body;
    await api.http.delete(`/api/exceptions/${exception.id}`).expect(200);
    await api.http.delete(`/api/exceptions/${exception.id}`).expect(200);
    const requests = await receiver.waitFor(4);
    expect(typesOf(requests)).toEqual(['exception.granted', 'exception.revoked', 'verdict.changed', 'verdict.changed']);
    const changes = ofType(requests, 'verdict.changed').map(dataOf);
    expect(changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          to: expect.objectContaining({ status: 'exception' }),
          cause: { kind: 'exception', change: 'granted', exceptionId: exception.id },
        }),
        expect.objectContaining({
          to: expect.objectContaining({ status: 'violation' }),
          cause: { kind: 'exception', change: 'revoked', exceptionId: exception.id },
        }),
      ]),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received).toHaveLength(4);
  });

  it('tells of a review recorded and of an import', async () => {
    await subscribeAll();
    await api.http.post('/api/reviews').send({ notes: 'All good' }).expect(201);
    const name = `Imported ${Date.now()}`;
    await api.http
      .post('/api/imports')
      .send({ models: [newModel({ name })] })
      .expect(201);
    const requests = await receiver.waitFor(2);
    expect(typesOf(requests)).toEqual(['model.created', 'review.recorded']);
    const review = dataOf(ofType(requests, 'review.recorded')[0]);
    expect(review).toMatchObject({ review: { notes: 'All good', kpis: expect.any(Object) } });
    expect(review['review']).not.toHaveProperty('snapshot');
    expect(dataOf(ofType(requests, 'model.created')[0])).toMatchObject({
      model: { name, verdict: { status: 'compliant' } },
    });
  });
});

describe('time-driven changes', () => {
  it('tells of an exception expiring overnight, and of 7 days left on another, once across two replicas', async () => {
    const expiring = (await api.http.post('/api/models').send(newOnTensorflow()).expect(201)).body;
    const later = (await api.http.post('/api/models').send(newOnTensorflow()).expect(201)).body;
    const tomorrow = addDays(today(), 1);
    const grant = (id: string, expiresOn: string) =>
      api.http
        .post(`/api/models/${id}/exceptions`)
        .send({ reason: 'Pilot', approvedBy: 'lead', expiresOn })
        .expect(201);
    const ending = (await grant(expiring.id, tomorrow)).body;
    await grant(later.id, addDays(tomorrow, 7));
    await subscribeAll();

    const replica = await startReplica(api.app);
    try {
      // An injected clock: the scan at 00:00:30 after tomorrow's midnight, run by both replicas at once.
      const justAfter = new Date(`${tomorrow}T00:00:30.000Z`);
      const counts = await Promise.all([
        api.app.get(TimeDrivenScan).scan(justAfter),
        replica.get(TimeDrivenScan).scan(justAfter),
      ]);
      expect(counts.sort()).toEqual([0, 3]);
      const requests = await receiver.waitFor(3);
      const byType = Object.fromEntries(requests.map((request) => [request.json['type'], dataOf(request)]));
      expect(byType['exception.expired']).toMatchObject({ model: { id: expiring.id }, exception: { id: ending.id } });
      expect(byType['verdict.changed']).toMatchObject({
        model: { id: expiring.id },
        from: { status: 'exception' },
        to: { status: 'violation' },
        cause: { kind: 'exception', change: 'expired', exceptionId: ending.id },
      });
      expect(byType['exception.expiring']).toMatchObject({ model: { id: later.id }, daysLeft: 7 });
      expect(requests[0]!.json['timestamp']).toBe(`${tomorrow}T00:00:00.000Z`);

      // Again later, or again after a restart (the bookmark is in the database): nothing new.
      expect(await api.app.get(TimeDrivenScan).scan(new Date(justAfter.getTime() + 60_000))).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.received).toHaveLength(3);
    } finally {
      await replica.close();
    }
  });

  it('tells of a policy version taking force now, naming it as the cause', async () => {
    const model = (await api.http.post('/api/models').send(newOnTensorflow()).expect(201)).body;
    await subscribeAll();
    const version = (
      await api.http
        .put('/api/policy')
        .send({ ...DEFAULT_POLICY, inForceFrom: today(), legacyFrameworks: [], governedFrameworks: ['pytorch'] })
        .expect(201)
    ).body;
    const forModel = (request: Received) =>
      request.json['type'] === 'verdict.changed' && (dataOf(request)['model'] as { id: string }).id === model.id;
    const mine = await receiver.waitUntil(forModel);
    expect(dataOf(mine)).toMatchObject({
      from: expect.objectContaining({ status: 'violation' }),
      to: expect.objectContaining({ status: 'out_of_scope' }),
      cause: { kind: 'policy', policyVersionId: version.id, inForceFrom: today() },
    });
  });
});

/** The whole app on `databaseUrl`, as another replica or a later process would run it. */
async function startApp(databaseUrl: string, notifications: NotificationOptions) {
  const app = await createApp({ databaseUrl, logLevel: 'silent', webDist: null, notifications });
  await app.getHttpAdapter().getInstance().ready();
  await app.get(AuthService).bootstrap({ BOOTSTRAP_ADMIN_TOKEN: api.adminToken }, () => {});
  return app;
}

/** A second replica on this file's database, with the same key for the secrets. */
const startReplica = (app: NestFastifyApplication) =>
  startApp(api.db.url, app.get<NotificationOptions>(NOTIFICATION_OPTIONS));

const asAdmin = (app: NestFastifyApplication) =>
  supertest.agent(app.getHttpServer()).set('Authorization', `Bearer ${api.adminToken}`);

describe('several replicas', () => {
  it('deliver each event exactly once when two share the database', async () => {
    const replica = await startReplica(api.app);
    try {
      await subscribeAll();
      for (let index = 0; index < 6; index += 1) {
        await (index % 2 === 0 ? api.http : asAdmin(replica)).post('/api/models').send(newModel()).expect(201);
      }
      const requests = await receiver.waitFor(6);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(receiver.received).toHaveLength(6);
      expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(6);
    } finally {
      await replica.close();
    }
  });
});

describe('a process that dies between the write and the delivery', () => {
  it('loses nothing: the event waits in the outbox, and the next process relays and delivers it', async () => {
    const db = await createTestDatabase();
    const notifications = testNotifications();
    receiver = await startReceiver();
    // This process writes, and is gone before any worker of its own would deliver.
    const first = await startApp(db.url, { ...notifications, runWorkers: false });
    let next: NestFastifyApplication | undefined;
    try {
      const http = asAdmin(first);
      await http
        .post('/api/webhooks')
        .send({ url: receiver.url, events: ['model.created'] })
        .expect(201);
      const model = (await http.post('/api/models').send(newModel()).expect(201)).body;
      await first.close();
      expect(await db.query("SELECT dispatched_at FROM notification_event WHERE type = 'model.created'")).toEqual([
        { dispatched_at: null },
      ]);
      expect(await db.query("SELECT 1 FROM pgboss.job WHERE name = 'webhook-delivery'")).toEqual([]);
      expect(receiver.received).toHaveLength(0);

      next = await startApp(db.url, notifications);
      const [request] = await receiver.waitFor(1);
      expect(request!.json).toMatchObject({ type: 'model.created', data: { model: { id: model.id } } });
    } finally {
      await first.close();
      await next?.close();
      await db.drop();
    }
  });
});
