export interface FieldError {
  field: string;
  message: string;
}

export type DomainErrorCode =
  'not_found' | 'duplicate' | 'stale_version' | 'invalid' | 'unauthenticated' | 'forbidden' | 'rate_limited';

/** An error a use case raises on purpose; mapped to HTTP in one place (HttpErrorFilter). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string) => new DomainError('not_found', `${what} ${id} does not exist`);

/** Too many attempts: a 429 whose Retry-After says when the next one can succeed. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new DomainError('rate_limited', message, undefined, { retryAfterSeconds });
