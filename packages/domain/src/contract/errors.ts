import { z } from 'zod';
import { importProblemSchema, importSummarySchema } from '../import-rows.js';
import { modelSchema } from '../model.js';
import { named } from './registry.js';

export const fieldErrorSchema = named(
  'FieldError',
  z.strictObject({ field: z.string().describe('`name`, `rows[2].framework`, `(body)`…'), message: z.string() }),
);
export type FieldError = z.output<typeof fieldErrorSchema>;

/**
 * The API's one error shape. A stale edit (409) also carries the model as it now is (`current`);
 * a refused import (400) carries every problem with its row and column (`errors`) and the plan's
 * `summary`; a 429 says when to try again.
 */
export const apiErrorSchema = named(
  'Error',
  z.strictObject({
    statusCode: z.number().int().min(400).max(599),
    error: z.string().describe('The status text, e.g. `Not Found`'),
    message: z.string(),
    details: z.array(fieldErrorSchema).optional().describe('One entry per field with bad input'),
    current: modelSchema.optional(),
    errors: z.array(importProblemSchema).optional(),
    summary: importSummarySchema.optional(),
    retryAfterSeconds: z.number().int().positive().optional().describe('429: when the next attempt can succeed'),
  }),
);
export type ApiErrorBody = z.output<typeof apiErrorSchema>;
