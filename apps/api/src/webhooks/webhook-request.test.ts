import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from './webhook-request.js';

// The request rules against a real server on loopback: what is refused never reaches it.
let server: http.Server;
let port: number;
const seen: string[] = [];
beforeAll(async () => {
  server = http.createServer((request, response) => {
    seen.push(request.url ?? '');
    if (request.url === '/redirect') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end();
    } else if (request.url === '/big') {
      response.writeHead(200).end(Buffer.alloc(5 * 1024 * 1024, 'x'));
    } else {
      response.writeHead(200, { host: String(request.headers.host) }).end(`host ${request.headers.host}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const rules = (allowPrivateNetworks: boolean) => ({ allowPrivateNetworks, timeoutMs: 2_000 });

describe('postWebhook', () => {
  it('refuses a name that resolves to loopback unless private networks are allowed, keeping the Host', async () => {
    const refused = await postWebhook(`http://localhost:${port}/hook`, '{}', {}, rules(false));
    expect(refused).toMatchObject({
      statusCode: null,
      error: expect.stringMatching(/^Refused: localhost resolves to .*loopback/),
    });
    expect(seen).toEqual([]);

    const allowed = await postWebhook(`http://localhost:${port}/hook`, '{}', {}, rules(true));
    expect(allowed).toMatchObject({ statusCode: 200, error: null, body: `host localhost:${port}` });
  });

  it('does not follow a redirect', async () => {
    seen.length = 0;
    const answer = await postWebhook(`http://127.0.0.1:${port}/redirect`, '{}', {}, rules(true));
    expect(answer).toMatchObject({ statusCode: 302, error: expect.stringContaining('redirects are not followed') });
    expect(seen).toEqual(['/redirect']);
  });

  it('keeps the first 4 KB of a large answer and stops reading', async () => {
    const answer = await postWebhook(`http://127.0.0.1:${port}/big`, '{}', {}, rules(true));
    expect(answer).toMatchObject({ statusCode: 200, error: null });
    expect(answer.body).toHaveLength(4096);
  });

  it('refuses anything but http(s)', async () => {
    expect(await postWebhook('ftp://127.0.0.1/x', '{}', {}, rules(true))).toMatchObject({
      statusCode: null,
      error: 'Refused: not an http(s) URL',
    });
  });
});
