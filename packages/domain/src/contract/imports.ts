import { z } from 'zod';
import { optionalParam } from './query-params.js';

/** `POST /api/imports`: `dryRun=true` shows what would happen and writes nothing. */
export const importQuerySchema = z.object({
  dryRun: optionalParam(z.enum(['true', 'false'], { message: 'must be true or false' })).transform(
    (value) => value === 'true',
  ),
});
export type ImportQuery = z.output<typeof importQuerySchema>;
