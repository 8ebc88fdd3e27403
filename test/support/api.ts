import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import supertest from 'supertest';
import { createApp } from '../../apps/api/src/create-app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApi {
  app: NestFastifyApplication;
  http: supertest.Agent;
  db: TestDatabase;
  close(): Promise<void>;
}

/** The real app (every module, the real PostgreSQL) on a database of this test file's own. */
export async function startTestApi(): Promise<TestApi> {
  const db = await createTestDatabase();
  const app = await createApp({ databaseUrl: db.url, logLevel: 'silent', webDist: null });
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: supertest.agent(app.getHttpServer()),
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
