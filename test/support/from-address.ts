import http, { type IncomingHttpHeaders } from 'node:http';

export interface AddressedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: { message?: string; [field: string]: unknown } | null;
}

/**
 * A client on another loopback address (127.0.0.2, 127.0.0.3, …), as the server sees a different
 * machine; the server must listen on 127.0.0.1 or all addresses.
 */
export function fromAddress(baseUrl: string, localAddress: string) {
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    new Promise<AddressedResponse>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const request = http.request(new URL(path, baseUrl), {
        method,
        localAddress,
        agent: false,
        headers: payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
      });
      request.on('error', reject);
      request.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text ? JSON.parse(text) : null,
          }),
        );
      });
      request.end(payload);
    });
  return {
    post: (path: string, body: unknown, headers?: Record<string, string>) => send('POST', path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) => send('PUT', path, body, headers),
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
  };
}
