import { z } from 'zod';
import { complianceSummarySchema } from '../compliance.js';
import { modelExceptionRecordSchema, EXCEPTION_STATES } from '../exception.js';
import { modelSchema } from '../model.js';
import { policyVersionSchema } from '../policy.js';
import { instantSchema } from './fields.js';
import { named } from './registry.js';

/** Every model's verdict at a moment under the policy in force then, worst first, with the counts and rate. */
export const complianceReportSchema = named(
  'ComplianceReport',
  complianceSummarySchema.extend({
    asOf: instantSchema.describe('The instant the answer describes'),
    policy: policyVersionSchema,
    expiringExceptions: z
      .array(modelExceptionRecordSchema.extend({ modelName: z.string(), state: z.enum(EXCEPTION_STATES) }))
      .describe('Active exceptions that end within 30 days, soonest first'),
    models: z.array(modelSchema.extend({ newProject: z.boolean() })),
  }),
);
export type ComplianceReport = z.output<typeof complianceReportSchema>;
