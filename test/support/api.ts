import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WEBHOOK_RETRY_SCHEDULE_SECONDS, type Role } from '@mmt/domain';
import supertest from 'supertest';
import { AuthService } from '../../apps/api/src/auth/auth.service.js';
import { createApp, type CreateAppOptions } from '../../apps/api/src/create-app.js';
import type { NotificationOptions } from '../../apps/api/src/notifications/notification-options.js';
import { checkAnswersAgainstContract, type ContractCheck } from './contract.js';
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
  /** Every JSON answer is held to its route's declared schema; `close()` fails on any that was not. */
  contract: ContractCheck;
  /** An agent for a new account of this role, signed in with a session cookie. */
  signedInAs(role: Role): Promise<supertest.Agent & { email: string; password: string }>;
  close(): Promise<void>;
}

/** Notifications as tests want them: receivers on loopback allowed, no email, answers awaited 2 s. */
export function testNotifications(change: Partial<NotificationOptions> = {}): NotificationOptions {
  return {
    allowPrivateNetworks: true,
    secretKey: randomBytes(32),
    smtpUrl: null,
    mailFrom: 'Model Migration Tracker <mmt@example.com>',
    publicUrl: 'http://mmt.example.com',
    retryScheduleSeconds: WEBHOOK_RETRY_SCHEDULE_SECONDS,
    requestTimeoutMs: 2_000,
    runWorkers: true,
    pollingIntervalSeconds: 0.5,
    ...change,
  };
}

type TestApiOptions = Partial<
  Pick<CreateAppOptions, 'logLevel' | 'logDestination' | 'trustProxy' | 'publicUrl' | 'cliBundle'>
> & {
  notifications?: Partial<NotificationOptions>;
};

/**
 * The real app (every module, the real PostgreSQL) on a database of this test file's own, with
 * every JSON answer checked against the schema its route declares.
 */
export async function startTestApi({ notifications, ...options }: TestApiOptions = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const app = await createApp({
    databaseUrl: db.url,
    logLevel: 'silent',
    webDist: null,
    notifications: testNotifications(notifications),
    ...options,
  });
  const contract = checkAnswersAgainstContract(app);
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
    contract,
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
      if (contract.violations.length > 0) {
        throw new Error(`Answers that break the API contract:\n${contract.violations.join('\n')}`);
      }
    },
  };
}
