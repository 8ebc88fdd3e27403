import { z } from 'zod';
import { countSchema, countsOf, rateSchema } from './contract/fields.js';
import { VERDICT_STATUSES } from './vocabularies.js';
import type { VerdictStatus } from './vocabularies.js';

export const verdictCountsSchema = countsOf(VERDICT_STATUSES);
export type VerdictCounts = z.output<typeof verdictCountsSchema>;

export interface ComplianceRow {
  newProject: boolean;
  status: VerdictStatus;
  /** How many models the row stands for (a `GROUP BY` row); one when absent. */
  count?: number;
}

export const newProjectCountsSchema = z.strictObject({
  compliant: countSchema,
  violation: countSchema,
  exception: countSchema.describe(
    'New projects under an exception or allowance: reported beside the rate, never in it',
  ),
  total: countSchema.describe('Every new project, whatever its verdict (retired and out-of-scope ones included)'),
});
export type NewProjectCounts = z.output<typeof newProjectCountsSchema>;

export const complianceSummarySchema = z.strictObject({
  counts: verdictCountsSchema,
  newProjects: newProjectCountsSchema,
  newProjectComplianceRate: rateSchema.describe(
    'compliant ÷ (compliant + violation) among new projects; null when that is 0 ÷ 0',
  ),
});
export type ComplianceSummary = z.output<typeof complianceSummarySchema>;

/** How many verdicts have each status; every status is present, zeros included. */
export function countVerdicts(verdicts: readonly { status: VerdictStatus; count?: number }[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICT_STATUSES.map((status) => [status, 0])) as VerdictCounts;
  for (const { status, count = 1 } of verdicts) counts[status] += count;
  return counts;
}

export function newProjectCounts(rows: readonly ComplianceRow[]): NewProjectCounts {
  const newProjects = rows.filter((row) => row.newProject);
  const counts = countVerdicts(newProjects);
  return {
    compliant: counts.compliant,
    violation: counts.violation,
    exception: counts.exception,
    total: newProjects.reduce((sum, { count = 1 }) => sum + count, 0),
  };
}

/** compliant ÷ (compliant + violation); null when nothing was judged. */
export function complianceRate({
  compliant,
  violation,
}: Pick<NewProjectCounts, 'compliant' | 'violation'>): number | null {
  const judged = compliant + violation;
  return judged === 0 ? null : compliant / judged;
}

export function newProjectComplianceRate(rows: readonly ComplianceRow[]): number | null {
  return complianceRate(newProjectCounts(rows));
}

export function summarizeCompliance(rows: readonly ComplianceRow[]): ComplianceSummary {
  const newProjects = newProjectCounts(rows);
  return { counts: countVerdicts(rows), newProjects, newProjectComplianceRate: complianceRate(newProjects) };
}

/** The verdicts a slice of the worst-first list falls in, where it starts within the first of them, and how many models the list has. */
export interface VerdictSlice {
  statuses: VerdictStatus[];
  offset: number;
  total: number;
}

/**
 * Which verdicts the models from `offset` (at most `limit` of them) have, in a list by verdict,
 * worst first, of the models counted (only the `asked` verdicts, when given): a page is then read
 * from those verdicts alone instead of sorting every model.
 */
export function verdictSlice(
  counts: VerdictCounts,
  asked: readonly VerdictStatus[] | undefined,
  offset: number,
  limit: number,
): VerdictSlice {
  const statuses: VerdictStatus[] = [];
  let before = 0;
  let start = 0;
  for (const status of VERDICT_STATUSES) {
    if (asked && !asked.includes(status)) continue;
    const after = before + counts[status];
    if (after > before && after > offset && before < offset + limit) {
      if (statuses.length === 0) start = offset - before;
      statuses.push(status);
    }
    before = after;
  }
  return { statuses, offset: start, total: before };
}
