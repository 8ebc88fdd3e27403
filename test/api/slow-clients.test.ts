import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../apps/api/src/create-app.js';
import { startTestApi, testNotifications, type TestApi } from '../support/api.js';
import { newModel } from '../support/factories.js';

let api: TestApi;
const MODELS = 5_000;

const portOf = (app: NestFastifyApplication) => (app.getHttpServer().address() as AddressInfo).port;

beforeAll(async () => {
  api = await startTestApi();
  // Raw sockets need a port.
  if (!api.app.getHttpServer().listening) await api.app.listen({ port: 0, host: '127.0.0.1' });
  // About 17 MB of backup and of CSV report: far more than the socket buffers of a client that
  // reads nothing, so a download that waited for its client would wait there for good.
  const description = 'A long description of what this model does. '.repeat(70);
  for (const part of [0, 1]) {
    const rows = Array.from(
      { length: MODELS / 2 },
      (_, index) => `Slow ${part}-${index},Team ${index % 9},pytorch,development,2022-03-01,"${description}"`,
    );
    await api.http
      .post('/api/imports')
      .set('content-type', 'text/csv')
      .send(['name,team,framework,lifecycle,startedOn,description', ...rows].join('\n'))
      .expect(201);
  }
}, 300_000);
afterAll(async () => {
  await api?.close();
});

/** A download whose client sent its request and then reads nothing, ever. */
async function stalledDownload(port: number, path: string): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => {});
  await once(socket, 'connect');
  socket.pause();
  socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${api.adminToken}\r\n\r\n`);
  return socket;
}

/** Transactions open on this test's database, other than the one asking. */
async function openTransactions(): Promise<number> {
  const [row] = await api.db.query<{ open: string }>(
    `SELECT count(*) AS open FROM pg_stat_activity
     WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
  );
  return Number(row!.open);
}

describe('slow and stalled clients', () => {
  it('a dozen downloads nobody reads hold no connection: everyone else is answered at once, and correctly', async () => {
    const port = portOf(api.app);
    const stalled = await Promise.all([
      ...Array.from({ length: 9 }, () => stalledDownload(port, '/api/export')),
      ...Array.from({ length: 3 }, () => stalledDownload(port, '/api/reports/status?format=csv')),
    ]);
    try {
      // The files are written at the database's pace; after that no transaction stays open.
      await vi.waitFor(async () => expect(await openTransactions()).toBe(0), { timeout: 60_000, interval: 250 });

      const started = performance.now();
      const [list, compliance, created, backup, csv] = await Promise.all([
        api.http.get('/api/models?q=Slow&pageSize=5').expect(200),
        api.http.get('/api/compliance?asOf=2030-01-01').expect(200),
        api.http
          .post('/api/models')
          .send(newModel({ name: 'Written while others stall' }))
          .expect(201),
        // The same downloads as the stalled ones, read to the end: they never wait for those.
        api.http.get('/api/export').buffer(true).expect(200),
        api.http.get('/api/reports/status?format=csv').buffer(true).expect(200),
      ]);
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(list.body.total).toBe(MODELS);
      // The write above runs alongside: the answer may have been computed before or after it.
      expect(compliance.body.total).toBeGreaterThanOrEqual(MODELS);
      expect(created.body.name).toBe('Written while others stall');
      expect((JSON.parse(backup.text) as { models: unknown[] }).models.length).toBeGreaterThanOrEqual(MODELS);
      expect(csv.text.split('\r\n').filter((line) => line.startsWith('Slow ')).length).toBe(MODELS);
      // None stays open (the create's notification relay or a job poll may be closing one just now).
      await vi.waitFor(async () => expect(await openTransactions()).toBe(0), { timeout: 10_000, interval: 100 });
    } finally {
      stalled.forEach((socket) => socket.destroy());
    }
  }, 120_000);

  it('cuts off a download its client stopped taking, and lets its file go', async () => {
    const impatient = await createApp({
      databaseUrl: api.db.url,
      logLevel: 'silent',
      webDist: null,
      notifications: testNotifications(),
      slowClients: { headersMs: 5_000, requestMs: 10_000, sendIdleMs: 1_000 },
    });
    await impatient.listen({ port: 0, host: '127.0.0.1' });
    try {
      const server = impatient.getHttpServer();
      const connections = () =>
        new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count)));
      const socket = await stalledDownload(portOf(impatient), '/api/export');
      await vi.waitFor(async () => expect(await connections()).toBe(1));
      await vi.waitFor(async () => expect(await connections()).toBe(0), { timeout: 30_000, interval: 250 });
      socket.destroy();
    } finally {
      await impatient.close();
    }
  }, 60_000);
});
