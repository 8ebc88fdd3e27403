import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../lib/apiErrors';

/**
 * The one way to show what a query holds: a status line while it loads, an error panel with a
 * retry when it fails, and `children` with the data once it is there.
 */
export function QueryState<T>({
  query,
  loading,
  errorTitle,
  errorNote,
  children,
}: {
  query: UseQueryResult<T>;
  /** The status line while loading: "Loading models". */
  loading: string;
  /** The error panel's heading: "Could not load the models". */
  errorTitle: string;
  /** Shown under the error panel, e.g. a way back. */
  errorNote?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={loading} />;
  if (query.isError) {
    return (
      <>
        <ErrorPanel error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />
        {errorNote}
      </>
    );
  }
  return children(query.data);
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function ErrorPanel({
  error,
  onRetry,
  title = 'Something went wrong',
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const message = error instanceof Error ? error.message : String(error);
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="panel panel-error" role="alert">
      <h2>{notFound ? 'Not found' : title}</h2>
      <p>{message}</p>
      {onRetry && !notFound && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="panel panel-empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** Why an action (a revoke, a role change) failed, right where it was asked for. */
export function ActionError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <p className="field-error" role="alert">
      {errorMessage(error)}
    </p>
  );
}
