import type { PolicyOverview, PolicyVersion, PolicyVersionBody } from '@mmt/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

/** GET /api/policy */
export function usePolicy() {
  return useQuery({
    queryKey: queryKeys.policy,
    queryFn: ({ signal }) => apiFetch<PolicyOverview>('/api/policy', { signal }),
  });
}

/** PUT /api/policy — adds a whole new version; old versions stay. */
export function useAddPolicyVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: PolicyVersionBody) =>
      apiFetch<PolicyVersion>('/api/policy', { method: 'PUT', body: version }),
    onSuccess: () => {
      // A new version can change every verdict.
      void queryClient.invalidateQueries();
    },
  });
}
