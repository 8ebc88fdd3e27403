import { z } from 'zod';
import { policyVersionInputSchema, policyVersionSchema } from '../policy.js';
import { named } from './registry.js';

named('PolicyVersionBody', policyVersionInputSchema, 'input');

export const policyOverviewSchema = named(
  'PolicyOverview',
  z.strictObject({
    current: policyVersionSchema.describe('The version in force today'),
    versions: z.array(policyVersionSchema).describe('Every version, newest first'),
  }),
);
export type PolicyOverview = z.output<typeof policyOverviewSchema>;
