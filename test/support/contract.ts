import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { apiErrorSchema } from '@mmt/domain';
import type { z } from 'zod';
import { registeredRoutes, routeKey, type Route } from './routes.js';

/** Where a JSON answer departs from what its route declares, or null when it keeps to it. */
export function contractProblem(route: Route | undefined, status: number, body: unknown): string | null {
  // Answers from outside the controllers (the OpenAPI document itself) are not part of the contract.
  if (!route && status < 400) return null;
  const where = `${route ? routeKey(route) : 'an unknown route'} answered ${status}`;
  const declared = route?.responses.find((response) => response.status === status);
  const schema: z.ZodType | undefined = declared?.schema ?? (status >= 400 ? apiErrorSchema : undefined);
  if (!schema) {
    const statuses = route?.responses.map((response) => response.status).join(', ') || 'nothing';
    return `${where} with JSON, but declares ${statuses}`;
  }
  const result = schema.safeParse(body);
  if (result.success) return null;
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  return `${where} with a body its schema refuses — ${issues.join('; ')}`;
}

export interface ContractCheck {
  /** Every answer so far that did not match its route's declared schema. */
  readonly violations: string[];
}

/**
 * Holds every JSON answer the app gives to the schema its route declares (errors to the one
 * error shape). An answer that does not match goes out as a 500 naming the problem, and is kept
 * for the test file to fail on. Must be called before the app is ready.
 */
export function checkAnswersAgainstContract(app: NestFastifyApplication): ContractCheck {
  const routes = new Map(registeredRoutes(app).map((route) => [routeKey(route), route]));
  const violations: string[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      const mediaType = String(reply.getHeader('content-type') ?? '').split(';')[0];
      // Streamed files (a backup, a large CSV) are not read here; the tests that download them check them.
      if (mediaType !== 'application/json' || !(typeof payload === 'string' || Buffer.isBuffer(payload)))
        return payload;
      if (payload.length === 0) return payload;
      const route = routes.get(`${request.method} ${request.routeOptions.url}`);
      const problem = contractProblem(route, reply.statusCode, JSON.parse(payload.toString()));
      if (!problem) return payload;
      violations.push(problem);
      void reply.code(500);
      return JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: problem });
    });
  return { violations };
}

interface OpenApiDocument {
  components: { schemas: Record<string, unknown> };
}

/** A schema of the OpenAPI document, its component when it is a reference. */
export function resolveSchema(document: OpenApiDocument, schema: { $ref?: string }): Record<string, unknown> {
  const name = schema.$ref?.replace('#/components/schemas/', '');
  return (name === undefined ? schema : document.components.schemas[name]) as Record<string, unknown>;
}
