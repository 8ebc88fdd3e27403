import type { CreatedToken, CreateTokenBody, TokenListItem, TokenView } from '@mmt/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

/** GET /api/tokens — an admin gets everyone's, anyone else their own. */
export function useTokens() {
  return useQuery({
    queryKey: queryKeys.tokens,
    queryFn: ({ signal }) => apiFetch<TokenListItem[]>('/api/tokens', { signal }),
    // Scripts use tokens behind the page's back: ask again on opening, for a true "last used".
    staleTime: 0,
  });
}

/** POST /api/tokens — the secret is in this answer only. */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) => apiFetch<CreatedToken>('/api/tokens', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}

/** DELETE /api/tokens/:id — revokes; the token stays listed. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<TokenView>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  });
}
