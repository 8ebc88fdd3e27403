import { z } from 'zod';
import { asOfSchema, REPORT_FORMATS } from '@mmt/domain';
import { optionalParam } from '../common/query-params.js';

export const reportQuerySchema = z.object({
  format: optionalParam(z.enum(REPORT_FORMATS)).transform((value) => value ?? 'json'),
  asOf: optionalParam(asOfSchema),
});
export type ReportQuery = z.output<typeof reportQuerySchema>;
