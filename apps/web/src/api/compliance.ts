import type { CompliancePage } from '@mmt/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ComplianceFilters } from '../lib/complianceParams';
import { apiFetch, toQueryString } from './client';
import { queryKeys } from './keys';

/** GET /api/compliance */
export function useCompliance(filters: ComplianceFilters) {
  return useQuery({
    queryKey: queryKeys.compliance(filters),
    queryFn: ({ signal }) => apiFetch<CompliancePage>(`/api/compliance${toQueryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
