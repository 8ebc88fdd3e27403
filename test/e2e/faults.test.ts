import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres.js';
import type { RunningDatabase } from '../../apps/api/src/database/embedded-postgres.js';
import { newModel } from '../support/factories.js';
import { freePort, startServer, type RunningServer } from '../support/server.js';

// A PostgreSQL of this file's own, so it can be stopped and started under the running API.
let dataDir: string;
let port: number;
let database: RunningDatabase;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'mmt-faults-'));
  port = await freePort();
  database = await startEmbeddedPostgres({ dataDir, port });
});
afterAll(async () => {
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  status: number;
  ms: number;
  id?: string;
}

/** Registers models one after another until told to stop, recording every answer and its time. */
function writeStream(server: RunningServer, label: string) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = (async () => {
    for (let index = 0; running; index += 1) {
      const started = Date.now();
      try {
        const response = await server.api('/api/models', {
          method: 'POST',
          body: newModel({ name: `${label} ${index}` }),
        });
        const body = (await response.json()) as { id?: string };
        outcomes.push({ status: response.status, ms: Date.now() - started, id: body.id });
      } catch {
        outcomes.push({ status: 0, ms: Date.now() - started });
        await sleep(50);
      }
    }
  })();
  return {
    outcomes,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

async function expectAllPresent(server: RunningServer, outcomes: Outcome[]) {
  const acknowledged = outcomes.filter((outcome) => outcome.status === 201);
  expect(acknowledged.length).toBeGreaterThan(0);
  for (const { id } of acknowledged) {
    const history = await server.api(`/api/models/${id}/history`);
    expect(history.status).toBe(200);
    expect(((await history.json()) as { items: unknown[] }).items).toHaveLength(1);
  }
}

describe('the database going away', () => {
  it('fails fast with 503 while it is down, reports it in health, and recovers without a restart', async () => {
    const server = await startServer({ DATABASE_URL: database.connectionString, SEED_DEMO: 'false' });
    try {
      const writers = [writeStream(server, 'Before fault A'), writeStream(server, 'Before fault B')];
      await sleep(1_000);
      const stoppedAt = Date.now();
      await database.stop();

      let healthDownAfter: number | null = null;
      while (healthDownAfter === null && Date.now() - stoppedAt < 5_000) {
        const health = await fetch(`${server.url}/api/health`);
        if (health.status === 503) {
          expect(await health.json()).toMatchObject({ database: 'down' });
          healthDownAfter = Date.now() - stoppedAt;
        }
      }
      expect(healthDownAfter).not.toBeNull();
      expect(healthDownAfter!).toBeLessThan(2_000);
      await sleep(1_500);
      const whileDown = writers.flatMap((writer) => writer.outcomes.filter((outcome) => outcome.status === 503));
      expect(whileDown.length).toBeGreaterThan(0);
      // Failing fast: no request hangs for long while the database is down.
      expect(Math.max(...whileDown.map((outcome) => outcome.ms))).toBeLessThan(5_000);
      const answered = writers.flatMap((writer) => writer.outcomes);
      expect(
        answered.filter((outcome) => outcome.status !== 201 && outcome.status !== 503),
        server
          .output()
          .split('\n')
          .filter((line) => line.includes('"level":50'))
          .map((line) => String((JSON.parse(line) as { msg?: string }).msg).slice(0, 500))
          .join('\n'),
      ).toEqual([]);

      database = await startEmbeddedPostgres({ dataDir, port });
      const recoveredBy = Date.now() + 15_000;
      let recovered = false;
      while (!recovered && Date.now() < recoveredBy) {
        recovered = (await fetch(`${server.url}/api/health`)).status === 200;
        if (!recovered) await sleep(200);
      }
      expect(recovered).toBe(true);
      await sleep(500);
      await Promise.all(writers.map((writer) => writer.stop()));
      const afterRecovery = writers.flatMap((writer) => writer.outcomes.slice(-3));
      expect(afterRecovery.every((outcome) => outcome.status === 201)).toBe(true);
      await expectAllPresent(
        server,
        writers.flatMap((writer) => writer.outcomes),
      );
    } finally {
      await server.stop();
    }
  });
});

describe('the API crashing', () => {
  it('loses no acknowledged write and leaves no model without its event after SIGKILL', async () => {
    const env = {
      DATABASE_URL: database.connectionString,
      SEED_DEMO: 'false',
      BOOTSTRAP_ADMIN_TOKEN: `crash-test-${Date.now()}-token-value`,
    };
    const first = await startServer(env);
    const writers = [writeStream(first, 'Crash A'), writeStream(first, 'Crash B'), writeStream(first, 'Crash C')];
    await sleep(1_500);
    await first.kill();
    await Promise.all(writers.map((writer) => writer.stop()));

    const second = await startServer(env);
    try {
      await expectAllPresent(
        second,
        writers.flatMap((writer) => writer.outcomes),
      );
      const orphans = await second.api('/api/models?q=Crash&pageSize=500');
      const listed = (await orphans.json()) as { items: { id: string; version: number }[] };
      for (const model of listed.items) {
        const history = (await (await second.api(`/api/models/${model.id}/history`)).json()) as {
          items: { version: number }[];
        };
        expect(history.items.map((event) => event.version)).toEqual([model.version]);
      }
    } finally {
      await second.stop();
    }
  });
});
