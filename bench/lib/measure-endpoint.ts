import type { BenchOptions } from './args.js';
import type { Endpoint } from './endpoints.js';
import { measureHttp, type HttpTarget } from './http-load.js';
import { info } from './log.js';
import type { EndpointResult, Workload } from './results.js';
import type { ApiServer } from './servers.js';
import { measureSql } from './sql-floor.js';

const ratio = (value: number, base: number | null) =>
  base !== null && base > 0 && Number.isFinite(value) ? value / base : null;

/** An endpoint's result before (or without) its measurement. */
export function notMeasured(endpoint: Endpoint, workload: Workload): EndpointResult {
  return {
    name: endpoint.name,
    method: endpoint.method,
    path: endpoint.path,
    workload,
    ...(endpoint.download ? { download: true } : {}),
    rps: null,
    p50: null,
    p95: null,
    p99: null,
    errors: null,
    floorP50: null,
    floorRps: null,
    ratioToFloor: null,
    ratioToHello: null,
  };
}

/** One endpoint under one workload: a probe (404 → skipped), a warm-up, the measured run, then its SQL floor under the same load. */
export async function measureEndpoint(
  api: ApiServer,
  token: string,
  endpoint: Endpoint,
  workload: Workload,
  options: BenchOptions,
  helloRps: number,
): Promise<EndpointResult> {
  const target: HttpTarget = {
    url: `${api.url}${endpoint.path}`,
    method: endpoint.method,
    headers: { authorization: `Bearer ${token}`, ...(endpoint.body ? { 'content-type': 'application/json' } : {}) },
    ...(endpoint.body ? { body: endpoint.body } : {}),
  };
  const base = notMeasured(endpoint, workload);
  const probe = await fetch(target.url, {
    method: target.method,
    headers: target.headers,
    ...(target.body ? { body: target.body() } : {}),
  });
  await probe.arrayBuffer();
  if (probe.status === 404) {
    return { ...notMeasured(endpoint, workload), skipped: 'route not found (404)' };
  }
  if (!probe.ok) info(`probe answered ${probe.status}: measuring anyway (counted as errors)`);

  if (options.warmup > 0) await measureHttp(target, options.warmup, options.connections);
  const http = await measureHttp(target, options.duration, options.connections);
  if (http.errors > 0) info(`status codes: ${JSON.stringify(http.statusCodes)}`);
  let floor = null;
  if (endpoint.floor) {
    if (options.warmup > 0)
      await measureSql(api.databaseUrl, endpoint.floor, Math.min(options.warmup, 1), options.connections);
    floor = await measureSql(api.databaseUrl, endpoint.floor, options.duration, options.connections);
    if (floor.errors > 0) info(`the SQL floor had ${floor.errors} errors, the first: ${floor.firstError}`);
  }
  const answered = http.requests > 0;
  return {
    ...base,
    rps: http.rps,
    p50: answered ? http.p50 : null,
    p95: answered ? http.p95 : null,
    p99: answered ? http.p99 : null,
    ...(answered ? {} : { note: `no response completed within the ${options.duration} s run` }),
    errors: http.errors,
    floorP50: floor?.p50 ?? null,
    floorRps: floor?.rps ?? null,
    ratioToFloor: answered ? ratio(http.p50, floor?.p50 ?? null) : null,
    ratioToHello: ratio(http.rps, helloRps),
  };
}
