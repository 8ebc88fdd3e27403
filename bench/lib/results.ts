import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fmt } from './log.js';

export interface EndpointResult {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  rps: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number | null;
  floorP50: number | null;
  floorRps: number | null;
  ratioToFloor: number | null;
  ratioToHello: number | null;
  /** Why it was not measured (e.g. the route does not exist yet). */
  skipped?: string;
  /** What else to know about the measurement (e.g. no response completed in the run). */
  note?: string;
}

export interface BenchResults {
  machine: { cpus: number; cpuModel: string; memoryGb: number; os: string; node: string; postgres: string };
  sizes: {
    models: number;
    events: number;
    exceptions: number;
    csvModels: number;
    duration: number;
    warmup: number;
    connections: number;
    seed: number;
  };
  hello: { rps: number; p50: number; p95: number; p99: number };
  endpoints: EndpointResult[];
  csvPeakRssMb: number | null;
  csvNote?: string;
  startMs: { empty: number; large: number };
  loadMs: number;
  targets: { name: string; ok: boolean; detail: string }[];
  generatedAt: string;
}

export async function machine(databaseUrl: string): Promise<BenchResults['machine']> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  await client.end();
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: rows[0]?.server_version ?? 'unknown',
  };
}

const isRead = (endpoint: EndpointResult) => endpoint.method === 'GET';

/** The issue's targets at the default size, each with what was measured. */
export function checkTargets(endpoints: EndpointResult[], csvPeakRssMb: number | null): BenchResults['targets'] {
  const measured = endpoints.filter((endpoint) => !endpoint.skipped);
  const create = measured.find((endpoint) => endpoint.method === 'POST');
  const worst = (values: EndpointResult[], pick: (endpoint: EndpointResult) => number | null) =>
    values.reduce<EndpointResult | null>(
      (max, endpoint) => ((pick(endpoint) ?? 0) > (max ? (pick(max) ?? 0) : -Infinity) ? endpoint : max),
      null,
    );
  // An endpoint that never answered within the run counts as the worst.
  const slowest = worst(measured.filter(isRead), (endpoint) => endpoint.p95 ?? Infinity);
  const furthest = worst(measured, (endpoint) => endpoint.ratioToFloor ?? Infinity);
  const errors = measured.reduce((sum, endpoint) => sum + (endpoint.errors ?? 0), 0);
  return [
    { name: 'no errors', ok: errors === 0, detail: `${errors} errors` },
    {
      name: 'every read p95 < 250 ms',
      ok: slowest === null || (slowest.p95 !== null && slowest.p95 < 250),
      detail: slowest
        ? `worst: ${slowest.name} ${slowest.p95 === null ? 'no response' : `${fmt(slowest.p95, 1)} ms`}`
        : 'none measured',
    },
    {
      name: 'every ratioToFloor ≤ 3',
      ok: furthest === null || (furthest.ratioToFloor !== null && furthest.ratioToFloor <= 3),
      detail: furthest
        ? `worst: ${furthest.name} ${furthest.ratioToFloor === null ? 'no response' : `×${fmt(furthest.ratioToFloor, 1)}`}`
        : 'none measured',
    },
    { name: 'POST /api/models ≥ 300 req/s', ok: (create?.rps ?? 0) >= 300, detail: `${fmt(create?.rps ?? 0)} req/s` },
    {
      name: 'CSV peak RSS < 300 MB',
      ok: csvPeakRssMb !== null && csvPeakRssMb < 300,
      detail: csvPeakRssMb === null ? 'not measured' : `${fmt(csvPeakRssMb)} MB`,
    },
  ];
}

export async function writeResults(file: string, results: BenchResults): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

const cell = (value: number | null, digits = 1) => (value === null || Number.isNaN(value) ? '—' : fmt(value, digits));

/** A readable table of the results, for the terminal and for bench/README.md. */
export function table(results: BenchResults): string {
  const header = ['endpoint', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'floor p50', '× floor', '× hello'];
  const rows = [
    [
      'hello (bare Nest + Fastify)',
      cell(results.hello.rps, 0),
      cell(results.hello.p50),
      cell(results.hello.p95),
      cell(results.hello.p99),
      '0',
      '—',
      '—',
      '1.00',
    ],
    ...results.endpoints.map((endpoint) =>
      endpoint.skipped
        ? [`${endpoint.method} ${endpoint.path}`, `skipped: ${endpoint.skipped}`, '', '', '', '', '', '', '']
        : [
            `${endpoint.method} ${endpoint.path}`,
            cell(endpoint.rps, 0),
            cell(endpoint.p50),
            cell(endpoint.p95),
            cell(endpoint.p99),
            cell(endpoint.errors, 0),
            cell(endpoint.floorP50, 2),
            cell(endpoint.ratioToFloor, 2),
            cell(endpoint.ratioToHello, 3),
          ],
    ),
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    `| ${row.map((value, i) => (i === 0 ? value.padEnd(widths[i]!) : value.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function summaryLines(results: BenchResults): string[] {
  return [
    `CSV report of ${fmt(results.sizes.csvModels)} models: API peak RSS ${results.csvPeakRssMb === null ? '—' : `${fmt(results.csvPeakRssMb)} MB`}`,
    `Start to healthy: empty data dir ${fmt(results.startMs.empty)} ms, large one ${fmt(results.startMs.large)} ms`,
    `Bulk load: ${fmt(results.loadMs / 1000, 1)} s`,
    ...(results.csvNote ? [`  (${results.csvNote})`] : []),
    ...results.endpoints.flatMap((endpoint) =>
      endpoint.note ? [`Note, ${endpoint.method} ${endpoint.path}: ${endpoint.note}`] : [],
    ),
    ...results.targets.map((target) => `${target.ok ? '✓' : '✗'} ${target.name}: ${target.detail}`),
  ];
}
