import type { ScanList } from '@mmt/domain';
import { useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from './client';
import { queryKeys } from './keys';

/** GET /api/models/:id/scans — the newest `limit` scans, newest first. */
export function useModelScans(id: string, limit: number) {
  return useQuery({
    queryKey: queryKeys.modelScans(id, limit),
    queryFn: ({ signal }) =>
      apiFetch<ScanList>(`/api/models/${encodeURIComponent(id)}/scans${toQueryString({ limit })}`, { signal }),
  });
}
