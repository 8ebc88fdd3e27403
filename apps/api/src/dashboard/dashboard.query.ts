import { z } from 'zod';
import { asOfSchema } from '@mmt/domain';
import { optionalParam } from '../common/query-params.js';

export const MAX_WEEKS = 1_000;

export const dashboardQuerySchema = z.object({
  asOf: optionalParam(asOfSchema),
  /** Unset: the whole story when it is short enough, else three years (`storyRange`). */
  weeks: optionalParam(z.union([z.literal('all'), z.coerce.number().int().min(1).max(MAX_WEEKS)])),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
