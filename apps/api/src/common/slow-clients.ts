import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface SlowClientLimits {
  /** The request's headers must arrive within this. */
  headersMs: number;
  /** The whole request, body included, must arrive within this (a 200 MB restore needs 14 Mbit/s). */
  requestMs: number;
  /** Once the answer goes out, a client that takes none of it for this long is cut off. */
  sendIdleMs: number;
}

export const SLOW_CLIENT_LIMITS: SlowClientLimits = { headersMs: 20_000, requestMs: 120_000, sendIdleMs: 60_000 };

/**
 * A slow or stalled client costs its own socket and nothing more: it must send its request in
 * time and take its answer at some pace. While the server computes an answer no limit applies (a
 * restore may take minutes); idle keep-alive connections close after Fastify's 72 s.
 */
export function limitSlowClients(app: NestFastifyApplication, limits: SlowClientLimits): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.server.headersTimeout = limits.headersMs;
  fastify.server.requestTimeout = limits.requestMs;
  fastify.addHook('onSend', async (_request, reply) => {
    // Without a listener for it, a socket timing out is destroyed (and a download's file let go).
    reply.raw.setTimeout(limits.sendIdleMs);
  });
}
