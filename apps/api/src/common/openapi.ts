import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Documents a request body from the same zod schema that validates it. */
export const ApiZodBody = (schema: z.ZodType) => ApiBody({ schema: jsonSchemaOf(schema) });

/** Documents each query parameter of a zod object schema. */
export function ApiZodQuery(schema: z.ZodObject) {
  return applyDecorators(
    ...Object.entries(schema.shape).map(([name, field]) =>
      ApiQuery({ name, required: false, schema: jsonSchemaOf(field as z.ZodType) }),
    ),
  );
}

/** Documents an answer from the zod schema that describes it (and that tests hold the answer to). */
export const ApiZodResponse = (status: number, schema: z.ZodType, description = '') =>
  ApiResponse({ status, description, schema: jsonSchemaOf(schema) });
