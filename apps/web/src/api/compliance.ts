import type { ComplianceReport } from '@mmt/domain';
import { useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from './client';
import { queryKeys } from './keys';

/** GET /api/compliance */
export function useCompliance(asOf: string) {
  return useQuery({
    queryKey: queryKeys.compliance(asOf),
    queryFn: ({ signal }) => apiFetch<ComplianceReport>(`/api/compliance${toQueryString({ asOf })}`, { signal }),
  });
}
