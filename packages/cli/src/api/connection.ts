import { CliError, EXIT } from '../cli-error.js';

/** `--url` and `--token`, which override MMT_URL and MMT_TOKEN. */
export interface ConnectionOptions {
  url?: string;
  token?: string;
}

export interface Connection {
  /** The server's address without a trailing slash: `https://mmt.example.com`. */
  url: string;
  /** An API token, sent as `Authorization: Bearer …`. */
  token: string;
}

/** Where the server is and how to sign in, from the options or else the environment. */
export function resolveConnection(options: ConnectionOptions, env: NodeJS.ProcessEnv = process.env): Connection {
  const url = (options.url ?? env['MMT_URL'] ?? '').trim();
  if (url === '') {
    throw new CliError('no server given: set MMT_URL or pass --url (the dashboard’s address)', EXIT.usage);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(`${url} is not a URL: give the server as http(s)://host[:port]`, EXIT.usage);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CliError(`${url} is not an http(s) URL: give the server as http(s)://host[:port]`, EXIT.usage);
  }
  const token = (options.token ?? env['MMT_TOKEN'] ?? '').trim();
  if (token === '') {
    throw new CliError(
      'no API token given: set MMT_TOKEN or pass --token (make one under Account → My API tokens)',
      EXIT.usage,
    );
  }
  return { url: url.replace(/\/+$/, ''), token };
}
