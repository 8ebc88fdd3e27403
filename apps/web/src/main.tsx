import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import { queryKeys } from './api/keys';
import { isUnauthenticated, LOGIN_PATH, loginHref } from './lib/authRedirect';
import { router } from './router';
import './styles.css';

/** Any 401 — no session, an expired one, a deactivated account — leads to the sign-in page and back. */
function signInAgainOn401(error: unknown): void {
  if (!isUnauthenticated(error)) return;
  const { location } = router.state;
  // On the sign-in page a 401 is a wrong password, shown by the form.
  if (location.pathname === LOGIN_PATH) return;
  void router.navigate(loginHref(location), { replace: true });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signInAgainOn401 }),
  mutationCache: new MutationCache({
    onError: (error) => {
      signInAgainOn401(error);
      // A refused change may mean an admin changed this person's role: show what they may do now.
      if (error instanceof ApiError && error.status === 403)
        void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not change by asking again.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
