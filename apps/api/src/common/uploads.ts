import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RouteConfig } from '@nestjs/platform-fastify';
import { IMPORT_LIMIT_BYTES } from '@mmt/domain';

/** A whole backup, with every model's history. */
export const RESTORE_LIMIT_BYTES = 200 * 1_048_576;

/** Content types read as raw bytes, for the routes that take files (CSV arrives under several names). */
export const RAW_FILE_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'];

interface UploadRouteConfig {
  uploadLimitBytes?: number;
}

/** Gives one route a larger request body limit than the app's 1 MB. */
export const UploadLimit = (bytes: number) => RouteConfig({ uploadLimitBytes: bytes } satisfies UploadRouteConfig);

/**
 * Lets file routes receive files: raw CSV bodies, multipart uploads, and their larger limits.
 * Must run before the routes are registered (before `app.init()`).
 */
export async function registerUploads(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as UploadRouteConfig | undefined)?.uploadLimitBytes;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
  fastify.addContentTypeParser(RAW_FILE_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  await app.register(multipart, { limits: { fileSize: IMPORT_LIMIT_BYTES, files: 1, fields: 20, parts: 25 } });
}
