import { z } from 'zod';
import { REPORT_FORMATS } from '../report.js';
import { asOfParam, optionalParam } from './query-params.js';

/** `GET /api/reports/status`: the format (default `json`) and the moment. */
export const reportQuerySchema = z.object({
  format: optionalParam(z.enum(REPORT_FORMATS)).transform((value) => value ?? 'json'),
  asOf: asOfParam,
});
export type ReportQuery = z.output<typeof reportQuerySchema>;
