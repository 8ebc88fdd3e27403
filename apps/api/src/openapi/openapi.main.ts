import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module.js';
import { findRepoRoot } from '../database/repo-paths.js';
import { notificationOptionsFromEnv } from '../notifications/notification-options.js';
import { API_PREFIX, openApiDocument } from './openapi-document.js';
import { UNPREFIXED_ROUTES } from './routes.js';

// `npm run openapi`: the committed openapi.json, from the controllers alone. Creating the app
// builds the controllers and services but connects to nothing, so no database is needed.
// A key given here keeps the generator from writing a key file.
const notifications = await notificationOptionsFromEnv(
  { WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64') },
  () => {},
);
const app = await NestFactory.create(
  AppModule.forRoot({ databaseUrl: 'postgresql://localhost/not-connected', logLevel: 'silent', notifications }),
  new FastifyAdapter(),
  { logger: ['error', 'warn'], abortOnError: false },
);
app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
const file = path.join(findRepoRoot(), 'openapi.json');
await writeFile(file, `${JSON.stringify(openApiDocument(app), null, 2)}\n`);
await app.close();
console.log(`[mmt] Wrote ${file}`);
