import { z } from 'zod';
import { backupSchema } from '../backup.js';
import { countSchema } from './fields.js';
import { named } from './registry.js';

// Documented as the file a client writes (or downloaded before): the same shape either way.
named('Backup', backupSchema, 'input');

export const restoreSummarySchema = named(
  'RestoreSummary',
  z.strictObject({
    restored: z.strictObject({
      policyVersions: countSchema,
      models: countSchema,
      events: countSchema,
      exceptions: countSchema,
      reviews: countSchema,
      scans: countSchema,
    }),
  }),
);
export type RestoreSummary = z.output<typeof restoreSummarySchema>;
