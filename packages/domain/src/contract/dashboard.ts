import { z } from 'zod';
import { FRAMEWORK_FAMILIES } from '../family.js';
import { KPI_NAMES } from '../kpis.js';
import { policyVersionSchema } from '../policy.js';
import { retirementProjectionSchema } from '../series.js';
import { LIFECYCLES, VERDICT_STATUSES } from '../vocabularies.js';
import { countSchema, countsOf, instantSchema, isoDateSchema, recordOf } from './fields.js';
import { asOfParam, optionalParam } from './query-params.js';
import { named } from './registry.js';

/** The longest weekly series, `weeks=all` included (its latest weeks): 38 years, back to the 1990 floor. */
export const MAX_WEEKS = 2_000;

/**
 * `GET /api/dashboard`: the moment, and how many weeks of series end with its week (`all`: since the first event).
 * Unset: the whole story when it is short enough, else three years (`storyRange`).
 */
export const dashboardQuerySchema = z.object({
  asOf: asOfParam,
  weeks: optionalParam(z.union([z.literal('all'), z.coerce.number().int().min(1).max(MAX_WEEKS)])),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

const kpiValue = z.number().nullable();

export const kpiTileSchema = named(
  'KpiTile',
  z.strictObject({
    value: kpiValue,
    previous: kpiValue.describe('The value frozen at the last review; null when there is none'),
    change: kpiValue,
  }),
);
export type KpiTile = z.output<typeof kpiTileSchema>;

const familyPointSchema = countsOf(FRAMEWORK_FAMILIES).extend({ weekEnd: isoDateSchema });
export type FamilyPoint = z.output<typeof familyPointSchema>;
const verdictPointSchema = countsOf(VERDICT_STATUSES).extend({ weekEnd: isoDateSchema });
export type VerdictPoint = z.output<typeof verdictPointSchema>;

/** The Overview page: KPIs with their change since the last review, weekly series, cohorts and the burn-down. */
export const dashboardSchema = named(
  'Dashboard',
  z.strictObject({
    asOf: instantSchema.describe('The instant the answer describes'),
    range: z
      .union([z.literal('all'), countSchema])
      .describe('The range asked for, or the one the API chose when none was: `all` or a number of weeks'),
    weeks: countSchema.describe('How many weekly points each series has'),
    policy: policyVersionSchema,
    lastReview: z.strictObject({ id: z.uuid(), heldOn: isoDateSchema, createdAt: instantSchema }).nullable(),
    kpis: recordOf(KPI_NAMES, kpiTileSchema),
    series: z.strictObject({
      families: z.array(familyPointSchema),
      verdicts: z.array(verdictPointSchema),
      legacyInProduction: z.array(z.strictObject({ weekEnd: isoDateSchema, count: countSchema })),
      tf1ApiUses: z
        .array(z.strictObject({ weekEnd: isoDateSchema, count: countSchema }))
        .describe("TF1 API uses summed over each model's latest scan at the week's end: the rewrite's burn-down"),
    }),
    cohorts: z.strictObject({
      newProjectsFrom: isoDateSchema,
      policyQuarter: z.string().describe("`2020-Q2`: the quarter the policy's new-project date falls in"),
      rows: z.array(countsOf(FRAMEWORK_FAMILIES).extend({ key: z.string().describe('A quarter, `2019-Q4`') })),
    }),
    lifecycleByFamily: z.array(countsOf(LIFECYCLES).extend({ key: z.enum(FRAMEWORK_FAMILIES) })),
    legacyProjection: retirementProjectionSchema,
  }),
);
export type Dashboard = z.output<typeof dashboardSchema>;
