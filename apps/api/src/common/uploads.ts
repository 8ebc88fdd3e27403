import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RouteConfig } from '@nestjs/platform-fastify';
import { IMPORT_LIMIT_BYTES, MAX_IMPORT_ROWS } from '@mmt/domain';

/** Values in a JSON import: the JSON status report, the richest file it reads, has about 50 per model. */
export const IMPORT_JSON_VALUES = MAX_IMPORT_ROWS * 60;

/** A whole backup, with every model's history. */
export const RESTORE_LIMIT_BYTES = 200 * 1_048_576;
/** Values in a backup: a real one has about one per 22 bytes (9 million in 200 MB); each costs up to 70 bytes parsed. */
export const RESTORE_JSON_VALUES = 16_000_000;

/** Content types read as raw bytes, for the routes that take files (CSV arrives under several names). */
export const RAW_FILE_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'];

export interface UploadRouteConfig {
  uploadLimitBytes?: number;
  /** The most values a JSON body of the route may hold (see json-body.ts). */
  jsonValues?: number;
}

/** Gives one route a larger request body limit than the app's 1 MB, and as many JSON values as its files need. */
export const UploadLimit = (bytes: number, jsonValues: number) =>
  RouteConfig({ uploadLimitBytes: bytes, jsonValues } satisfies UploadRouteConfig);

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
