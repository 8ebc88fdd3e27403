import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from './app.module.js';
import type { TrustedProxies } from './auth/client-address.js';
import { HttpErrorFilter, toErrorBody } from './common/http-error.filter.js';
import { registerJsonBodies } from './common/json-body.js';
import { registerSecurityHeaders } from './common/security-headers.js';
import { validationPipe } from './common/validation.js';
import { registerUploads } from './common/uploads.js';
import { limitSlowClients, SLOW_CLIENT_LIMITS, type SlowClientLimits } from './common/slow-clients.js';
import { findRepoRoot } from './database/repo-paths.js';
import { API_PREFIX, openApiDocument } from './openapi/openapi-document.js';
import { UNPREFIXED_ROUTES } from './openapi/routes.js';

export const BODY_LIMIT_BYTES = 1_048_576;

export interface CreateAppOptions extends AppOptions {
  /** The built dashboard to serve at `/`; default `apps/web/dist` when it exists. */
  webDist?: string | null;
  /** Origins allowed to call the API from a browser (CORS); none unless configured. */
  corsOrigins?: string[];
  /** Proxies whose X-Forwarded-* headers are believed (TRUST_PROXY); none by default. */
  trustProxy?: TrustedProxies;
  /** How long slow clients are waited for; tests shorten them. */
  slowClients?: SlowClientLimits;
}

function defaultWebDist(): string | null {
  const dist = path.join(findRepoRoot(), 'apps', 'web', 'dist');
  return existsSync(path.join(dist, 'index.html')) ? dist : null;
}

/** The whole HTTP app, configured the same way for `npm start` and for the tests. */
export async function createApp(options: CreateAppOptions): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: options.trustProxy ?? false });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // Bodies are JSON (read by registerJsonBodies) or files (registerUploads); nothing else.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  limitSlowClients(app, options.slowClients ?? SLOW_CLIENT_LIMITS);
  await app.register(fastifyCookie);
  await registerSecurityHeaders(app);
  if (options.corsOrigins && options.corsOrigins.length > 0)
    app.enableCors({ origin: options.corsOrigins, credentials: true });
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new HttpErrorFilter());
  registerJsonBodies(app);
  await registerUploads(app);

  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs/json' });

  const webDist = options.webDist === undefined ? defaultWebDist() : options.webDist;
  if (webDist) await serveDashboard(app, webDist);
  await app.init();
  return app;
}

/** Serves the built web app; any other GET outside /api gets index.html (client-side routes). */
async function serveDashboard(app: NestFastifyApplication, root: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyStatic, { root, wildcard: false });
  fastify.get('/*', (request, reply) => {
    if (request.url.startsWith('/api')) {
      const body = toErrorBody({ statusCode: 404, message: `Route GET ${request.url.split('?')[0]} not found` });
      return reply.status(404).send(body);
    }
    return reply.sendFile('index.html');
  });
}
