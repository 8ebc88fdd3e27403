import type { DigestSchedule, DigestSettings, DigestSubscription, DigestSubscriptionInput } from '@mmt/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

/** GET /api/digest/settings — when the weekly digest goes out, and whether the server sends email. */
export function useDigestSettings() {
  return useQuery({
    queryKey: queryKeys.digestSettings,
    queryFn: ({ signal }) => apiFetch<DigestSettings>('/api/digest/settings', { signal }),
  });
}

/** PUT /api/digest/settings (admins) */
export function useUpdateDigestSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DigestSchedule) => apiFetch<DigestSettings>('/api/digest/settings', { method: 'PUT', body }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.digestSettings, settings),
  });
}

/** GET /api/digest/subscription — whether I get the digest by email. */
export function useDigestSubscription() {
  return useQuery({
    queryKey: queryKeys.digestSubscription,
    queryFn: ({ signal }) => apiFetch<DigestSubscription>('/api/digest/subscription', { signal }),
  });
}

/** PUT /api/digest/subscription */
export function useUpdateDigestSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DigestSubscriptionInput) =>
      apiFetch<DigestSubscription>('/api/digest/subscription', { method: 'PUT', body }),
    onSuccess: (subscription) => queryClient.setQueryData(queryKeys.digestSubscription, subscription),
  });
}
