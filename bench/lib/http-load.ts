import autocannon from 'autocannon';
import { summarize, type LatencyStats } from './stats.js';

export interface HttpTarget {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** A fresh body per request (POST). */
  body?: () => string;
}

export interface HttpResult extends LatencyStats {
  errors: number;
  statusCodes: Record<string, number>;
}

/** autocannon over loopback; latencies are collected per response so p95 is exact. */
export function measureHttp(target: HttpTarget, seconds: number, connections: number): Promise<HttpResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const makeBody = target.body;
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: target.method,
            headers: target.headers,
            ...(makeBody ? { setupRequest: (request) => ({ ...request, body: makeBody() }) } : {}),
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const statusCodes = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
        );
        resolve({
          ...summarize(latencies, result.duration),
          errors: result.errors + result.timeouts + result.non2xx,
          statusCodes,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
