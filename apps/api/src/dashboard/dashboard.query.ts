import { z } from 'zod';
import { asOfSchema } from '@mmt/domain';
import { optionalParam } from '../common/query-params.js';

/** The longest weekly series, `weeks=all` included (its latest weeks): 38 years, back to the 1990 floor. */
export const MAX_WEEKS = 2_000;

export const dashboardQuerySchema = z.object({
  asOf: optionalParam(asOfSchema),
  weeks: optionalParam(z.union([z.literal('all'), z.coerce.number().int().min(1).max(MAX_WEEKS)])).transform(
    (weeks) => weeks ?? 52,
  ),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
