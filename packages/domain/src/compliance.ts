import { VERDICT_STATUSES } from './vocabularies.js';
import type { VerdictStatus } from './vocabularies.js';

export type VerdictCounts = Record<VerdictStatus, number>;

export interface ComplianceRow {
  newProject: boolean;
  status: VerdictStatus;
}

export interface NewProjectCounts {
  compliant: number;
  violation: number;
  /** New projects under an exception or allowance: reported beside the rate, never in it. */
  exception: number;
  /** Every new project, whatever its verdict (retired and out-of-scope ones included). */
  total: number;
}

export interface ComplianceSummary {
  counts: VerdictCounts;
  newProjects: NewProjectCounts;
  /** compliant ÷ (compliant + violation) among new projects; null when that is 0 ÷ 0. */
  newProjectComplianceRate: number | null;
}

/** How many verdicts have each status; every status is present, zeros included. */
export function countVerdicts(verdicts: readonly { status: VerdictStatus }[]): VerdictCounts {
  const counts = Object.fromEntries(VERDICT_STATUSES.map((status) => [status, 0])) as VerdictCounts;
  for (const { status } of verdicts) counts[status] += 1;
  return counts;
}

export function newProjectCounts(rows: readonly ComplianceRow[]): NewProjectCounts {
  const newProjects = rows.filter((row) => row.newProject);
  const counts = countVerdicts(newProjects);
  return {
    compliant: counts.compliant,
    violation: counts.violation,
    exception: counts.exception,
    total: newProjects.length,
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
