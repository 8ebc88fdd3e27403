import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { DELIVERY_RESPONSE_KEPT_BYTES } from '@mmt/domain';
import { checkAddress } from './webhook-address.js';

/** Reading an answer stops here: a receiver answering with 50 MB costs us 64 KB. */
export const RESPONSE_READ_LIMIT_BYTES = 64 * 1024;

export interface WebhookResponse {
  statusCode: number | null;
  /** The first bytes of the answer, as text. */
  body: string;
  durationMs: number;
  /** Why the attempt failed short of a 2xx answer (refused address, timeout, redirect…); null on success. */
  error: string | null;
}

export interface RequestRules {
  allowPrivateNetworks: boolean;
  timeoutMs: number;
}

class RefusedAddress extends Error {}

interface Target {
  address: string;
  family: number;
}

/**
 * Resolves the URL's host once and checks every address it has: one refused address refuses the
 * URL, so a name cannot slip a private address in beside a public one.
 */
export async function resolveTarget(url: URL, allowPrivateNetworks: boolean): Promise<Target> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = await dns.lookup(host, { all: true, verbatim: true }).catch((error: unknown) => {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOTFOUND') throw new RefusedAddress(`${host} does not resolve`);
    throw new Error(`${host} could not be resolved (${code || String(error)})`);
  });
  for (const { address } of addresses) {
    const verdict = checkAddress(address, allowPrivateNetworks);
    if (!verdict.allowed) {
      throw new RefusedAddress(address === host ? verdict.reason : `${host} resolves to ${verdict.reason}`);
    }
  }
  const [first] = addresses;
  if (!first) throw new RefusedAddress(`${host} does not resolve`);
  return first;
}

const LOOKUP_TIMEOUT_MS = 3_000;

/**
 * Why a URL cannot receive webhooks, or null when its host resolves to allowed addresses only. A
 * resolver that fails or is slow right now is no reason: every delivery checks again.
 */
export async function refusedReason(url: string, allowPrivateNetworks: boolean): Promise<string | null> {
  const slow = new Promise<null>((resolve) => setTimeout(resolve, LOOKUP_TIMEOUT_MS, null).unref());
  const check = resolveTarget(new URL(url), allowPrivateNetworks).then(
    () => null,
    (error: unknown) => (error instanceof RefusedAddress ? error.message : null),
  );
  return Promise.race([check, slow]);
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof RefusedAddress) return `Refused: ${error.message}`;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `No complete answer within ${timeoutMs / 1000} s`;
  }
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ECONNREFUSED') return 'Connection refused';
  if (code === 'ECONNRESET') return 'Connection reset by the receiver';
  return error instanceof Error ? error.message : String(error);
}

/**
 * POSTs `body` to the already resolved and checked address, keeping the URL's host for TLS (SNI and
 * the certificate check) and the Host header: the name is never resolved a second time, so DNS
 * rebinding cannot move the request elsewhere. Redirects are not followed.
 */
function send(url: URL, target: Target, body: string, headers: Record<string, string>, signal: AbortSignal) {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<{ statusCode: number; body: string; location: string | undefined }>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinned,
        signal,
        agent: false,
      },
      (response) => {
        const kept: Buffer[] = [];
        let keptBytes = 0;
        let readBytes = 0;
        const finish = () =>
          resolve({
            statusCode: response.statusCode ?? 0,
            body: Buffer.concat(kept).toString('utf-8'),
            location: response.headers.location,
          });
        response.on('data', (chunk: Buffer) => {
          readBytes += chunk.length;
          if (keptBytes < DELIVERY_RESPONSE_KEPT_BYTES) {
            const part = chunk.subarray(0, DELIVERY_RESPONSE_KEPT_BYTES - keptBytes);
            kept.push(part);
            keptBytes += part.length;
          }
          if (readBytes >= RESPONSE_READ_LIMIT_BYTES) {
            finish();
            response.destroy();
          }
        });
        response.on('end', finish);
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** One webhook request under the rules: http(s) only, checked addresses, a time limit, a capped read. */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  rules: RequestRules,
): Promise<WebhookResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(rules.timeoutMs);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new RefusedAddress('not an http(s) URL');
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
    );
    const target = await Promise.race([resolveTarget(parsed, rules.allowPrivateNetworks), aborted]);
    const answer = await send(parsed, target, body, headers, signal);
    const redirect =
      answer.statusCode >= 300 && answer.statusCode < 400
        ? `Redirected${answer.location ? ` to ${answer.location}` : ''}; redirects are not followed`
        : null;
    return { statusCode: answer.statusCode, body: answer.body, durationMs: elapsed(), error: redirect };
  } catch (error) {
    return { statusCode: null, body: '', durationMs: elapsed(), error: describe(error, rules.timeoutMs) };
  }
}
