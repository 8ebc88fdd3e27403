import { CliError, EXIT } from '../cli-error.js';

/** The API's one error shape, as far as the command reads it. */
interface ErrorBody {
  message?: unknown;
  details?: Array<{ field?: unknown; message?: unknown }>;
}

const isErrorBody = (body: unknown): body is ErrorBody => typeof body === 'object' && body !== null;

/** The server's message, or the HTTP status when the answer was not the API's (a proxy's page). */
function messageOf(response: Response, body: unknown): string {
  if (isErrorBody(body) && typeof body.message === 'string') return body.message.replace(/\.$/, '');
  return `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
}

/** The field errors the message does not already name. */
function fieldErrors(body: unknown, message: string): string {
  if (!isErrorBody(body) || !Array.isArray(body.details)) return '';
  const unsaid = body.details
    .map((detail) => `${String(detail.field)}: ${String(detail.message)}`)
    .filter((detail) => !message.includes(detail));
  return unsaid.length > 0 ? ` (${unsaid.join('; ')})` : '';
}

/** One line that says what went wrong and what to do, with the documented exit code. */
export function apiError(response: Response, body: unknown): CliError {
  const message = messageOf(response, body);
  switch (response.status) {
    case 401:
      // The server's message is for people signing in; a token was sent, so say what to do about it.
      return new CliError(
        'token rejected: it is not valid (mistyped, expired or revoked). Set MMT_TOKEN or --token to a valid API token (Account → My API tokens)',
        EXIT.server,
      );
    case 403:
      return new CliError(
        `not allowed: ${message}. Use a token whose owner may do this (a write token for changes)`,
        EXIT.server,
      );
    case 400:
      return new CliError(`the server refused the input: ${message}${fieldErrors(body, message)}`, EXIT.usage);
    case 413:
      return new CliError(`too large for the server: ${message}. Send less at once`, EXIT.usage);
    case 404:
      return new CliError(`not found: ${message}. Is ${response.url} a Model Migration Tracker server?`, EXIT.server);
    default:
      return new CliError(`the server answered ${response.status}: ${message}. Try again later`, EXIT.server);
  }
}

type ApiResult<T> =
  { data: T; error?: never; response: Response } | { data?: never; error?: unknown; response: Response };

/** The answer's data, or the error it carries as a CliError (`onError` may turn a status into a better one). */
export async function answered<T>(
  pending: Promise<ApiResult<T>>,
  onError?: (response: Response, body: unknown) => CliError | undefined,
): Promise<NonNullable<T>> {
  let result: ApiResult<T>;
  try {
    result = await pending;
  } catch (error) {
    if (error instanceof CliError) throw error;
    // An answer that is not JSON where JSON was promised: another server, or a proxy's page.
    throw new CliError(
      `unexpected answer from the server (${error instanceof Error ? error.message : String(error)}): is MMT_URL a Model Migration Tracker server?`,
      EXIT.server,
    );
  }
  if (result.response.ok) {
    if (result.data !== undefined && result.data !== null) return result.data;
    throw new CliError('the server sent an empty answer where data was expected: try again', EXIT.server);
  }
  throw onError?.(result.response, result.error) ?? apiError(result.response, result.error);
}
