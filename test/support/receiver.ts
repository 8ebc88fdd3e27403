import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The parsed JSON body. */
  json: Record<string, unknown>;
}

/** What the receiver does with a request: answer it, or never answer (the connection stays open). */
export type Behaviour = { status: number; body?: string | Buffer } | 'hang';

export interface Receiver {
  url: string;
  received: Received[];
  /** Decides the answer to each request, given how many came before it; 200 "ok" by default. */
  respond(behaviour: (index: number) => Behaviour): void;
  /** Resolves once `count` requests have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  /** Resolves once a request that `matches` has arrived (rejects after `timeoutMs`). */
  waitUntil(matches: (request: Received) => boolean, timeoutMs?: number): Promise<Received>;
  close(): Promise<void>;
}

/** A real HTTP server on loopback that records what webhooks bring. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  let behaviour: (index: number) => Behaviour = () => ({ status: 200, body: 'ok' });
  const waiters: (() => void)[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf-8');
      const answer = behaviour(received.length);
      received.push({ headers: request.headers, body, json: JSON.parse(body) as Record<string, unknown> });
      waiters.splice(0).forEach((wake) => wake());
      if (answer === 'hang') return;
      response.writeHead(answer.status, { 'content-type': 'text/plain' });
      response.end(answer.body ?? '');
    });
  });
  server.on('connection', (socket) => socket.on('error', () => {}));
  const until = async (done: () => boolean, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Expected ${what}, got ${received.length} requests`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    respond: (next) => {
      behaviour = next;
    },
    waitFor: async (count, timeoutMs = 10_000) => {
      await until(() => received.length >= count, timeoutMs, `${count} webhook requests`);
      return received.slice(0, count);
    },
    waitUntil: async (matches, timeoutMs = 10_000) => {
      await until(() => received.some(matches), timeoutMs, 'a matching webhook request');
      return received.find(matches)!;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
