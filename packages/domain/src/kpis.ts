import { z } from 'zod';
import { complianceRate } from './compliance.js';
import { countSchema, rateSchema } from './contract/fields.js';
import { named } from './contract/registry.js';
import type { PolicyVersion } from './policy.js';
import { isLegacyInProduction } from './series.js';
import type { Framework, Lifecycle, VerdictStatus } from './vocabularies.js';

/**
 * The weekly review's headline numbers at one moment. No answer carries them as they are (the
 * dashboard gives each as a tile, a review as it froze them: `FrozenKpis`), so they have no
 * OpenAPI name of their own.
 */
export const portfolioKpisSchema = z.strictObject({
  modelsInProduction: countSchema,
  newProjectComplianceRate: rateSchema,
  newProjectsUnderException: countSchema.describe('Reported beside the rate, never inside it'),
  legacyInProduction: countSchema,
  openViolations: countSchema,
  openWarnings: countSchema,
  exceptionsExpiringSoon: countSchema,
  toTriage: countSchema.describe('Models whose framework no one has recorded (verdict `unknown`)'),
  codeDisagrees: countSchema.describe("Models whose latest scan's framework family disagrees with the registry"),
});
export type PortfolioKpis = z.output<typeof portfolioKpisSchema>;

/** The KPIs frozen in a recorded review: one recorded before a KPI existed has no value for it. */
export const frozenKpisSchema = named(
  'FrozenKpis',
  portfolioKpisSchema
    .partial({ toTriage: true, codeDisagrees: true })
    .describe('KPIs as recorded; a newer KPI is absent from older reviews'),
);
export type FrozenKpis = z.output<typeof frozenKpisSchema>;

export const KPI_NAMES = [
  'modelsInProduction',
  'newProjectComplianceRate',
  'newProjectsUnderException',
  'legacyInProduction',
  'openViolations',
  'openWarnings',
  'exceptionsExpiringSoon',
  'toTriage',
  'codeDisagrees',
] as const satisfies readonly (keyof PortfolioKpis)[];

export interface KpiInput {
  categories: readonly { framework: Framework; lifecycle: Lifecycle; count: number }[];
  verdicts: readonly { status: VerdictStatus; newProject: boolean; count: number }[];
  policy: Pick<PolicyVersion, 'legacyFrameworks'>;
  exceptionsExpiringSoon: number;
  /** Models whose code, as last scanned, disagrees with the registry (counted in SQL: the drift rule). */
  codeDisagrees: number;
}

/** The review's headline numbers from category and verdict counts at one moment. */
export function portfolioKpis({
  categories,
  verdicts,
  policy,
  exceptionsExpiringSoon,
  codeDisagrees,
}: KpiInput): PortfolioKpis {
  const sum = <T>(rows: readonly (T & { count: number })[], keep: (row: T) => boolean) =>
    rows.reduce((total, row) => total + (keep(row) ? row.count : 0), 0);
  const newProjects = (status: VerdictStatus) => sum(verdicts, (row) => row.newProject && row.status === status);
  return {
    modelsInProduction: sum(categories, (row) => row.lifecycle === 'production'),
    newProjectComplianceRate: complianceRate({
      compliant: newProjects('compliant'),
      violation: newProjects('violation'),
    }),
    newProjectsUnderException: newProjects('exception'),
    legacyInProduction: sum(categories, (row) => isLegacyInProduction(row.framework, row.lifecycle, policy)),
    openViolations: sum(verdicts, (row) => row.status === 'violation'),
    openWarnings: sum(verdicts, (row) => row.status === 'warning'),
    exceptionsExpiringSoon,
    toTriage: sum(verdicts, (row) => row.status === 'unknown'),
    codeDisagrees,
  };
}
