import { STATUS_CODES } from 'node:http';
import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import { apiErrorSchema, contractSchemas } from '@mmt/domain';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);
// A format says it; zod's long regular expressions for it would only add noise to the document.
const FORMATS_WITH_PATTERN = new Set(['date', 'date-time', 'uuid', 'email']);

const isNullableObject = (schema: z.core.$ZodType) => {
  const { def } = schema._zod;
  return def.type === 'nullable' && (def as z.core.$ZodNullableDef).innerType._zod.def.type === 'object';
};

/** Zod → JSON Schema as OpenAPI 3.0 reads it, without the bounds and patterns that say nothing. */
export const JSON_SCHEMA_OPTIONS = {
  target: 'openapi-3.0',
  unrepresentable: 'any',
  override: ({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) => {
    for (const bound of ['minimum', 'maximum'])
      if (SAFE_INTEGER_BOUNDS.has(jsonSchema[bound] as number)) delete jsonSchema[bound];
    if (FORMATS_WITH_PATTERN.has(jsonSchema['format'] as string)) delete jsonSchema['pattern'];
    // OpenAPI 3.0's `nullable` only counts beside a `type`; a nullable reference would lose it.
    if (isNullableObject(zodSchema)) jsonSchema['type'] = 'object';
  },
} as const;

export const schemaRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** `{ allOf: [schema] }` with nothing beside it (how zod wraps a reference) says no more than the schema. */
export function withoutLoneAllOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLoneAllOf);
  if (typeof value !== 'object' || value === null) return value;
  const object = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, withoutLoneAllOf(child)]));
  const allOf = object['allOf'] as unknown[] | undefined;
  return Object.keys(object).length === 1 && allOf?.length === 1 ? allOf[0] : object;
}

/** A schema the contract names as a reference to its component; any other written out. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const meta = contractSchemas.get(schema);
  if (meta) return schemaRef(meta.id);
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { ...JSON_SCHEMA_OPTIONS, io }) as JsonSchema;
  return withoutLoneAllOf(rest) as JsonSchema;
}

/** What one route answers, as its decorators declare it: read by the document and by the contract tests. */
export interface DeclaredResponse {
  status: number;
  /** The JSON body's schema (a JSON download's too); none for an empty answer or a file that is not JSON. */
  schema?: z.ZodType;
}

const DECLARED_RESPONSES = Symbol('declared responses');

export const declaredResponses = (handler: object): readonly DeclaredResponse[] =>
  (Reflect.getMetadata(DECLARED_RESPONSES, handler) as DeclaredResponse[] | undefined) ?? [];

function declare(handler: object, response: DeclaredResponse): void {
  Reflect.defineMetadata(DECLARED_RESPONSES, [...declaredResponses(handler), response], handler);
}

/** Server-side values that JSON writes as `T`: a Date where `T` has a string (its ISO form), any string for a literal. */
export type Sent<T> = T extends string
  ? string | Date
  : T extends readonly (infer Item)[]
    ? readonly Sent<Item>[]
    : T extends object
      ? { [K in keyof T]: Sent<T[K]> }
      : T;

/** A handler whose answer JSON writes as `T`, or that returns JSON already written (a kept answer). */
type Answering<T> = (...args: never[]) => Sent<T> | Buffer | Promise<Sent<T> | Buffer>;

/**
 * Declares a JSON answer with its zod schema: documented in OpenAPI as a reference to the schema's
 * component, checked against the handler's return type by the compiler, and against real answers
 * by the contract tests.
 */
export function ApiZodResponse<S extends z.ZodType>(status: number, schema: S, description = STATUS_CODES[status]) {
  const id = contractSchemas.get(schema)?.id;
  if (!id) throw new Error(`Name the ${status} response schema with named() so the OpenAPI document lists it`);
  return <H extends Answering<z.output<S>>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ) => {
    declare(descriptor.value!, { status, schema });
    ApiResponse({ status, description: description ?? '', content: { 'application/json': { schema: schemaRef(id) } } })(
      target,
      key,
      descriptor,
    );
  };
}

/** Declares an answer with no body (204). */
export function ApiEmptyResponse(status: number, description: string): MethodDecorator {
  return (target, key, descriptor) => {
    declare(descriptor.value as object, { status });
    ApiResponse({ status, description })(target, key, descriptor);
  };
}

/** A file's content: a zod schema for JSON, `text` or `binary` for the rest. */
type FileContent = z.ZodType | 'text' | 'binary';

/** Declares a download (`Content-Disposition: attachment`): one body per media type it can come as. */
export function ApiFileResponse(status: number, description: string, content: Record<string, FileContent>) {
  const json = Object.values(content).find((body): body is z.ZodType => typeof body !== 'string');
  return applyDecorators(
    (target: object, key: string | symbol, descriptor: PropertyDescriptor) =>
      declare(descriptor.value as object, { status, schema: json }),
    ApiProduces(...Object.keys(content)),
    ApiResponse({
      status,
      description,
      headers: {
        'Content-Disposition': {
          description: 'attachment; filename="…" — what the file is, and the date it describes',
          schema: { type: 'string' },
        },
      },
      content: Object.fromEntries(
        Object.entries(content).map(([mediaType, body]) => [
          mediaType,
          {
            schema:
              body === 'text'
                ? { type: 'string' }
                : body === 'binary'
                  ? { type: 'string', format: 'binary' }
                  : jsonSchemaOf(body, 'output'),
          },
        ]),
      ),
    }),
  );
}

/** Declares an error this route gives for a reason of its own (409, 413, 429…), in the API's one error shape. */
export const ApiErrorResponse = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/json': { schema: jsonSchemaOf(apiErrorSchema, 'output') } },
  });
