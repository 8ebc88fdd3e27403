import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
  webhookWithSecretSchema,
  type WebhookDelivery,
  type WebhookWithSecret,
} from '@mmt/domain';
import { OutboxRelay } from '../../apps/api/src/notifications/outbox.relay.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';
import { startReceiver, type Receiver } from '../support/receiver.js';

// Issue 15: signed webhooks. A real receiver on loopback; the retry schedule shrunk to fractions of a second.
let api: TestApi;
let receiver: Receiver;
beforeAll(async () => {
  api = await startTestApi({ notifications: { retryScheduleSeconds: [0, 0.2, 0.2, 0.2], requestTimeoutMs: 1_500 } });
});
afterAll(async () => {
  await api?.close();
});
afterEach(async () => {
  await receiver?.close();
  const listed = webhookListSchema.parse((await api.http.get('/api/webhooks').expect(200)).body);
  for (const webhook of listed) await api.http.delete(`/api/webhooks/${webhook.id}`).expect(204);
});

async function subscribe(events: string[], change: Record<string, unknown> = {}): Promise<WebhookWithSecret> {
  // What earlier tests wrote is relayed now, so it cannot reach this new subscription.
  await api.app.get(OutboxRelay).relay();
  receiver = await startReceiver();
  const response = await api.http
    .post('/api/webhooks')
    .send({ url: receiver.url, events, ...change })
    .expect(201);
  return webhookWithSecretSchema.parse(response.body);
}

async function deliveries(id: string): Promise<WebhookDelivery[]> {
  const response = await api.http.get(`/api/webhooks/${id}/deliveries`).expect(200);
  return webhookDeliveryListSchema.parse(response.body).items;
}

/** Polls the delivery log until `done` holds (deliveries are written just after the receiver answers). */
async function logUntil(id: string, done: (items: WebhookDelivery[]) => boolean): Promise<WebhookDelivery[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const items = await deliveries(id);
    if (done(items) || Date.now() > deadline) return items;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const registerModel = async (change = {}) =>
  (await api.http.post('/api/models').send(newModel(change)).expect(201)).body as { id: string; name: string };

describe('subscriptions', () => {
  it('answers 201 with the secret once; the list never shows it, and the database holds it encrypted', async () => {
    const created = await subscribe(['model.created', 'verdict.changed'], { description: 'Team chat' });
    expect(created).toMatchObject({ events: ['model.created', 'verdict.changed'], format: 'standard', enabled: true });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const list = webhookListSchema.parse((await api.http.get('/api/webhooks').expect(200)).body);
    expect(list.find((webhook) => webhook.id === created.id)).toMatchObject({ description: 'Team chat' });
    expect(JSON.stringify(list)).not.toContain(created.secret.slice(6));
    const [row] = await api.db.query<{ secret: string }>('SELECT secret FROM webhook_subscription WHERE id = $1', [
      created.id,
    ]);
    expect(row!.secret).toMatch(/^v1\./);
    expect(row!.secret).not.toContain(created.secret.slice(6, 20));
    await api.http.delete(`/api/webhooks/${created.id}`).expect(204);
  });

  it.each([
    { name: 'a non-HTTP URL', body: { url: 'ftp://127.0.0.1/x', events: ['model.created'] }, field: 'url' },
    {
      name: 'the cloud metadata address',
      body: { url: 'http://169.254.169.254/latest/meta-data/', events: ['model.created'] },
      field: 'url',
      words: /metadata/,
    },
    { name: 'a link-local address', body: { url: 'http://[fe80::1]/', events: ['model.created'] }, field: 'url' },
    { name: 'an unknown event', body: { url: 'http://127.0.0.1/', events: ['model.deleted'] }, field: 'events.0' },
  ])('refuses $name with a 400 naming $field, and writes nothing', async ({ body, field, words }) => {
    const response = await api.http.post('/api/webhooks').send(body).expect(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual([field]);
    if (words) expect(response.body.message).toMatch(words);
    expect(await api.db.query('SELECT 1 FROM webhook_subscription')).toEqual([]);
  });

  it('is for admins only', async () => {
    const editor = await api.signedInAs('editor');
    await editor.get('/api/webhooks').expect(403);
    await editor
      .post('/api/webhooks')
      .send({ url: 'http://127.0.0.1/', events: ['model.created'] })
      .expect(403);
  });
});

describe('delivery', () => {
  it('signs each event the Standard Webhooks way: verified by the standardwebhooks package and by hand', async () => {
    const webhook = await subscribe(['model.created']);
    const model = await registerModel();
    const [request] = await receiver.waitFor(1);
    const headers = request!.headers as Record<string, string>;
    const payload = new Webhook(webhook.secret).verify(request!.body, headers) as Record<string, unknown>;
    expect(payload).toMatchObject({ type: 'model.created', data: { model: { id: model.id, name: model.name } } });
    expect(headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    // The same signature from its definition: HMAC-SHA256 of "id.timestamp.body" with the decoded secret.
    const key = Buffer.from(webhook.secret.slice('whsec_'.length), 'base64');
    const signed = `${headers['webhook-id']}.${headers['webhook-timestamp']}.${request!.body}`;
    expect(headers['webhook-signature']).toBe(`v1,${createHmac('sha256', key).update(signed).digest('base64')}`);
    expect(Math.abs(Number(headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);

    const [logged] = await logUntil(webhook.id, (items) => items.length === 1);
    expect(logged).toMatchObject({
      eventType: 'model.created',
      messageId: headers['webhook-id'],
      attempt: 1,
      trigger: 'automatic',
      statusCode: 200,
      succeeded: true,
      responseBody: 'ok',
      error: null,
    });
    expect(logged!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('retries after 500s with the same webhook-id, logging each attempt, and redelivers on request', async () => {
    const webhook = await subscribe(['model.created']);
    receiver.respond((index) => (index < 2 ? { status: 500, body: 'database down' } : { status: 204 }));
    await registerModel();
    const requests = await receiver.waitFor(3);
    expect(new Set(requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    requests.forEach((request) =>
      new Webhook(webhook.secret).verify(request.body, request.headers as Record<string, string>),
    );

    const log = await logUntil(webhook.id, (items) => items.length === 3);
    expect(log.map((item) => [item.attempt, item.statusCode, item.succeeded, item.nextAttemptAt !== null])).toEqual([
      [3, 204, true, false],
      [2, 500, false, true],
      [1, 500, false, true],
    ]);
    expect(log[2]!.responseBody).toBe('database down');

    const again = webhookDeliverySchema.parse(
      (await api.http.post(`/api/webhooks/${webhook.id}/deliveries/${log[2]!.id}/redeliver`).expect(200)).body,
    );
    expect(again).toMatchObject({ attempt: 4, trigger: 'redelivery', statusCode: 204, messageId: log[0]!.messageId });
    expect(receiver.received[3]!.headers['webhook-id']).toBe(requests[0]!.headers['webhook-id']);
  });

  it('disables the subscription with a visible reason after the last scheduled attempt fails', async () => {
    const webhook = await subscribe(['model.created']);
    receiver.respond(() => ({ status: 503 }));
    await registerModel();
    await receiver.waitFor(4);
    await logUntil(webhook.id, (items) => items.length === 4);
    const [listed] = webhookListSchema
      .parse((await api.http.get('/api/webhooks')).body)
      .filter((w) => w.id === webhook.id);
    expect(listed).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('4 attempts') });
    expect(listed!.disabledReason).toContain('HTTP 503');
    await registerModel();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(receiver.received).toHaveLength(4);

    await api.http.patch(`/api/webhooks/${webhook.id}`).send({ enabled: true }).expect(200);
    receiver.respond(() => ({ status: 200 }));
    await registerModel();
    await receiver.waitFor(5);
  });

  it('disables the subscription at once on 410 Gone', async () => {
    const webhook = await subscribe(['model.created']);
    receiver.respond(() => ({ status: 410, body: 'gone' }));
    await registerModel();
    await receiver.waitFor(1);
    const log = await logUntil(webhook.id, (items) => items.length === 1);
    expect(log[0]).toMatchObject({ statusCode: 410, succeeded: false, nextAttemptAt: null });
    const listed = webhookListSchema.parse((await api.http.get('/api/webhooks')).body).find((w) => w.id === webhook.id);
    expect(listed).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('410 Gone') });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(receiver.received).toHaveLength(1);
  });

  it('posts {text, blocks} to a slack-format subscription', async () => {
    await subscribe(['model.created'], { format: 'slack' });
    const model = await registerModel();
    const [request] = await receiver.waitFor(1);
    expect(request!.json).toEqual({ text: expect.stringContaining(model.name), blocks: expect.any(Array) });
    expect(request!.json['text']).toContain(`http://mmt.example.com/models/${model.id}`);
  });
});

describe('send test event', () => {
  it('delivers a ping and answers with what the receiver said; it is in the log', async () => {
    const webhook = await subscribe(['digest.weekly']);
    receiver.respond(() => ({ status: 202, body: '{"received":true}' }));
    const answer = webhookDeliverySchema.parse(
      (await api.http.post(`/api/webhooks/${webhook.id}/test`).expect(200)).body,
    );
    expect(answer).toMatchObject({
      eventType: 'webhook.test',
      trigger: 'test',
      statusCode: 202,
      responseBody: '{"received":true}',
    });
    expect(receiver.received[0]!.json).toMatchObject({ type: 'webhook.test', data: { webhookId: webhook.id } });
    expect(await deliveries(webhook.id)).toEqual([answer]);
    expect(await api.http.post(`/api/webhooks/${webhook.id}/test`).send()).toMatchObject({ status: 200 });
  });

  it('rotates the secret: the next request is signed with the new one only', async () => {
    const webhook = await subscribe(['digest.weekly']);
    const rotated = webhookWithSecretSchema.parse(
      (await api.http.post(`/api/webhooks/${webhook.id}/rotate-secret`).expect(200)).body,
    );
    expect(rotated.secret).not.toBe(webhook.secret);
    await api.http.post(`/api/webhooks/${webhook.id}/test`).expect(200);
    const [request] = receiver.received;
    const headers = request!.headers as Record<string, string>;
    expect(() => new Webhook(rotated.secret).verify(request!.body, headers)).not.toThrow();
    expect(() => new Webhook(webhook.secret).verify(request!.body, headers)).toThrow();
  });

  it('never lets a slow or huge answer slow the API: a hang times out, a 50 MB body is cut', async () => {
    const webhook = await subscribe(['digest.weekly']);
    receiver.respond(() => 'hang');
    const started = Date.now();
    const test = api.http
      .post(`/api/webhooks/${webhook.id}/test`)
      .expect(200)
      .then((response) => response.body as unknown);
    await receiver.waitFor(1);
    // Meanwhile the API answers everyone else at once.
    const during = Date.now();
    await registerModel();
    await api.http.get('/api/models').expect(200);
    expect(Date.now() - during).toBeLessThan(1_000);
    const hung = webhookDeliverySchema.parse(await test);
    expect(hung).toMatchObject({ statusCode: null, succeeded: false, error: 'No complete answer within 1.5 s' });
    expect(Date.now() - started).toBeLessThan(4_000);

    receiver.respond(() => ({ status: 200, body: Buffer.alloc(50 * 1024 * 1024, 'x') }));
    const big = webhookDeliverySchema.parse((await api.http.post(`/api/webhooks/${webhook.id}/test`).expect(200)).body);
    expect(big).toMatchObject({ statusCode: 200, succeeded: true });
    expect(big.responseBody).toHaveLength(4096);
  });

  it('404s for a webhook or delivery that does not exist', async () => {
    const missing = '4b0e8e8c-1111-4c4c-8888-123456789abc';
    await api.http.post(`/api/webhooks/${missing}/test`).expect(404);
    await api.http.get(`/api/webhooks/${missing}/deliveries`).expect(404);
    const webhook = await subscribe(['digest.weekly']);
    await api.http.post(`/api/webhooks/${webhook.id}/deliveries/${missing}/redeliver`).expect(404);
  });
});

describe('with private networks not allowed', () => {
  let closed: TestApi;
  beforeAll(async () => {
    closed = await startTestApi({ notifications: { allowPrivateNetworks: false } });
  });
  afterAll(async () => {
    await closed?.close();
  });

  it.each([
    ['a host name that resolves to loopback', 'http://localhost:8080/hooks', 'localhost resolves to'],
    ['loopback', 'http://127.0.0.1:8080/hooks', 'loopback'],
    ['a private network', 'https://10.0.0.12/hooks', 'private network'],
    ['the metadata address', 'http://169.254.169.254/', 'cloud metadata'],
  ])('refuses %s', async (_name, url, words) => {
    const response = await closed.http
      .post('/api/webhooks')
      .send({ url, events: ['model.created'] })
      .expect(400);
    expect(response.body.details).toEqual([{ field: 'url', message: expect.stringContaining(words) }]);
  });
});
