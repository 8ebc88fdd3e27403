import type { PrincipalView } from '@mmt/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

export interface SignInBody {
  email: string;
  password: string;
}

export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}

/** GET /api/auth/me — who is signed in; a 401 sends the app to the sign-in page. */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => apiFetch<PrincipalView>('/api/auth/me', { signal }),
  });
}

/** POST /api/auth/login — the session arrives as an HttpOnly cookie. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInBody) => apiFetch<PrincipalView>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (principal) => {
      // Nothing read as someone else (or as nobody) may show through.
      queryClient.removeQueries();
      queryClient.setQueryData(queryKeys.me, principal);
    },
  });
}

/** Ends sessions at `path`, then moves off the signed-in pages before the cache is dropped. */
function useEndSessions(path: string, leave: () => Promise<void> | void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>(path, { method: 'POST' }),
    onSuccess: async () => {
      await leave();
      queryClient.clear();
    },
  });
}

/**
 * POST /api/auth/logout — ends the session. `leave` moves off the signed-in pages first, so
 * nothing still on screen asks for data again once the cache is dropped.
 */
export function useSignOut(leave: () => Promise<void> | void) {
  return useEndSessions('/api/auth/logout', leave);
}

/** POST /api/auth/logout-everywhere — ends every session of the account, this one included. */
export function useSignOutEverywhere(leave: () => Promise<void> | void) {
  return useEndSessions('/api/auth/logout-everywhere', leave);
}

/** PUT /api/auth/password */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiFetch<void>('/api/auth/password', { method: 'PUT', body }),
  });
}
