import { z } from 'zod';
import { asOfSchema, FRAMEWORK_FAMILIES, FRAMEWORKS, LIFECYCLES, VERDICT_STATUSES } from '@mmt/domain';
import { listParam, optionalParam, pageParams, textParam } from '../../common/query-params.js';

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

export const listModelsQuerySchema = z.object({
  framework: listParam(FRAMEWORKS),
  family: listParam(FRAMEWORK_FAMILIES),
  lifecycle: listParam(LIFECYCLES),
  verdict: listParam(VERDICT_STATUSES),
  team: textParam(100),
  q: textParam(200),
  asOf: optionalParam(asOfSchema),
  sort: optionalParam(z.enum(MODEL_SORTS)).transform((value) => value ?? 'name'),
  order: optionalParam(z.enum(['asc', 'desc'])).transform((value) => value ?? 'asc'),
  ...pageParams,
});
export type ListModelsQuery = z.output<typeof listModelsQuerySchema>;

export const asOfQuerySchema = z.object({ asOf: optionalParam(asOfSchema) });
export type AsOfQuery = z.output<typeof asOfQuerySchema>;
