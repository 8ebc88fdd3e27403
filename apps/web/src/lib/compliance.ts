import { VERDICT_STATUSES, type Model, type VerdictStatus } from '@mmt/domain';

/** Violations first, then warnings, then the rest in the vocabulary's order; by name within each. */
export function sortByVerdictSeverity<T extends Pick<Model, 'name' | 'verdict'>>(models: readonly T[]): T[] {
  const rank = (status: VerdictStatus) => VERDICT_STATUSES.indexOf(status);
  return [...models].sort(
    (a, b) =>
      rank(a.verdict.status) - rank(b.verdict.status) || a.name.localeCompare(b.name, undefined, { numeric: true }),
  );
}

/** Counts for every verdict, in display order, zero where the API gave none. */
export function verdictTiles(
  counts: Partial<Record<VerdictStatus, number>>,
): { status: VerdictStatus; count: number }[] {
  return VERDICT_STATUSES.map((status) => ({ status, count: counts[status] ?? 0 }));
}
