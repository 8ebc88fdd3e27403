import { z } from 'zod';
import { newProjectCountsSchema, verdictCountsSchema } from './compliance.js';
import { countSchema, countsOf, instantSchema, isoDateSchema, rateSchema, recordOf } from './contract/fields.js';
import { named } from './contract/registry.js';
import { FRAMEWORK_FAMILIES } from './family.js';
import { modelSchema } from './model.js';
import { policyVersionSchema } from './policy.js';
import { REPORT_SCHEMA_VERSION } from './report.js';
import { LIFECYCLES } from './vocabularies.js';

/** A model as the status report shows it: its fields, verdict, and the two facts the KPIs count. */
export const reportModelSchema = modelSchema.extend({ newProject: z.boolean(), legacyInProduction: z.boolean() });

export const reportSummarySchema = z.strictObject({
  totalModels: countSchema,
  byFamily: countsOf(FRAMEWORK_FAMILIES),
  byLifecycle: countsOf(LIFECYCLES),
  byFamilyAndLifecycle: recordOf(FRAMEWORK_FAMILIES, countsOf(LIFECYCLES)).describe(
    'Models per framework family, split by lifecycle: the cross tab behind both lists above',
  ),
  counts: verdictCountsSchema,
  newProjects: newProjectCountsSchema,
  newProjectComplianceRate: rateSchema,
  legacyInProduction: countSchema,
  violations: countSchema,
  warnings: countSchema,
  exceptions: countSchema,
  toTriage: countSchema.describe('Models whose framework is not recorded (verdict `unknown`): outside every rate'),
  codeDisagrees: countSchema.describe("Models whose latest scan's framework family disagrees with the registry"),
});

export const reportFindingSchema = z.strictObject({
  modelId: z.uuid(),
  modelName: z.string(),
  team: z.string(),
  status: z.enum(['violation', 'warning']),
  rule: z.string(),
  reason: z.string(),
});

/** One change since the last weekly review (the reviews feature uses the same shape). */
export const reportChangeSchema = z.strictObject({
  kind: z.string(),
  modelId: z.uuid(),
  modelName: z.string(),
  at: instantSchema.or(isoDateSchema),
  summary: z.string(),
});

export const changesSinceLastReviewSchema = z.strictObject({
  since: instantSchema
    .nullable()
    .describe('When the last review was recorded; null when there has been none (then every change counts)'),
  items: z.array(reportChangeSchema),
});

/**
 * The JSON status report (`GET /api/reports/status?format=json`), version 1. It documents the
 * report in OpenAPI, and tests hold the report to it.
 */
export const statusReportSchema = named(
  'StatusReport',
  z.strictObject({
    schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
    title: z.string(),
    asOf: instantSchema.describe('The instant the portfolio is shown at'),
    date: isoDateSchema.describe('Its UTC calendar date: what the report is "as of" for people'),
    generatedAt: instantSchema,
    policy: policyVersionSchema,
    summary: reportSummarySchema,
    findings: z.array(reportFindingSchema).describe('Violations first, then warnings; by model name within each'),
    models: z.array(reportModelSchema).describe('Every model at `asOf`, by name'),
    changesSinceLastReview: changesSinceLastReviewSchema,
  }),
);
