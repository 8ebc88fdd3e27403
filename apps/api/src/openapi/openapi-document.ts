import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type ResponsesObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { contractSchemas, schemaNamed } from '@mmt/domain';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/auth.service.js';
import { JSON_SCHEMA_OPTIONS, jsonSchemaOf, schemaRef, withoutLoneAllOf } from '../common/openapi.js';
import { registeredRoutes, type Route } from './routes.js';

export const API_PREFIX = 'api';

const TAGS: Record<string, string> = {
  health: 'Whether the server and its database answer',
  auth: 'Signing in and out, and who is signed in',
  users: 'Accounts (admins)',
  tokens: 'API tokens for scripts',
  models: 'The registry: every model, its history and its verdict',
  exceptions: 'Time-limited exceptions to the policy, per model',
  policy: 'The framework policy and its versions',
  compliance: 'Every verdict at a moment, with the counts',
  dashboard: 'KPIs and weekly series for the Overview page',
  reviews: 'Weekly reviews and what changed since the last one',
  reports: 'The status report as a file',
  charts: "The report's charts as SVG images",
  badges: 'Signed SVG badges for READMEs, and the links to them',
  imports: 'Registering and updating models from a file',
  backup: 'The whole instance as one file, and back',
  webhooks: 'Sending events to other systems (admins), and their delivery logs',
  digest: 'The weekly digest: when it goes out, and who gets it by email',
  cli: 'The `mmt` command line, as one file to run with node',
};

/** Errors most routes can give, written once and referred to by each operation. */
const ERRORS = {
  400: ['BadRequest', 'The input is invalid; `details` names each field. Nothing was written.'],
  401: ['Unauthorized', 'No session cookie or API token, or one that is no longer valid'],
  403: ['Forbidden', "The caller's role is not enough, or a session-cookie change came from another site"],
  404: ['NotFound', 'No record has this id'],
} as const;

/** Every schema the contract names, each as its side of the wire reads it (request bodies as written). */
function namedSchemas(): Record<string, SchemaObject> {
  const convert = (io: 'input' | 'output') =>
    z.toJSONSchema(contractSchemas, { ...JSON_SCHEMA_OPTIONS, io, uri: (id) => schemaRef(id).$ref }).schemas;
  const sides = { input: convert('input'), output: convert('output') };
  const ids = Object.keys(sides.output).sort();
  return Object.fromEntries(
    ids.map((id) => {
      const io = contractSchemas.get(schemaNamed(id)!)?.io ?? 'output';
      const { $id: _id, ...jsonSchema } = sides[io][id]!;
      return [id, withoutLoneAllOf(jsonSchema) as SchemaObject];
    }),
  );
}

/** The errors an operation can give because of who calls it and what it takes. */
function commonErrors(route: Route, operation: OperationObject): ResponsesObject {
  const takesInput =
    operation.requestBody !== undefined ||
    (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in === 'query');
  const statuses = [
    takesInput ? 400 : null,
    route.isPublic ? null : 401,
    !route.isPublic && (route.role !== 'viewer' || route.method !== 'GET') ? 403 : null,
    route.path.includes('/:') ? 404 : null,
  ].filter((status): status is keyof typeof ERRORS => status !== null);
  return Object.fromEntries(
    statuses.map((status) => [status, { $ref: `#/components/responses/${ERRORS[status][0]}` }]),
  );
}

/**
 * The OpenAPI document, from the controllers' decorators and the domain's zod schemas: every
 * operation with its answers and errors, every named schema as a component. Needs no database.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Model Migration Tracker API')
    .setDescription('Every ML model the team runs, judged against the framework migration policy.')
    .setVersion('1')
    // Paths start with /api: the server is wherever the document was read from.
    .addServer('/')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API token (Account → My API tokens)' }, 'token')
    .addCookieAuth(
      SESSION_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'The session of a signed-in person' },
      'session',
    )
    .addSecurityRequirements('token')
    .addSecurityRequirements('session');
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    standardSchemaConverter: (schema, { schemaType }) =>
      schema instanceof z.ZodType ? { schema: jsonSchemaOf(schema, schemaType) } : undefined,
  });

  document.components = {
    ...document.components,
    schemas: namedSchemas(),
    responses: Object.fromEntries(
      Object.values(ERRORS).map(([name, description]) => [
        name,
        { description, content: { 'application/json': { schema: schemaRef('Error') } } },
      ]),
    ),
  };
  for (const route of registeredRoutes(app, API_PREFIX)) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const operation = document.paths[path]?.[route.method.toLowerCase() as 'get'];
    if (!operation) throw new Error(`The OpenAPI document has no operation for ${route.method} ${route.path}`);
    if (route.isPublic) operation.security = [];
    operation.responses = { ...commonErrors(route, operation), ...operation.responses };
  }
  return document;
}
