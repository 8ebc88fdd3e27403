import createClient, { type Client } from 'openapi-fetch';
import { CliError, EXIT } from '../cli-error.js';
import type { paths } from '../generated/api.js';
import { VERSION } from '../version.js';
import type { Connection } from './connection.js';

/** The API, typed from the committed openapi.json. */
export type ApiClient = Client<paths>;

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'timed out',
  ECONNRESET: 'the connection was reset',
  UND_ERR_CONNECT_TIMEOUT: 'timed out',
};

/** Why a request never got an answer, in words: fetch hides the socket's error in `cause`. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? '';
  return NETWORK_REASONS[code] ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** A client for the server: every request carries the token, and a server that cannot be reached is exit 3. */
export function createApiClient(connection: Connection): ApiClient {
  return createClient<paths>({
    baseUrl: connection.url,
    headers: { authorization: `Bearer ${connection.token}`, 'user-agent': `mmt/${VERSION}` },
    fetch: (request) =>
      fetch(request).catch((error: unknown) => {
        throw new CliError(
          `cannot reach the server at ${connection.url} (${networkReason(error)}): check MMT_URL or --url, and that the server is up`,
          EXIT.server,
        );
      }),
  });
}
