import type { ApiErrorBody, FieldError } from '@mmt/domain';

/** Any non-2xx answer from the API (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly details: FieldError[];
  readonly body: ApiErrorBody | null;

  constructor(status: number, message: string, details: FieldError[], body: ApiErrorBody | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.details = details;
    this.body = body;
  }
}

export const CANNOT_REACH = 'Cannot reach the server. Check your connection and try again.';

type QueryValue = string | number | null | undefined;

/** `?a=1&b=x` from the values that are set; empty strings are left out. */
export function toQueryString(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'statusCode' in value;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiFetch<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, CANNOT_REACH, [], null);
  }

  const parsed = parseJsonText(await response.text());
  if (!response.ok) throw apiErrorOf(response.status, response.statusText, parsed);
  return parsed as T;
}

/** A response body as JSON, or null when it is empty or not JSON. */
export function parseJsonText(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A non-2xx answer as an ApiError, with the API's message when the body is its error shape. */
export function apiErrorOf(status: number, statusText: string, parsed: unknown): ApiError {
  const errorBody = isErrorBody(parsed) ? parsed : null;
  const message = errorBody?.message || `${status} ${statusText || 'request failed'}`;
  return new ApiError(status, message, errorBody?.details ?? [], errorBody);
}
