import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { fmt } from './log.js';
import type { PageTiming } from './page-timings.js';
import type { ReportStream } from './report-memory.js';
import type { WriterStats } from './writer.js';

/** Quiet: readers alone. Writes: readers while a steady stream of writes runs (`writesPerSecond`). */
export type Workload = 'quiet' | 'writes';

export interface EndpointResult {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  workload: Workload;
  /** A whole-portfolio file, judged by its own targets. */
  download?: boolean;
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
    writesPerSecond: number;
  };
  /** What the writer did during each endpoint's run under writes, summed. */
  writer: WriterStats | null;
  hello: { rps: number; p50: number; p95: number; p99: number };
  endpoints: EndpointResult[];
  csvPeakRssMb: number | null;
  csvNote?: string;
  /** Each report format streamed at `sizes.csvModels` models: its first byte and the API's peak RSS. */
  reports: ReportStream[];
  /** Each web page in Chromium (at the stress size), null when not measured. */
  pages: PageTiming[] | null;
  startMs: { empty: number; large: number };
  /** Null when the portfolio kept from an earlier run was copied instead. */
  loadMs: number | null;
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

const isPageRead = (endpoint: EndpointResult) => endpoint.method === 'GET' && !endpoint.download;
const ms = (value: number | null) => (value === null ? 'no response' : `${fmt(value, 1)} ms`);

/** The endpoint with the largest `pick` (null counts as the largest: it never answered). */
function worst(values: EndpointResult[], pick: (endpoint: EndpointResult) => number | null): EndpointResult | null {
  const key = (endpoint: EndpointResult) => pick(endpoint) ?? Infinity;
  return values.reduce<EndpointResult | null>(
    (max, endpoint) => (!max || key(endpoint) > key(max) ? endpoint : max),
    null,
  );
}

/** "every … below `limit`" over `values`, naming the worst. */
function everyBelow(
  name: string,
  values: EndpointResult[],
  pick: (endpoint: EndpointResult) => number | null,
  limit: number,
  show: (value: number | null) => string,
) {
  const found = worst(values, pick);
  const value = found ? pick(found) : null;
  return {
    name,
    ok: found === null || (value !== null && value <= limit),
    detail: found ? `worst: ${found.name} ${show(value)}` : 'none measured',
  };
}

/** The issue's targets at the default size, each with what was measured. */
export function checkTargets(
  endpoints: EndpointResult[],
  csvPeakRssMb: number | null,
  reports: ReportStream[],
  pages: PageTiming[] | null,
): BenchResults['targets'] {
  const measured = endpoints.filter((endpoint) => !endpoint.skipped);
  const reads = (workload: Workload) =>
    measured.filter((endpoint) => endpoint.workload === workload && isPageRead(endpoint));
  const create = measured.find((endpoint) => endpoint.method === 'POST');
  const searches = measured.filter((endpoint) => endpoint.name === 'models: search');
  const errors = measured.reduce((sum, endpoint) => sum + (endpoint.errors ?? 0), 0);
  const ratio = (value: number | null) => (value === null ? 'no floor' : `×${fmt(value, 2)}`);
  return [
    { name: 'no errors', ok: errors === 0, detail: `${errors} errors` },
    everyBelow('quiet: every read p95 < 100 ms', reads('quiet'), (e) => e.p95, 99.999, ms),
    everyBelow('under writes: every read p95 < 150 ms', reads('writes'), (e) => e.p95, 149.999, ms),
    everyBelow(
      'under writes: every read p50 ≤ 2× its SQL floor',
      reads('writes').filter((endpoint) => endpoint.floorP50 !== null),
      (e) => e.ratioToFloor,
      2,
      ratio,
    ),
    everyBelow('search p95 < 50 ms (both workloads)', searches, (e) => e.p95, 49.999, ms),
    { name: 'POST /api/models ≥ 400 req/s', ok: (create?.rps ?? 0) >= 400, detail: `${fmt(create?.rps ?? 0)} req/s` },
    {
      name: 'CSV peak RSS < 300 MB',
      ok: csvPeakRssMb !== null && csvPeakRssMb < 300,
      detail: csvPeakRssMb === null ? 'not measured' : `${fmt(csvPeakRssMb)} MB`,
    },
    ...reportTargets(reports),
    ...(pages ? pageTargets(pages) : []),
  ];
}

const worstOf = <T>(values: T[], key: (value: T) => number) =>
  values.reduce<T | null>((max, value) => (max === null || key(value) > key(max) ? value : max), null);

/** Stress size: every report starts within a second and streams in flat memory. */
function reportTargets(reports: ReportStream[]): BenchResults['targets'] {
  if (reports.length < 2) return [];
  const start = worstOf(reports, (report) => report.firstByteMs ?? Infinity)!;
  const memory = worstOf(reports, (report) => report.peakRssMb ?? Infinity)!;
  return [
    {
      name: 'every report format starts downloading < 1 s',
      ok: (start.firstByteMs ?? Infinity) < 1000,
      detail: `worst: ${start.format} ${start.error ?? ms(start.firstByteMs)}`,
    },
    {
      name: 'every report format: API RSS < 300 MB',
      ok: (memory.peakRssMb ?? Infinity) < 300,
      detail: `worst: ${memory.format} ${memory.peakRssMb === null ? memory.error : `${fmt(memory.peakRssMb)} MB`}`,
    },
  ];
}

/** Stress size: every page drawn < 2 s, every API answer it needs < 500 ms. */
function pageTargets(pages: PageTiming[]): BenchResults['targets'] {
  const slowest = worstOf(pages, (page) => page.drawnMs ?? Infinity);
  const answers = pages.flatMap((page) => page.api);
  const slowestAnswer = worstOf(answers, (answer) => answer.ms);
  return [
    {
      name: 'every page shows its data in Chromium < 2 s',
      ok: slowest !== null && (slowest.drawnMs ?? Infinity) < 2000,
      detail: slowest ? `worst: ${slowest.name} ${slowest.error ?? ms(slowest.drawnMs)}` : 'none measured',
    },
    {
      name: 'every API answer a page needs < 500 ms',
      ok: slowestAnswer === null || slowestAnswer.ms < 500,
      detail: slowestAnswer ? `worst: ${slowestAnswer.path} ${ms(slowestAnswer.ms)}` : 'none',
    },
  ];
}

export async function writeResults(file: string, results: BenchResults): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}

const cell = (value: number | null, digits = 1) => (value === null || Number.isNaN(value) ? '—' : fmt(value, digits));

/** A readable table of one workload's results, for the terminal and for bench/README.md. */
export function table(results: BenchResults, workload: Workload): string {
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
    ...results.endpoints
      .filter((endpoint) => endpoint.workload === workload)
      .map((endpoint) =>
        endpoint.skipped
          ? [`${endpoint.method} ${endpoint.path}`, 'skipped', '', '', '', '', '', '', '']
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
  const writer = results.writer;
  return [
    ...(writer
      ? [
          `Writer under writes: ${fmt(writer.rate, 1)} writes/s (${fmt(writer.creates)} creates, ${fmt(writer.edits)} edits, ` +
            `${fmt(writer.exceptions)} exceptions, ${fmt(writer.scans)} scans, ${fmt(writer.failed)} failed${writer.firstFailure ? `: ${writer.firstFailure}` : ''})`,
        ]
      : []),
    ...results.reports.map(
      (report) =>
        `${report.format.toUpperCase()} report of ${fmt(results.sizes.csvModels)} models: ` +
        (report.error ??
          `first byte ${ms(report.firstByteMs)}, ${fmt(report.mb, 1)} MB in ${fmt(report.seconds, 1)} s, API peak RSS ${fmt(report.peakRssMb ?? NaN)} MB`),
    ),
    ...(results.pages ?? []).map(
      (page) =>
        `Page ${page.name}: ${page.error ?? `first content ${ms(page.firstContentMs)}, data drawn ${ms(page.drawnMs)}`}` +
        (page.api[0] ? `; slowest API answer ${page.api[0].path} ${ms(page.api[0].ms)}` : ''),
    ),
    `Start to healthy: empty data dir ${fmt(results.startMs.empty)} ms, large one ${fmt(results.startMs.large)} ms`,
    `Bulk load: ${results.loadMs === null ? 'kept from an earlier run' : `${fmt(results.loadMs / 1000, 1)} s`}`,
    ...(results.csvNote ? [`  (${results.csvNote})`] : []),
    ...results.endpoints.flatMap((endpoint) => [
      ...(endpoint.note ? [`Note, ${endpoint.method} ${endpoint.path} (${endpoint.workload}): ${endpoint.note}`] : []),
      ...(endpoint.skipped
        ? [`Skipped, ${endpoint.method} ${endpoint.path} (${endpoint.workload}): ${endpoint.skipped}`]
        : []),
    ]),
    ...results.targets.map((target) => `${target.ok ? '✓' : '✗'} ${target.name}: ${target.detail}`),
  ];
}
