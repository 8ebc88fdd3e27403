import type { CreateModelInput, Model, ModelDetail, ModelHistory, ModelPage, UpdateModelInput } from '@mmt/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ModelListFilters } from '../lib/modelListParams';
import { apiFetch, toQueryString } from './client';
import { queryKeys } from './keys';

/** GET /api/models */
export function useModels(filters: ModelListFilters) {
  return useQuery({
    queryKey: queryKeys.modelList(filters),
    queryFn: ({ signal }) => apiFetch<ModelPage>(`/api/models${toQueryString({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/models/:id */
export function useModel(id: string, asOf = '') {
  return useQuery({
    queryKey: queryKeys.model(id, asOf),
    queryFn: ({ signal }) =>
      apiFetch<ModelDetail>(`/api/models/${encodeURIComponent(id)}${toQueryString({ asOf })}`, { signal }),
  });
}

/** GET /api/models/:id/history */
export function useModelHistory(id: string) {
  return useQuery({
    queryKey: queryKeys.modelHistory(id),
    queryFn: ({ signal }) => apiFetch<ModelHistory>(`/api/models/${encodeURIComponent(id)}/history`, { signal }),
  });
}

/** POST /api/models */
export function useCreateModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateModelInput) => apiFetch<Model>('/api/models', { method: 'POST', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.models });
      void queryClient.invalidateQueries({ queryKey: ['compliance'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
    },
  });
}

/** PATCH /api/models/:id */
export function useUpdateModel(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: UpdateModelInput) =>
      apiFetch<Model>(`/api/models/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
    onSettled: () => {
      // On success and on a 409 alike, what the server holds has moved on.
      void queryClient.invalidateQueries({ queryKey: queryKeys.models });
      void queryClient.invalidateQueries({ queryKey: ['compliance'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
    },
  });
}
