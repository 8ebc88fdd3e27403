import type { ExceptionBody, ExceptionView } from '@mmt/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';

function useInvalidateAfterExceptionChange() {
  const queryClient = useQueryClient();
  return () => {
    // An exception changes the model's verdict, the list and the compliance figures.
    void queryClient.invalidateQueries({ queryKey: queryKeys.models });
    void queryClient.invalidateQueries({ queryKey: ['compliance'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.reviews });
  };
}

/** POST /api/models/:id/exceptions */
export function useGrantException(modelId: string) {
  const invalidate = useInvalidateAfterExceptionChange();
  return useMutation({
    mutationFn: (input: ExceptionBody) =>
      apiFetch<ExceptionView>(`/api/models/${encodeURIComponent(modelId)}/exceptions`, { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

/** DELETE /api/exceptions/:id */
export function useRevokeException() {
  const invalidate = useInvalidateAfterExceptionChange();
  return useMutation({
    mutationFn: (exceptionId: string) =>
      apiFetch<ExceptionView>(`/api/exceptions/${encodeURIComponent(exceptionId)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
