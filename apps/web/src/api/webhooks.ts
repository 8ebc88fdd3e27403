import type {
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookWithSecret,
} from '@mmt/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

const path = (id: string) => `/api/webhooks/${encodeURIComponent(id)}`;

/** GET /api/webhooks (admins) */
export function useWebhooks() {
  return useQuery({
    queryKey: queryKeys.webhooks,
    queryFn: ({ signal }) => apiFetch<Webhook[]>('/api/webhooks', { signal }),
    // Deliveries go on in the background (and may disable a webhook): ask again on opening.
    staleTime: 0,
  });
}

/** POST /api/webhooks — the signing secret is in this answer only. */
export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWebhookBody) => apiFetch<WebhookWithSecret>('/api/webhooks', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
}

/** PATCH /api/webhooks/:id — `enabled: true` brings a disabled webhook back. */
export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateWebhookBody }) =>
      apiFetch<Webhook>(path(id), { method: 'PATCH', body: change }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
}

/** DELETE /api/webhooks/:id — with its delivery log. */
export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(path(id), { method: 'DELETE' }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
}

/** POST /api/webhooks/:id/rotate-secret — the new secret is in this answer only. */
export function useRotateWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<WebhookWithSecret>(`${path(id)}/rotate-secret`, { method: 'POST' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks }),
  });
}

/** POST /api/webhooks/:id/test — what the receiver answered. */
export function useTestWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<WebhookDelivery>(`${path(id)}/test`, { method: 'POST' }),
    onSettled: (_answer, _error, id) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks });
    },
  });
}

/** GET /api/webhooks/:id/deliveries — the last 100 attempts, newest first. */
export function useWebhookDeliveries(id: string) {
  return useQuery({
    queryKey: queryKeys.webhookDeliveries(id),
    queryFn: ({ signal }) => apiFetch<WebhookDeliveryList>(`${path(id)}/deliveries`, { signal }),
    staleTime: 0,
  });
}

/** POST /api/webhooks/:id/deliveries/:deliveryId/redeliver — sends the event again, same webhook-id. */
export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, deliveryId }: { id: string; deliveryId: string }) =>
      apiFetch<WebhookDelivery>(`${path(id)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`, {
        method: 'POST',
      }),
    onSettled: (_answer, _error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.webhooks });
    },
  });
}
