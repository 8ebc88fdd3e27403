import { z } from 'zod';
import { complianceSummarySchema } from '../compliance.js';
import { modelExceptionRecordSchema, EXCEPTION_STATES } from '../exception.js';
import { modelSchema } from '../model.js';
import { policyVersionSchema } from '../policy.js';
import { countSchema, instantSchema } from './fields.js';
import { listModelsQuerySchema } from './models.js';
import { optionalParam, pageParams } from './query-params.js';
import { named } from './registry.js';

export const COMPLIANCE_PAGE_SIZE = { default: 500, max: 1_000 } as const;

/** `GET /api/compliance`: the moment, the model list's filters (the verdict among them) and a page. */
export const complianceQuerySchema = listModelsQuerySchema
  .pick({ framework: true, family: true, lifecycle: true, verdict: true, code: true, team: true, q: true, asOf: true })
  .extend({
    page: pageParams.page,
    pageSize: optionalParam(z.coerce.number().int().min(1).max(COMPLIANCE_PAGE_SIZE.max)).transform(
      (value) => value ?? COMPLIANCE_PAGE_SIZE.default,
    ),
  });
export type ComplianceQuery = z.output<typeof complianceQuerySchema>;

const complianceModelSchema = modelSchema.extend({ newProject: z.boolean() });
const expiringExceptionsSchema = z
  .array(modelExceptionRecordSchema.extend({ modelName: z.string(), state: z.enum(EXCEPTION_STATES) }))
  .describe('Active exceptions that end within 30 days, soonest first');

/** Every model's verdict at a moment under the policy in force then, worst first, with the counts and rate (the status report's source). */
export const complianceReportSchema = complianceSummarySchema.extend({
  asOf: instantSchema.describe('The instant the answer describes'),
  policy: policyVersionSchema,
  expiringExceptions: expiringExceptionsSchema,
  models: z.array(complianceModelSchema),
});
export type ComplianceReport = z.output<typeof complianceReportSchema>;

/** The counts and rate of the models the filters select, and one page of them, violations first. */
export const compliancePageSchema = named(
  'CompliancePage',
  complianceSummarySchema
    .extend({
      asOf: instantSchema.describe('The instant the answer describes'),
      policy: policyVersionSchema,
      expiringExceptions: expiringExceptionsSchema,
      total: countSchema.describe(
        'Models matching every filter, the verdict included: the sum of `counts` over the verdicts asked for',
      ),
      page: z.number().int().positive(),
      pageSize: z.number().int().positive(),
      models: z
        .array(complianceModelSchema)
        .describe('This page of the models matching every filter: by verdict, violations first, then by name'),
    })
    .describe(
      '`counts`, `newProjects` and the rate count the models matching the filters other than `verdict`, whatever the page',
    ),
);
export type CompliancePage = z.output<typeof compliancePageSchema>;
