import { z } from 'zod';
import { FRAMEWORK_FAMILIES } from '../family.js';
import { createModelSchema, modelEventSchema, modelSchema, updateModelSchema, verdictSchema } from '../model.js';
import { FRAMEWORKS, KNOWN_FRAMEWORKS, LIFECYCLES, VERDICT_STATUSES } from '../vocabularies.js';
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

/**
 * `GET /api/models/:id/verdict`: the verdict the model gets now, or (with `framework`) the one it
 * would get running that framework instead of the registered one — what `mmt check` asks.
 */
export const modelVerdictQuerySchema = z
  .object({
    framework: optionalParam(z.enum(KNOWN_FRAMEWORKS)).describe('Judge the model as if it ran this framework'),
    frameworkVersion: textParam(40).describe('With `framework`: its version (default: none recorded)'),
  })
  .superRefine((query, ctx) => {
    if (query.frameworkVersion !== undefined && query.framework === undefined) {
      ctx.addIssue({ code: 'custom', path: ['frameworkVersion'], message: 'needs framework' });
    }
  });
export type ModelVerdictQuery = z.output<typeof modelVerdictQuerySchema>;

const judgedStateSchema = z.strictObject({
  framework: z.enum(FRAMEWORKS),
  frameworkVersion: z.string(),
  family: z.enum(FRAMEWORK_FAMILIES),
  verdict: verdictSchema,
});

export const modelVerdictSchema = named(
  'ModelVerdict',
  z.strictObject({
    modelId: z.uuid(),
    name: z.string(),
    registered: judgedStateSchema.describe('The model as registered, and its verdict now'),
    judged: judgedStateSchema.describe(
      'The model with the framework asked about in place of the registered one (the registered one when none was asked), under the policy in force and its exceptions',
    ),
  }),
);
export type ModelVerdict = z.output<typeof modelVerdictSchema>;
