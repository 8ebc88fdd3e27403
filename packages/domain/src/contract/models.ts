import { z } from 'zod';
import { FRAMEWORK_FAMILIES } from '../family.js';
import { createModelSchema, modelEventSchema, modelSchema, updateModelSchema } from '../model.js';
import { FRAMEWORKS, LIFECYCLES, VERDICT_STATUSES } from '../vocabularies.js';
import { exceptionViewSchema } from './exceptions.js';
import { CODE_STATES, codeDriftSchema } from './scans.js';
import { countSchema } from './fields.js';
import { asOfParam, listParam, optionalParam, pageParams, textParam } from './query-params.js';
import { named } from './registry.js';

named('CreateModelBody', createModelSchema, 'input');
named('UpdateModelBody', updateModelSchema, 'input');

export const MODEL_SORTS = [
  'name',
  'team',
  'framework',
  'family',
  'lifecycle',
  'startedOn',
  'updatedAt',
  'verdict',
] as const;
export type ModelSort = (typeof MODEL_SORTS)[number];

/** `GET /api/models`: filters (each a list, comma-separated), search, the moment, sort and page. */
export const listModelsQuerySchema = z.object({
  framework: listParam(FRAMEWORKS),
  family: listParam(FRAMEWORK_FAMILIES),
  lifecycle: listParam(LIFECYCLES),
  verdict: listParam(VERDICT_STATUSES),
  code: listParam(CODE_STATES).describe(
    'What the latest scan says: `disagrees` (with the registry), `agrees`, `unscanned`; comma-separated',
  ),
  team: textParam(100),
  q: textParam(200),
  asOf: asOfParam,
  sort: optionalParam(z.enum(MODEL_SORTS)).transform((value) => value ?? 'name'),
  order: optionalParam(z.enum(['asc', 'desc'])).transform((value) => value ?? 'asc'),
  ...pageParams,
});
export type ListModelsQuery = z.output<typeof listModelsQuerySchema>;

export const modelPageSchema = named(
  'ModelPage',
  z.strictObject({
    items: z.array(modelSchema),
    total: countSchema,
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  }),
);
export type ModelPage = z.output<typeof modelPageSchema>;

/** One model with every exception it has had, each in its state at the moment asked about. */
export const modelDetailSchema = named(
  'ModelDetail',
  modelSchema.extend({
    exceptions: z.array(exceptionViewSchema),
    codeDrift: codeDriftSchema.nullable().describe('Set when the latest scan disagrees with the registry'),
  }),
);
export type ModelDetail = z.output<typeof modelDetailSchema>;

export const modelHistorySchema = named(
  'ModelHistory',
  z.strictObject({ items: z.array(modelEventSchema).describe('Newest first') }),
);
export type ModelHistory = z.output<typeof modelHistorySchema>;
