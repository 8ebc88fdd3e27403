import { VERDICT_STATUSES, type VerdictStatus } from '@mmt/domain';

/** Counts for every verdict, in display order, zero where the API gave none. */
export function verdictTiles(
  counts: Partial<Record<VerdictStatus, number>>,
): { status: VerdictStatus; count: number }[] {
  return VERDICT_STATUSES.map((status) => ({ status, count: counts[status] ?? 0 }));
}
