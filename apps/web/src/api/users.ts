import type { CreatedUser, CreateUserBody, UpdateUserBody, UserView } from '@mmt/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

/** GET /api/users (admins) */
export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => apiFetch<UserView[]>('/api/users', { signal }),
    // Another admin may have changed someone: ask again on opening.
    staleTime: 0,
  });
}

/** POST /api/users (admins) — the answer carries `initialPassword` once when none was given. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => apiFetch<CreatedUser>('/api/users', { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
}

/** PATCH /api/users/:id (admins) — name, role, or active (deactivating ends their sessions). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateUserBody }) =>
      apiFetch<UserView>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
      // A deactivated person's tokens stop working too.
      void queryClient.invalidateQueries({ queryKey: queryKeys.tokens });
    },
  });
}
