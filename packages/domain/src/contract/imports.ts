import { z } from 'zod';
import { IMPORT_SOURCES } from '../import-rows.js';
import { optionalParam, textParam } from './query-params.js';

/**
 * `POST /api/imports`: `dryRun=true` shows what would happen and writes nothing; `source` reads
 * the files of MLflow, Hugging Face or Backstage instead of CSV or JSON; `name` names the model of
 * a single-model upload whose files name none (an `MLmodel`, a `config.json`).
 */
export const importQuerySchema = z.object({
  dryRun: optionalParam(z.enum(['true', 'false'], { message: 'must be true or false' })).transform(
    (value) => value === 'true',
  ),
  source: optionalParam(z.enum(IMPORT_SOURCES)).describe('The tool whose files are uploaded; CSV or JSON when absent'),
  name: textParam(100).describe('Names the model of a single-model source upload whose files name none'),
});
export type ImportQuery = z.output<typeof importQuerySchema>;
