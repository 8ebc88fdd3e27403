import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@mmt/domain';
import supertest from 'supertest';
import { AuthService } from '../../apps/api/src/auth/auth.service.js';
import { createApp, type CreateAppOptions } from '../../apps/api/src/create-app.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApi {
  app: NestFastifyApplication;
  /** Where the app listens: 127.0.0.1, so a client may connect from any other loopback address. */
  baseUrl: string;
  /** Signed in as an admin (the bootstrap token). */
  http: supertest.Agent;
  /** No credentials at all. */
  anonymous: supertest.Agent;
  adminToken: string;
  db: TestDatabase;
  /** An agent for a new account of this role, signed in with a session cookie. */
  signedInAs(role: Role): Promise<supertest.Agent & { email: string; password: string }>;
  close(): Promise<void>;
}

type TestApiOptions = Partial<Pick<CreateAppOptions, 'logLevel' | 'logDestination' | 'trustProxy' | 'publicUrl'>>;

/** The real app (every module, the real PostgreSQL) on a database of this test file's own. */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const app = await createApp({ databaseUrl: db.url, logLevel: 'silent', webDist: null, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await app.getUrl();
  const adminToken = `test-admin-${randomBytes(16).toString('hex')}`;
  await app.get(AuthService).bootstrap({ BOOTSTRAP_ADMIN_TOKEN: adminToken }, () => {});
  const http = supertest.agent(baseUrl).set('Authorization', `Bearer ${adminToken}`);
  let accounts = 0;
  return {
    app,
    baseUrl,
    http,
    anonymous: supertest.agent(baseUrl),
    adminToken,
    db,
    signedInAs: async (role) => {
      accounts += 1;
      const email = `${role}${accounts}@example.com`;
      const password = `correct horse ${randomBytes(6).toString('hex')}`;
      await http
        .post('/api/users')
        .send({ email, name: `${role} ${accounts}`, role, password })
        .expect(201);
      const agent = supertest.agent(baseUrl);
      await agent.post('/api/auth/login').send({ email, password }).expect(200);
      return Object.assign(agent, { email, password });
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
