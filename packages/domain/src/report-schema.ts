import { z } from 'zod';
import { FRAMEWORK_FAMILIES } from './family.js';
import { allowanceSchema } from './policy.js';
import { REPORT_SCHEMA_VERSION } from './report.js';
import { DEPLOYMENT_TARGETS, FRAMEWORKS, LIFECYCLES, MIGRATION_STATUSES, VERDICT_STATUSES } from './vocabularies.js';

const countsOf = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.strictObject(
    Object.fromEntries(keys.map((key) => [key, z.number().int().nonnegative()])) as Record<T[number], z.ZodNumber>,
  );

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().describe('ISO timestamp');

const reportModelSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  team: z.string(),
  task: z.string(),
  framework: z.enum(FRAMEWORKS),
  frameworkVersion: z.string(),
  family: z.enum(FRAMEWORK_FAMILIES),
  lifecycle: z.enum(LIFECYCLES),
  deploymentTarget: z.enum(DEPLOYMENT_TARGETS),
  servingStack: z.string(),
  serialization: z.string(),
  startedOn: date,
  migration: z.enum(MIGRATION_STATUSES),
  migrationTarget: z.enum(FRAMEWORKS).nullable(),
  retireBy: date.nullable(),
  repoUrl: z.string().nullable(),
  description: z.string(),
  tags: z.array(z.string()),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
  verdict: z.strictObject({ status: z.enum(VERDICT_STATUSES), rule: z.string(), reason: z.string() }),
  newProject: z.boolean(),
  legacyInProduction: z.boolean(),
});

/**
 * The JSON status report (`GET /api/reports/status?format=json`), version 1. It documents the
 * report in OpenAPI, and tests hold the report to it.
 */
export const statusReportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  title: z.string(),
  asOf: instant,
  date,
  generatedAt: instant,
  policy: z.strictObject({
    id: z.number().int(),
    inForceFrom: date,
    newProjectsFrom: date,
    preferredFramework: z.enum(FRAMEWORKS),
    legacyFrameworks: z.array(z.enum(FRAMEWORKS)),
    governedFrameworks: z.array(z.enum(FRAMEWORKS)),
    allowances: z.array(allowanceSchema),
    createdAt: instant,
    createdBy: z.string(),
  }),
  summary: z.strictObject({
    totalModels: z.number().int(),
    byFamily: countsOf(FRAMEWORK_FAMILIES),
    byLifecycle: countsOf(LIFECYCLES),
    byFamilyAndLifecycle: z.strictObject(
      Object.fromEntries(FRAMEWORK_FAMILIES.map((family) => [family, countsOf(LIFECYCLES)])) as Record<
        (typeof FRAMEWORK_FAMILIES)[number],
        ReturnType<typeof countsOf<typeof LIFECYCLES>>
      >,
    ),
    counts: countsOf(VERDICT_STATUSES),
    newProjects: z.strictObject({
      compliant: z.number(),
      violation: z.number(),
      exception: z.number(),
      total: z.number(),
    }),
    newProjectComplianceRate: z.number().min(0).max(1).nullable(),
    legacyInProduction: z.number().int(),
    violations: z.number().int(),
    warnings: z.number().int(),
    exceptions: z.number().int(),
    toTriage: z.number().int(),
  }),
  findings: z.array(
    z.strictObject({
      modelId: z.string(),
      modelName: z.string(),
      team: z.string(),
      status: z.enum(['violation', 'warning']),
      rule: z.string(),
      reason: z.string(),
    }),
  ),
  models: z.array(reportModelSchema),
  changesSinceLastReview: z.strictObject({
    since: instant.nullable(),
    items: z.array(
      z.strictObject({
        kind: z.string(),
        modelId: z.string(),
        modelName: z.string(),
        at: instant,
        summary: z.string(),
      }),
    ),
  }),
});
