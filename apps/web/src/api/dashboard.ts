import type { Dashboard } from '@mmt/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from './client';
import { queryKeys } from './keys';

/** GET /api/dashboard — `weeks` is a number of weeks, `all`, or empty for the range the API picks. */
export function useDashboard(asOf: string, weeks: string) {
  return useQuery({
    queryKey: queryKeys.dashboard(asOf, weeks),
    queryFn: ({ signal }) => apiFetch<Dashboard>(`/api/dashboard${toQueryString({ asOf, weeks })}`, { signal }),
    // Changing the range keeps the old charts on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
