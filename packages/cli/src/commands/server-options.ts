import type { Command } from 'commander';
import { createApiClient, type ApiClient } from '../api/api-client.js';
import { resolveConnection, type ConnectionOptions } from '../api/connection.js';

/** `--url` and `--token`, for the commands that talk to the server. */
export function withServerOptions(command: Command): Command {
  return command
    .option('--url <url>', 'the server’s address (default: $MMT_URL)')
    .option('--token <token>', 'an API token (default: $MMT_TOKEN)');
}

/** The API client for these options; a missing URL or token is a usage error. */
export function connect(options: ConnectionOptions): ApiClient {
  return createApiClient(resolveConnection(options));
}
