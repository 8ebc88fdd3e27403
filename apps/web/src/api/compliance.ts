import { useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from './client';
import { queryKeys } from './keys';
import type { ComplianceResponse } from './types';

/** GET /api/compliance */
export function useCompliance(asOf: string) {
  return useQuery({
    queryKey: queryKeys.compliance(asOf),
    queryFn: ({ signal }) => apiFetch<ComplianceResponse>(`/api/compliance${toQueryString({ asOf })}`, { signal }),
  });
}
